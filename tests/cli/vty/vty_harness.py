"""Shared pieces of the telnet vty end-to-end tests (tests/cli/vty/*_test.py).

Everything here is bounded: each wait has a deadline, and no test sleeps except in short
polling loops that end at a deadline. The tests run with Debian's /usr/bin/python3 (pexpect
and netmiko come from Debian packages) and take the opencme binary as their first argument.

- Router: starts `opencme --no-console --listen 127.0.0.1 --vty-port 0 --sip-port 0 --startup-config F`
  (`sip_port=None`: no --sip-port, the configuration's port) in its own temporary directory, waits for "OpenCME: telnet vty listening on 127.0.0.1 port N",
  and on exit sends SIGTERM and checks that the process exits with status 0 (killed if stuck).
- RawTelnet: a socket client that parses the telnet protocol itself (IAC sequences answered
  or ignored), for byte-exact checks and for many sessions at once.
- Suite: runs named cases, prints "ok - NAME" / "FAIL - NAME: why" for each, then the closing
  line "N passed, N failed", and exits 1 when anything failed.
"""

import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback

START_TIMEOUT = 10.0  # seconds for the router to print its port line
STOP_TIMEOUT = 5.0  # seconds for the router to exit after SIGTERM
PORT_LINE = re.compile(rb"OpenCME: telnet vty listening on 127\.0\.0\.1 port (\d+)\r?\n")
SIP_LINE = re.compile(rb"OpenCME: SIP listening on 127\.0\.0\.1 port (\d+) ")


class CheckFailed(Exception):
    """A check of a test failed; the message says what was expected and what came."""


def check(condition, message):
    """Fails the running case with `message` unless `condition` holds."""
    if not condition:
        raise CheckFailed(message)


def passed(message):
    """Prints one passed check (indented under its case)."""
    print("    ok: " + message, flush=True)


def show_bytes(data, limit=600):
    """A readable, bounded rendering of bytes or text for failure messages."""
    if isinstance(data, str):
        data = data.encode("utf-8", "replace")
    text = repr(data)
    if len(text) > limit:
        text = text[: limit // 2] + " ... " + text[-limit // 2 :]
    return text


def find_binary(argv):
    """The opencme binary: argv[1], $OPENCME_BINARY, or a build folder of the repository."""
    if len(argv) > 1:
        return os.path.abspath(argv[1])
    if os.environ.get("OPENCME_BINARY"):
        return os.environ["OPENCME_BINARY"]
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
    for folder in ("build", "build-e2e"):
        candidate = os.path.join(root, folder, "opencme")
        if os.access(candidate, os.X_OK):
            return candidate
    print("usage: %s PATH/TO/opencme" % argv[0], file=sys.stderr)
    sys.exit(2)


class Router:
    """One opencme process with its own temporary directory and startup-config.

    Use as a context manager: `with Router(binary, config) as r: ... r.port ...`.
    Leaving the block sends SIGTERM and checks for exit status 0 (CheckFailed otherwise).
    """

    def __init__(self, binary, config_text, sip_port="0"):
        self.binary = binary
        self.config_text = config_text
        self.sip_args = [] if sip_port is None else ["--sip-port", str(sip_port)]
        self.dir = None
        self.proc = None
        self.port = None
        self._stdout = None
        self._stderr = None

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.cleanup()
            raise
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            self.stop()
        except CheckFailed as e:
            if exc_type is None:
                raise
            print("    also: %s" % e, flush=True)  # the body's failure is the one reported
        finally:
            self.cleanup()
        return False

    def start(self):
        self.dir = tempfile.mkdtemp(prefix="opencme-vty-")
        config = os.path.join(self.dir, "startup-config")
        with open(config, "w") as f:
            f.write(self.config_text)
        self._stdout = open(os.path.join(self.dir, "stdout"), "w+b")
        self._stderr = open(os.path.join(self.dir, "stderr"), "w+b")
        self.proc = subprocess.Popen(
            [self.binary, "--no-console", "--listen", "127.0.0.1", "--vty-port", "0",
             "--sccp-port", "0"]
            + self.sip_args + ["--startup-config", config],
            cwd=self.dir, stdin=subprocess.DEVNULL, stdout=self._stdout, stderr=self._stderr)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            m = PORT_LINE.search(self.stdout())
            if m:
                self.port = int(m.group(1))
                sip = SIP_LINE.search(self.stdout())  # printed with the vty line (one flush)
                self.sip_port = int(sip.group(1)) if sip else None
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.02)  # bounded polling of the stdout file
        status = self.proc.poll()
        self._kill()
        raise CheckFailed(
            "opencme did not print its port line within %.0f s (exit status %s)\nstdout: %s\n"
            "stderr: %s" % (START_TIMEOUT, status, show_bytes(self.stdout()),
                            show_bytes(self.stderr())))

    def stdout(self):
        with open(os.path.join(self.dir, "stdout"), "rb") as f:
            return f.read()

    def stderr(self):
        with open(os.path.join(self.dir, "stderr"), "rb") as f:
            return f.read()

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self):
        """SIGTERM; the router must exit with status 0 within STOP_TIMEOUT seconds."""
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        if proc.poll() is not None:
            raise CheckFailed("opencme died during the test with status %s\nstderr: %s"
                              % (proc.returncode, show_bytes(self.stderr())))
        proc.send_signal(signal.SIGTERM)
        try:
            status = proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT)
            raise CheckFailed("opencme did not exit within %.0f s of SIGTERM (killed)"
                              % STOP_TIMEOUT)
        check(status == 0, "opencme exited with status %s after SIGTERM (expected 0)\n"
                           "stderr: %s" % (status, show_bytes(self.stderr())))

    def _kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT)
        self.proc = None

    def cleanup(self):
        self._kill()
        for f in (self._stdout, self._stderr):
            if f is not None:
                f.close()
        if self.dir and os.environ.get("OPENCME_KEEP_TMP") is None:
            shutil.rmtree(self.dir, ignore_errors=True)


