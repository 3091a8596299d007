"""What concurrent_test.py's sessions are checked against, and the session worker: the router
configuration, the expected outputs of show version, show running-config and show users (from
the batch mode of the same binary), and the thread that logs in and runs the rounds.
"""

import os
import re
import subprocess
import tempfile
import threading
import time

from vty_harness import GREETING, CheckFailed, RawTelnet, check, show_bytes

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
# A session's block; another session may be between `ephone-dn  1NN` and ` number 31NN`.
OWN_BLOCK = re.compile(rb"ephone-dn  (1\d\d)\n(?: number (3\d\d\d)\n)?!\n!\n")
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


REFUSAL = b"% Connection refused by remote host\r\n"  # all vty lines busy (cli/vty_server.cpp)


def refused(port):
    """A 51st connection: refused at once with REFUSAL (or refused outright): what it got."""
    t0 = time.monotonic()
    try:
        c = RawTelnet(port, timeout=5)
    except ConnectionRefusedError:
        return b"", time.monotonic() - t0
    try:
        c.wait_closed(5)
        return bytes(c.raw), time.monotonic() - t0  # every byte received, IAC included
    finally:
        c.close()
