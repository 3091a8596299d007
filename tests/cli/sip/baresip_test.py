#!/usr/bin/env python3
"""A call between two real baresip softphones (Debian baresip) through the opencme B2BUA.

Starts opencme with two pools (usernames u1/u2 with passwords, dns 3001/3002), then two
baresip processes, each with its own config folder (-f), listening on loopback and driven
without a terminal through its ctrl_tcp module (netstring-framed JSON commands and events).
Audio goes through the aubridge module (no sound card; ausine is 48 kHz only, so PCMU fails).
The caller's SIP user is its pool's username (u1), so OpenCME must present it as its dn 3001;
the callee's is its extension (3002) with digest user u2 and ;answermode=auto. Steps: both register (digest) until
`show voice register statistics` shows 2 active registrations; 3001 dials 3002; both get
CALL_ESTABLISHED; `show sip-ua calls` lists two legs in STATE_ACTIVE; 3001 hangs up; both get
CALL_CLOSED. Every wait is bounded; the run takes a few seconds.
Run: /usr/bin/python3 baresip_test.py path/to/opencme
"""

import json
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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vty"))
from vty_harness import RawTelnet, Router, Suite, check, find_binary, passed  # noqa: E402

BARESIP = shutil.which("baresip") or "/usr/bin/baresip"
MODULES = "/usr/lib/baresip/modules"
CTRL_TIMEOUT = 10.0  # seconds for baresip to open its ctrl_tcp port
REGISTER_TIMEOUT = 10.0  # seconds for both phones to register
CALL_TIMEOUT = 10.0  # seconds for the call to be established / closed
BIND_ATTEMPTS = 5  # baresip starts, each on new ports, when a port was taken meanwhile


