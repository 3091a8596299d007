#!/usr/bin/python3
"""End-to-end: 50 concurrent telnet vty sessions on raw sockets (one thread each, telnet
negotiation parsed by vty_harness.RawTelnet), plus a 51st connection that must be closed at once.

Every session logs in (login local), sets `terminal length 0`, and runs rounds of show version,
show running-config and show users, plus a configuration change of its own (ephone-dn 1NN /
number 31NN). Every output is checked exactly: show version against the batch-mode output of the
same binary, show running-config against the batch-mode baseline once the sessions' own
ephone-dn blocks are taken out (and its "Current configuration : N bytes" against its body), so a
byte of another session's output, a lost byte or a reordering fails the test. At the end one
session checks that all 50 changes are in the running configuration. Timing figures go to stdout.

The configuration, the expected outputs and the session worker are in concurrent_sessions.py.

usage: /usr/bin/python3 concurrent_test.py PATH/TO/opencme
"""

import os
import re
import socket
import sys
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from concurrent_sessions import (PHASE_TIMEOUT, PROMPT, READ_TIMEOUT, REFUSAL,  # noqa: E402
                                 SESSIONS, Expected, Worker, check_running, check_users, dn_of,
                                 log_in_as_admin, make_config, refused)
from vty_harness import (CheckFailed, RawTelnet, Router, Suite, check, find_binary,  # noqa: E402
                         passed, show_bytes)


