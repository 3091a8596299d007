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

usage: /usr/bin/python3 concurrent_test.py PATH/TO/opencme
"""

import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from vty_harness import (GREETING, CheckFailed, RawTelnet, Router, Suite, check,  # noqa: E402
                         find_binary, passed, show_bytes)

SESSIONS = 50
ROUNDS = 10  # rounds of show version / show running-config / show users per session
READ_TIMEOUT = 20.0  # seconds for one command's answer (50 sessions share 2 cores)
PHASE_TIMEOUT = 60.0  # seconds for every session to reach a barrier

PROMPT = b"R1#"


def make_config():
    # Secrets given already hashed (type 5, fixed salt: `openssl passwd -1 -salt e2eS adminpw`)
    # so the batch baseline and the router render the same bytes.
    text = "hostname R1\n!\nenable secret 5 $1$e2eT$37514Qco9enk2bzUNv6Dq/\n!\n"
    text += "username admin privilege 15 secret 5 $1$e2eS$rFvCcGawvas7sAgtGmecO.\n!\n"
    text += "voice register global\n mode cme\n max-dn 20\n max-pool 10\n!\n"
    text += "telephony-service\n max-ephones 60\n max-dn 200\n ip source-address 127.0.0.1 port 2000\n!\n"
    # 80 static directory numbers: show running-config is ~4 KB, several TCP segments.
    for n in range(1, 81):
        text += "ephone-dn %d\n number %d\n name Static %d\n!\n" % (n, 2000 + n, n)
    for n in range(1, 6):
        text += "ephone %d\n mac-address 0011.2233.44%02d\n button 1:%d\n!\n" % (n, n, n)
    text += "line vty 0 %d\n login local\n!\nend\n" % (SESSIONS - 1)
    return text


def dn_of(i):
    return 100 + i


def number_of(i):
    return 3100 + i


def batch(binary, config_text, command):
    """The output of `opencme --startup-config F -c COMMAND` (the same code without a vty)."""
    with tempfile.TemporaryDirectory(prefix="opencme-vty-batch-") as d:
        path = os.path.join(d, "startup-config")
        with open(path, "w") as f:
            f.write(config_text)
        p = subprocess.run([binary, "--startup-config", path, "-c", command], cwd=d,
                           capture_output=True, timeout=20)
        check(p.returncode == 0, "batch %r failed (%d): %s" % (command, p.returncode,
                                                               show_bytes(p.stderr)))
        return p.stdout


UPTIME = re.compile(rb"^R1 uptime is .*$", re.M)
HEADER = re.compile(rb"\ABuilding configuration\.\.\.\n\nCurrent configuration : (\d+) bytes\n")
# A session's block; another session may be between `ephone-dn 1NN` and ` number 31NN`.
OWN_BLOCK = re.compile(rb"ephone-dn (1\d\d)\n(?: number (3\d\d\d)\n)?!\n!\n")
USERS_HEAD = (b"    Line       User       Host(s)              Idle       Location\r\n")
USERS_ROW = re.compile(rb"^([ *]) +(\d+) vty (\d+) +admin +idle +\d\d:\d\d:\d\d 127\.0\.0\.1$")
USERS_TAIL = b"\r\n  Interface    User               Mode         Idle     Peer Address\r\n\r\n"


class Expected:
    def __init__(self, binary, config_text):
        ver = batch(binary, config_text, "show version")
        self.version = UPTIME.sub(b"R1 uptime is X", ver)
        run = batch(binary, config_text, "show running-config")
        m = HEADER.match(run)
        check(m is not None, "batch show running-config header: %s" % show_bytes(run[:100]))
        self.body = run[m.end():]
        check(int(m.group(1)) == len(self.body), "batch running-config byte count is wrong")
        check(not OWN_BLOCK.search(self.body), "the baseline already has a session's block")


def check_version(out, exp):
    text = out.replace(b"\r\n", b"\n")
    check(b"\r" not in text, "stray CR in show version: %s" % show_bytes(out))
    got = UPTIME.sub(b"R1 uptime is X", text)
    check(got == exp.version, "show version differs: %s" % difference(got, exp.version))


def check_running(out, exp):
    """Checks a show running-config; returns the session dn numbers it has, in order."""
    text = out.replace(b"\r\n", b"\n")
    check(b"\r" not in text, "stray CR in show running-config: %s" % show_bytes(out))
    m = HEADER.match(text)
    check(m is not None, "show running-config header: %s" % show_bytes(text[:100]))
    body = text[m.end():]
    check(int(m.group(1)) == len(body), "Current configuration : %s bytes, but %d bytes follow"
          % (m.group(1).decode(), len(body)))
    dns = []
    for b in OWN_BLOCK.finditer(body):
        dn = int(b.group(1))
        if b.group(2) is None:
            dns.append(-dn)  # not numbered yet
            continue
        number = int(b.group(2))
        check(number == 3000 + dn, "ephone-dn %d has number %d" % (dn, number))
        dns.append(dn)
    tags = [abs(d) for d in dns]
    check(tags == sorted(tags) and len(set(tags)) == len(tags),
          "the sessions' ephone-dns are out of order or repeated: %s" % tags)
    rest = OWN_BLOCK.sub(b"", body)
    check(rest == exp.body, "show running-config differs from the baseline (without the "
          "sessions' blocks): %s" % difference(rest, exp.body))
    return [d for d in dns if d > 0]


def difference(got, want):
    """Where two byte strings first differ, with a little context."""
    n = 0
    while n < min(len(got), len(want)) and got[n] == want[n]:
        n += 1
    lo = max(0, n - 60)
    return ("first difference at byte %d of %d (expected %d bytes):\n got ...%s\nwant ...%s"
            % (n, len(got), len(want), show_bytes(got[lo:n + 120]), show_bytes(want[lo:n + 120])))


def check_users(out):
    """Checks a show users; returns (own vty, number of rows)."""
    check(out.startswith(USERS_HEAD) and out.endswith(USERS_TAIL),
          "show users frame: %s" % show_bytes(out))
    middle = out[len(USERS_HEAD):-len(USERS_TAIL)]
    check(middle.endswith(b"\r\n"), "show users rows: %s" % show_bytes(out))
    rows = middle[:-2].split(b"\r\n")
    own = None
    last = -1
    for row in rows:
        m = USERS_ROW.match(row)
        check(m is not None, "show users row is garbled: %s" % show_bytes(row))
        line, vty = int(m.group(2)), int(m.group(3))
        check(line == vty + 2 and line > last, "show users row %s (out of order?)"
              % show_bytes(row))
        last = line
        if m.group(1) == b"*":
            check(own is None, "two rows with '*'")
            own = vty
    check(own is not None, "no '*' row in show users: %s" % show_bytes(out))
    check(1 <= len(rows) <= SESSIONS, "%d rows in show users" % len(rows))
    return own, len(rows)


class Worker(threading.Thread):
    def __init__(self, i, port, exp, barrier):
        super().__init__(name="vty-session-%d" % i, daemon=True)
        self.i = i
        self.port = port
        self.exp = exp
        self.barrier = barrier
        self.error = None
        self.commands = 0
        self.latencies = []
        self.vty = None
        self.all_dns = None
        self.conn = None

    def cmd(self, text, prompt=PROMPT):
        t0 = time.monotonic()
        out = self.conn.command(text, prompt, READ_TIMEOUT)
        self.latencies.append(time.monotonic() - t0)
        self.commands += 1
        return out

    def phase(self):
        """Waits for every session (bounded); a broken barrier ends this session too."""
        self.barrier.wait(PHASE_TIMEOUT)

    def run(self):
        try:
            self.session()
        except CheckFailed as e:
            self.error = str(e)
            self.barrier.abort()
        except Exception as e:  # socket errors, broken barrier
            self.error = "%s: %s" % (type(e).__name__, e)
            self.barrier.abort()
        finally:
            if self.conn is not None:
                self.conn.close()

    def session(self):
        c = self.conn = RawTelnet(self.port, timeout=READ_TIMEOUT)
        c.read_until(b"Username: ")
        check(bytes(c.raw).startswith(GREETING), "session %d: negotiation %s"
              % (self.i, show_bytes(bytes(c.raw[:20]))))
        c.line("admin")
        c.read_until(b"Password: ")
        c.line("adminpw")
        got = c.read_until(PROMPT)
        check(got == b"\r\n" + PROMPT, "session %d: after login %s" % (self.i, show_bytes(got)))
        out = self.cmd("terminal length 0")
        check(out == b"", "terminal length 0 printed %s" % show_bytes(out))
        self.phase()  # 1: all 50 logged in (the main thread tries a 51st now)
        self.phase()  # 2: the 51st was refused; go
        dn, number = dn_of(self.i), number_of(self.i)
        for rnd in range(ROUNDS):
            check_version(self.cmd("show version"), self.exp)
            check_running(self.cmd("show running-config"), self.exp)
            vty, rows = check_users(self.cmd("show users"))
            check(self.vty is None or vty == self.vty, "the session moved from vty %s to %s"
                  % (self.vty, vty))
            self.vty = vty
            if rnd == 0:
                self.configure(dn, number)
                dns = check_running(self.cmd("show running-config"), self.exp)
                check(dn in dns, "session %d: own ephone-dn %d missing after end" % (self.i, dn))
        self.phase()  # 3: every session has made its change
        if self.i == 0:
            self.all_dns = check_running(self.cmd("show running-config"), self.exp)
            vty, rows = check_users(self.cmd("show users"))
            check(rows == SESSIONS, "show users lists %d lines, expected %d" % (rows, SESSIONS))
        self.phase()  # 4: the final check is done
        c.line("exit")
        echo = c.wait_closed(READ_TIMEOUT)
        check(echo == b"exit\r\n", "exit: %s" % show_bytes(echo))

    def configure(self, dn, number):
        lines = [("configure terminal",
                  b"Enter configuration commands, one per line.  End with CNTL/Z.\r\n",
                  b"R1(config)#"),
                 ("ephone-dn %d" % dn, b"", b"R1(config-ephone-dn)#"),
                 (" number %d" % number, b"", b"R1(config-ephone-dn)#"),
                 ("end", b"", PROMPT)]
        if self.i % 2 == 0:  # typed line by line
            for text, want, prompt in lines:
                out = self.cmd(text, prompt)
                check(out == want, "session %d: %r printed %s" % (self.i, text, show_bytes(out)))
        else:  # pasted: the four lines in one send; the server must answer them in order
            t0 = time.monotonic()
            self.conn.send("".join(text + "\r\n" for text, _, _ in lines))
            want = b"".join(text.encode() + b"\r\n" + out + prompt for text, out, prompt in lines)
            got = self.conn.read_until(want[-len(PROMPT) - 20:], READ_TIMEOUT)
            check(got == want, "session %d: pasted configuration:\n got %s\nwant %s"
                  % (self.i, show_bytes(got), show_bytes(want)))
            self.latencies.append(time.monotonic() - t0)
            self.commands += len(lines)


def log_in_as_admin(c):
    """Answers the `login local` dialogue of RawTelnet `c` as admin, up to the EXEC prompt."""
    c.read_until(b"Username: ")
    c.line("admin")
    c.read_until(b"Password: ")
    c.line("adminpw")
    c.read_until(PROMPT)


def refused(port):
    """A 51st connection: closed at once, with no byte sent (or refused outright)."""
    t0 = time.monotonic()
    try:
        c = RawTelnet(port, timeout=5)
    except ConnectionRefusedError:
        return b"", time.monotonic() - t0
    try:
        got = c.wait_closed(5)
        return bytes(c.raw) + got, time.monotonic() - t0
    finally:
        c.close()


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
            check(extra == b"", "the 51st connection got %s" % show_bytes(extra))
            check(took < 2.0, "the 51st connection took %.2f s to close" % took)
            passed("a 51st connection is closed at once (%.3f s), nothing sent" % took)
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