# --- telnet protocol (RFC 854) -----------------------------------------------------------------

IAC, DONT, DO, WONT, WILL, SB, SE = 255, 254, 253, 252, 251, 250, 240
OPT_ECHO, OPT_SGA, OPT_NAWS = 1, 3, 31
GREETING = bytes([IAC, WILL, OPT_ECHO, IAC, WILL, OPT_SGA, IAC, DO, OPT_NAWS])


class RawTelnet:
    """A telnet client on a plain socket, parsing IAC itself.

    `commands` records every negotiation the server sent (as (verb, option) pairs) and `data`
    holds the text received (IAC sequences removed, IAC IAC turned into 0xFF). Replies: DO ECHO
    and DO SGA are agreed to; to DO NAWS it answers WILL NAWS plus a window when `window`
    (width, height) is given, else WONT NAWS.
    """

    def __init__(self, port, window=None, timeout=5.0, host="127.0.0.1"):
        self.window = window
        self.timeout = timeout
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.data = bytearray()  # text not yet consumed by read_until
        self.raw = bytearray()  # every byte received, for diagnostics
        self.commands = []
        self.closed = False
        self._pending = b""  # an IAC sequence split across reads

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.sock.sendall(data.replace(b"\xff", b"\xff\xff"))

    def line(self, text):
        """Types `text` and Enter (CR LF, as telnet clients send it)."""
        self.send(text + "\r\n")

    def _reply(self, verb, opt):
        out = b""
        if verb == DO:
            if opt == OPT_NAWS and self.window is not None:
                w, h = self.window
                size = bytes([w >> 8, w & 255, h >> 8, h & 255]).replace(b"\xff", b"\xff\xff")
                out = bytes([IAC, WILL, opt, IAC, SB, opt]) + size + bytes([IAC, SE])
            else:
                out = bytes([IAC, WONT, opt])
        elif verb == WILL:
            out = bytes([IAC, DO if opt in (OPT_ECHO, OPT_SGA) else DONT, opt])
        if out:
            self.sock.sendall(out)

    def _parse(self, chunk):
        buf = self._pending + chunk
        self._pending = b""
        i = 0
        n = len(buf)
        while i < n:
            b = buf[i]
            if b != IAC:
                j = buf.find(b"\xff", i)
                j = n if j < 0 else j
                self.data += buf[i:j]
                i = j
                continue
            if i + 1 >= n:
                self._pending = buf[i:]
                return
            cmd = buf[i + 1]
            if cmd == IAC:
                self.data.append(IAC)
                i += 2
            elif cmd in (DO, DONT, WILL, WONT):
                if i + 2 >= n:
                    self._pending = buf[i:]
                    return
                self.commands.append((cmd, buf[i + 2]))
                self._reply(cmd, buf[i + 2])
                i += 3
            elif cmd == SB:
                end = buf.find(bytes([IAC, SE]), i)
                if end < 0:
                    self._pending = buf[i:]
                    return
                i = end + 2
            else:
                i += 2  # NOP, GA, ...

    def fill(self, deadline):
        """Receives once (until `deadline`); False at end of stream or timeout."""
        remaining = deadline - time.monotonic()
        if remaining <= 0 or self.closed:
            return False
        r, _, _ = select.select([self.sock], [], [], remaining)
        if not r:
            return False
        try:
            chunk = self.sock.recv(65536)
        except (ConnectionResetError, socket.timeout):
            chunk = b""
        if not chunk:
            self.closed = True
            return False
        self.raw += chunk
        self._parse(chunk)
        return True

    def read_until(self, pattern, timeout=None):
        """Consumes and returns the text up to and including `pattern` (bytes or a compiled
        regex over bytes). CheckFailed (with what came) on timeout or end of stream."""
        deadline = time.monotonic() + (timeout if timeout is not None else self.timeout)
        while True:
            if isinstance(pattern, bytes):
                k = self.data.find(pattern)
                end = k + len(pattern) if k >= 0 else -1
            else:
                m = pattern.search(self.data)
                end = m.end() if m else -1
            if end >= 0:
                out = bytes(self.data[:end])
                del self.data[:end]
                return out
            if not self.fill(deadline):
                why = "connection closed" if self.closed else "timeout"
                raise CheckFailed("%s waiting for %s; received: %s"
                                  % (why, show_bytes(pattern if isinstance(pattern, bytes)
                                                     else pattern.pattern),
                                     show_bytes(bytes(self.data))))

    def wait_closed(self, timeout=None):
        """Reads until the server closes; returns the text that came. CheckFailed on timeout."""
        deadline = time.monotonic() + (timeout if timeout is not None else self.timeout)
        while not self.closed:
            if not self.fill(deadline) and not self.closed:
                raise CheckFailed("the server did not close the connection; received: %s"
                                  % show_bytes(bytes(self.data)))
        out = bytes(self.data)
        self.data.clear()
        return out

    def command(self, text, prompt, timeout=None):
        """Types `text` + Enter and returns the output between the echoed line and `prompt`.

        Checks the echo is exactly the command and CR LF, and that the reply ends with
        CR LF + prompt (or just the prompt when there is no output)."""
        self.line(text)
        got = self.read_until(prompt, timeout)
        echo = text.encode() + b"\r\n"
        check(got.startswith(echo),
              "the echo of %r is wrong: %s" % (text, show_bytes(got[:200])))
        return got[len(echo):-len(prompt)]


class Suite:
    """Named cases run in order; each prints its checks; a summary line closes the run."""

    def __init__(self, title):
        self.title = title
        self.results = []
        self.started = time.monotonic()

    def run(self, name, fn, *args):
        print("--- %s" % name, flush=True)
        t0 = time.monotonic()
        try:
            fn(*args)
        except CheckFailed as e:
            self.results.append((name, False))
            print("FAIL - %s (%.2f s): %s" % (name, time.monotonic() - t0, e), flush=True)
            return
        except Exception:  # pexpect timeouts, socket errors, bugs in the test
            self.results.append((name, False))
            print("FAIL - %s (%.2f s): unexpected error:\n%s"
                  % (name, time.monotonic() - t0, traceback.format_exc()), flush=True)
            return
        self.results.append((name, True))
        print("ok - %s (%.2f s)" % (name, time.monotonic() - t0), flush=True)

    def finish(self):
        good = sum(1 for _, ok in self.results if ok)
        bad = len(self.results) - good
        for name, ok in self.results:
            if not ok:
                print("failed: %s" % name)
        print("%s: %.1f s" % (self.title, time.monotonic() - self.started))
        print("%d passed, %d failed" % (good, bad), flush=True)
        sys.exit(1 if bad else 0)