def case_fifty_sessions(binary):
    config = make_config()
    exp = Expected(binary, config)
    with Router(binary, config) as r:
        barrier = threading.Barrier(SESSIONS + 1)
        workers = [Worker(i, r.port, exp, barrier) for i in range(SESSIONS)]
        t0 = time.monotonic()
        for w in workers:
            w.start()
        try:
            barrier.wait(PHASE_TIMEOUT)  # 1
            t_login = time.monotonic() - t0
            passed("%d sessions logged in concurrently (%.2f s)" % (SESSIONS, t_login))
            extra, took = refused(r.port)
            check(extra == REFUSAL, "the 51st connection got %s" % show_bytes(extra))
            check(took < 2.0, "the 51st connection took %.2f s to close" % took)
            passed("a 51st connection is refused at once (%.3f s) with IOS's message" % took)
            t1 = time.monotonic()
            barrier.wait(PHASE_TIMEOUT)  # 2
            barrier.wait(PHASE_TIMEOUT)  # 3
            t_work = time.monotonic() - t1
            barrier.wait(PHASE_TIMEOUT)  # 4
        except threading.BrokenBarrierError:
            pass
        for w in workers:
            w.join(PHASE_TIMEOUT)
        # Root causes first: the others only saw the barrier broken by a failed session.
        errors = sorted(("session %d: %s" % (w.i, w.error) for w in workers if w.error),
                        key=lambda e: "BrokenBarrierError" in e)
        stuck = [w.i for w in workers if w.is_alive()]
        check(not stuck, "sessions still running: %s" % stuck)
        check(not errors, "%d session(s) failed; the first ones:\n  %s"
              % (len(errors), "\n  ".join(e[:1500] for e in errors[:3])))
        total = time.monotonic() - t0
        commands = sum(w.commands for w in workers)
        lat = sorted(x for w in workers for x in w.latencies)
        passed("every session's outputs were exact (show version, show running-config, "
               "show users, its configuration change)")
        vtys = sorted(w.vty for w in workers)
        check(vtys == list(range(SESSIONS)), "the sessions' vty lines: %s" % vtys)
        passed("the 50 sessions were on vty 0-49, one each")
        want = [dn_of(i) for i in range(SESSIONS)]
        check(workers[0].all_dns == want, "the final show running-config has the sessions' dns "
              "%s, expected %s" % (workers[0].all_dns, want))
        passed("one session's final show running-config has all 50 changes (ephone-dn 100-149)")
        # The lines are free again: a new session gets in and is alone.
        deadline = time.monotonic() + 5
        while True:
            c = RawTelnet(r.port)
            try:
                log_in_as_admin(c)
                c.command("terminal length 0", PROMPT)
                own, rows = check_users(c.command("show users", PROMPT))
                dns = check_running(c.command("show running-config", PROMPT), exp)
            finally:
                c.close()
            if rows == 1 or time.monotonic() > deadline:
                break
        check(rows == 1 and own == 0, "after all exited, show users has %d rows, own vty %s"
              % (rows, own))
        check(dns == want, "the running configuration lost changes: %s" % dns)
        passed("after every session exited, a new one gets vty 0 alone; the changes stay")
        print("timing: %d sessions, %d commands, login phase %.2f s, command phase %.2f s, "
              "total %.2f s, %.0f commands/s; latency p50 %.1f ms, p95 %.1f ms, max %.1f ms"
              % (SESSIONS, commands, t_login, t_work, total, commands / t_work,
                 1000 * lat[len(lat) // 2], 1000 * lat[int(len(lat) * 0.95)], 1000 * lat[-1]),
              flush=True)


MESSAGES = 4  # send log messages per session in the monitor storm
LOG_LINE = re.compile(rb"\*\w{3} +\d+ \d\d:\d\d:\d\d\.\d{3}: %SYS-6-USERLOG_INFO: Message from "
                      rb"tty(\d+)\(user id: admin\): from-(\d+)-(\d+)\r\n")
# A log drawn while the session sat at an empty prompt: CR LF, the line, the prompt again. (A
# log flushed after a command's output has no CR LF of its own: "cmd\r\n" LOG "R1#".)
LOG_REDRAW = re.compile(rb"(?<=R1#)\r\n" + LOG_LINE.pattern + rb"R1#")
UPTIME_CRLF = re.compile(rb"R1 uptime is [^\r\n]*")


def strip_logs(data):
    """The stream without monitor log lines (drawn at the prompt, or flushed after output)."""
    return LOG_LINE.sub(b"", LOG_REDRAW.sub(b"", data))


class StormWorker(Worker):
    """Every session monitors the log and sends messages while running commands: its command
    output must stay exact between the other sessions' log lines, and it must see every
    message exactly once."""

    def storm_cmd(self, text, want):
        """Types `text`; waits until the whole stream, logs removed, is exactly the transcript
        so far (every command's echo, output and prompt) with this command's answer added."""
        c = self.conn
        c.line(text)
        self.transcript += text.encode() + b"\r\n" + want + PROMPT
        expected = UPTIME_CRLF.sub(b"X", self.transcript)
        deadline = time.monotonic() + READ_TIMEOUT
        while True:
            got = UPTIME_CRLF.sub(b"X", strip_logs(PROMPT + bytes(c.data)))
            if got == expected:
                break
            if not c.fill(deadline):
                n = 0
                while n < min(len(got), len(expected)) and got[n] == expected[n]:
                    n += 1
                raise CheckFailed("session %d: %r: the stream (logs removed) differs at byte %d:"
                                  "\n got ...%s\nwant ...%s"
                                  % (self.i, text, n, show_bytes(got[max(0, n - 100):n + 200]),
                                     show_bytes(expected[max(0, n - 100):n + 200])))
        self.commands += 1

    def session(self):
        c = self.conn = RawTelnet(self.port, timeout=READ_TIMEOUT)
        log_in_as_admin(c)
        self.cmd("terminal length 0")
        self.cmd("terminal monitor")
        c.data.clear()  # what follows the last prompt
        self.transcript = PROMPT
        self.phase()  # 1: everyone monitors
        version = self.exp.version.replace(b"\n", b"\r\n")
        for k in range(MESSAGES):
            self.storm_cmd("send log 6 from-%d-%d" % (self.i, k), b"")
            self.storm_cmd("show version", version)
        self.phase()  # 2: every message has been logged (and queued to every monitor)
        self.storm_cmd("show privilege", b"Current privilege level is 15\r\n")
        stream = bytes(c.data)
        seen = [(int(m.group(2)), int(m.group(3))) for m in LOG_LINE.finditer(stream)]
        check(stream.count(b"%SYS") == len(seen), "session %d: %d %%SYS lines but %d intact"
              % (self.i, stream.count(b"%SYS"), len(seen)))
        want = sorted((i, k) for i in range(SESSIONS) for k in range(MESSAGES))
        check(sorted(seen) == want, "session %d saw %d messages (%d distinct), expected %d"
              % (self.i, len(seen), len(set(seen)), len(want)))
        for m in LOG_LINE.finditer(stream):
            check(int(m.group(1)) >= 2, "bad tty in %s" % show_bytes(m.group(0)))
        self.seen = len(seen)
        self.phase()  # 3
        c.line("exit")
        c.wait_closed(READ_TIMEOUT)


def case_monitor_storm(binary):
    config = make_config()
    exp = Expected(binary, config)
    with Router(binary, config) as r:
        barrier = threading.Barrier(SESSIONS + 1)
        workers = [StormWorker(i, r.port, exp, barrier) for i in range(SESSIONS)]
        t0 = time.monotonic()
        for w in workers:
            w.start()
        try:
            for _ in range(3):
                barrier.wait(PHASE_TIMEOUT)
        except threading.BrokenBarrierError:
            pass
        for w in workers:
            w.join(PHASE_TIMEOUT)
        # Root causes first: the others only saw the barrier broken by a failed session.
        errors = sorted(("session %d: %s" % (w.i, w.error) for w in workers if w.error),
                        key=lambda e: "BrokenBarrierError" in e)
        check(not [w for w in workers if w.is_alive()], "sessions still running")
        check(not errors, "%d session(s) failed; the first ones:\n  %s"
              % (len(errors), "\n  ".join(e[:1500] for e in errors[:3])))
        took = time.monotonic() - t0
        passed("%d monitoring sessions each sent %d 'send log' messages between show version "
               "commands: every output exact, every session saw all %d messages once (%.2f s, "
               "%d log lines delivered)" % (SESSIONS, MESSAGES, SESSIONS * MESSAGES, took,
                                            sum(w.seen for w in workers)))


def case_sigterm_with_sessions(binary):
    """SIGTERM while sessions sit at a prompt, at --More--, mid-login: exit 0, all closed."""
    config = make_config()
    r = Router(binary, config)
    clients = []
    try:
        r.start()
        for n in range(12):
            c = RawTelnet(r.port)
            clients.append(c)
            c.read_until(b"Username: ")
            if n % 3 == 0:
                continue  # left at the login prompt
            c.line("admin")
            c.read_until(b"Password: ")
            c.line("adminpw")
            c.read_until(PROMPT)
            if n % 3 == 1:
                c.command("terminal length 5", PROMPT)
                c.line("show running-config")
                c.read_until(b" --More-- ")
        r.stop()  # checks exit status 0 within the timeout
        passed("SIGTERM with 12 sessions (login prompt, --More--, prompt): exit status 0")
        for c in clients:
            c.wait_closed(5)
        passed("every client saw its connection closed")
    finally:
        for c in clients:
            c.close()
        r.cleanup()


def case_abrupt_disconnects(binary):
    """Clients that vanish mid-login, mid-command or at a --More-- leave the server healthy."""
    config = make_config()
    with Router(binary, config) as r:
        # 1: gone before reading anything; 2: gone at Username:; 3: gone at --More--.
        s = socket.create_connection(("127.0.0.1", r.port), timeout=5)
        s.close()
        c = RawTelnet(r.port)
        c.read_until(b"Username: ")
        c.send(b"adm")
        c.close()
        c = RawTelnet(r.port)
        log_in_as_admin(c)
        c.command("terminal length 5", PROMPT)
        c.line("show running-config")
        c.read_until(b" --More-- ")
        c.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        c.close()  # RST
        passed("three clients vanished (before login, mid-username, at --More-- with a reset)")
        deadline = time.monotonic() + 5
        while True:
            c = RawTelnet(r.port)
            try:
                log_in_as_admin(c)
                own, rows = check_users(c.command("show users", PROMPT))
            finally:
                c.close()
            if rows == 1 or time.monotonic() > deadline:
                break
        check(rows == 1 and own == 0, "stale lines after abrupt disconnects: %d rows, own vty %s"
              % (rows, own))
        check(r.alive(), "the router died")
        passed("the router is alive and every vanished client's line was released")


def main():
    binary = find_binary(sys.argv)
    suite = Suite("concurrent_test")
    suite.run("%d concurrent sessions" % SESSIONS, case_fifty_sessions, binary)
    suite.run("monitor storm: %d sessions logging to each other" % SESSIONS, case_monitor_storm,
              binary)
    suite.run("abrupt disconnects", case_abrupt_disconnects, binary)
    suite.run("SIGTERM with sessions open", case_sigterm_with_sessions, binary)
    suite.finish()


if __name__ == "__main__":
    main()