def free_port(kind):
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_sip_port():
    """A port P with UDP P, TCP P and TCP P+1 free: what baresip 1.0 binds for UDP, TCP, TLS."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, \
                socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp, \
                socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tls:
            udp.bind(("127.0.0.1", 0))
            port = udp.getsockname()[1]
            try:
                tcp.bind(("127.0.0.1", port))
                tls.bind(("127.0.0.1", port + 1))
                return port
            except (OSError, OverflowError):  # taken, or P+1 past 65535
                continue


def config_text():
    """Two dns (3001, 3002) on pools found by username u1/u2 (passwords p1/p2)."""
    lines = ["voice service voip", " allow-connections sip to sip", " sip",
             "  registrar server expires max 3600 min 60",
             "voice register global", " mode cme", " max-dn 10", " max-pool 10"]
    for n in (1, 2):
        lines += ["voice register dn %d" % n, " number %d" % (3000 + n)]
    for n in (1, 2):
        # The networks are not loopback, so the pools are matched by username.
        lines += ["voice register pool %d" % n, " id network 10.%d.0.0 mask 255.255.0.0" % n,
                  " number 1 dn %d" % n, " username u%d password p%d" % (n, n)]
    lines += ["line vty 0 4", " no login", " privilege level 15"]
    return "\n".join(lines) + "\n"


class Baresip:
    """One baresip process with its own config folder, driven over ctrl_tcp."""

    def __init__(self, tmp, name, account):
        self.name = name
        self.dir = os.path.join(tmp, name)
        os.makedirs(self.dir)
        with open(os.path.join(self.dir, "accounts"), "w") as f:
            f.write(account + "\n")
        self.sock = None
        self.log = None
        self.buf = b""
        self.events = []
        # baresip 1.0 binds TCP on the SIP port and TLS on the next one whatever
        # sip_transports says, so another test can take one of them between free_sip_port and
        # the bind: start again on new ports then.
        for _attempt in range(BIND_ATTEMPTS):
            if self._launch() or "Address already in use" not in self.output():
                break
        check(self.sock is not None, "%s: no ctrl_tcp on port %d (exit status %s): %s"
              % (name, self.ctrl_port, self.proc.poll(), self.output()))

    def _launch(self):
        """Starts baresip on new ports; True once its ctrl_tcp port accepts a connection."""
        self.sip_port = free_sip_port()
        self.ctrl_port = free_port(socket.SOCK_STREAM)
        with open(os.path.join(self.dir, "config"), "w") as f:
            f.write("\n".join([
                "poll_method epoll",
                "sip_listen 127.0.0.1:%d" % self.sip_port,
                "sip_transports udp",
                "audio_player aubridge,%s" % self.name,
                "audio_source aubridge,%s" % self.name,
                "audio_alert aubridge,%s" % self.name,
                "rtp_ports 20000-29999",
                "module_path %s" % MODULES,
                "module g711.so",
                "module aubridge.so",
                "module_app account.so",
                "module_app menu.so",
                "module ctrl_tcp.so",
                "ctrl_tcp_listen 127.0.0.1:%d" % self.ctrl_port,
                ""]))
        if self.log is not None:
            self.log.close()
        self.log = open(os.path.join(self.dir, "log"), "w+b")
        self.proc = subprocess.Popen([BARESIP, "-f", self.dir, "-n", "127.0.0.1", "-s"],
                                     cwd=self.dir, stdin=subprocess.DEVNULL, stdout=self.log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + CTRL_TIMEOUT
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                self.sock = socket.create_connection(("127.0.0.1", self.ctrl_port), timeout=1)
                return True
            except OSError:
                time.sleep(0.05)
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        return False

    def output(self):
        self.log.flush()
        with open(os.path.join(self.dir, "log"), "rb") as f:
            return f.read().decode("utf-8", "replace")[-3000:]

    def _pump(self, timeout):
        """Reads what arrives within `timeout` seconds; parses complete netstrings."""
        ready, _, _ = select.select([self.sock], [], [], max(timeout, 0))
        if ready:
            chunk = self.sock.recv(65536)
            if not chunk:
                return False
            self.buf += chunk
        while True:
            m = re.match(rb"(\d+):", self.buf)
            if not m or len(self.buf) < m.end() + int(m.group(1)) + 1:
                break
            end = m.end() + int(m.group(1))
            self.events.append(json.loads(self.buf[m.end():end]))
            self.buf = self.buf[end + 1:]
        return True

    def command(self, command, params=""):
        token = str(time.monotonic_ns())
        body = json.dumps({"command": command, "params": params, "token": token}).encode()
        self.sock.sendall(b"%d:%s," % (len(body), body))
        msg = self.wait(lambda m: m.get("response") and m.get("token") == token,
                        "the response to %s" % command, CTRL_TIMEOUT)
        check(msg.get("ok"), "%s: %s %s failed: %s" % (self.name, command, params, msg))
        return msg

    def wait(self, predicate, what, timeout=CALL_TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            for m in self.events:
                if predicate(m):
                    return m
            left = deadline - time.monotonic()
            check(left > 0 and self._pump(min(left, 0.2)),
                  "%s: no %s within %.0f s; events: %s\nlog: %s"
                  % (self.name, what, timeout, self.events[-10:], self.output()))

    def event(self, kind, timeout=CALL_TIMEOUT):
        return self.wait(lambda m: m.get("event") and m.get("type") == kind, kind, timeout)

    def stop(self):
        if self.sock:
            self.sock.close()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=3)
        self.log.close()


def show(router, command):
    t = RawTelnet(router.port)
    try:
        t.read_until(b"Router#")
        return t.command(command, b"Router#")
    finally:
        t.close()


def case_call(binary):
    with Router(binary, config_text()) as r, tempfile.TemporaryDirectory() as tmp:
        phones = []
        try:
            # The callee as third-party phones are usually set up on CME (SIP user = extension,
            # digest user = the pool's username); the caller with the pool's username as its
            # SIP user, so OpenCME must present the caller as its dn number, 3001.
            aor = "<sip:%d@127.0.0.1:%d>;auth_user=u%d;auth_pass=p%d;regint=600"
            phones.append(Baresip(tmp, "u1", "<sip:u1@127.0.0.1:%d>;auth_pass=p1;regint=600"
                                  % r.sip_port))
            phones.append(Baresip(tmp, "u2", aor % (3002, r.sip_port, 2, 2)
                                  + ";answermode=auto"))
            caller, callee = phones
            # REGISTER_OK may come before the ctrl_tcp connection: ask the router instead.
            deadline = time.monotonic() + REGISTER_TIMEOUT
            while True:
                stats = show(r, "show voice register statistics")
                if b"Active registrations  : 2\r\n" in stats or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
            check(b"Active registrations  : 2\r\n" in stats,
                  "not 2 active registrations: %r" % stats)
            passed("both baresips registered with digest (2 active registrations)")

            caller.command("dial", "sip:3002@127.0.0.1:%d" % r.sip_port)
            caller.event("CALL_ESTABLISHED")
            answered = callee.event("CALL_ESTABLISHED")
            check(str(answered.get("peeruri", "")).startswith("sip:3001@"),
                  "the callee does not see 3001 as the caller: %s" % answered)
            passed("3001 dials 3002; 3002 answers by itself; both report CALL_ESTABLISHED")

            calls = show(r, "show sip-ua calls")
            for needle in (b"Total SIP call legs:2, User Agent Client:1, "
                           b"User Agent Server:1\r\n",
                           b"   State of the call       : STATE_ACTIVE\r\n",
                           b"   Calling Number          : 3001\r\n",
                           b"   Called Number           : 3002\r\n"):
                check(needle in calls, "show sip-ua calls lacks %r: %r" % (needle, calls))
            passed("show sip-ua calls lists the call's two legs, active")

            caller.command("hangup")
            caller.event("CALL_CLOSED")
            callee.event("CALL_CLOSED")
            passed("3001 hangs up; both report CALL_CLOSED")
        finally:
            for p in phones:
                p.stop()


if __name__ == "__main__":
    binary = find_binary(sys.argv)
    suite = Suite("baresip_test")
    suite.run("call between two baresips", case_call, binary)
    suite.finish()
