#!/usr/bin/env python3
"""Calls through the real opencme binary (the B2BUA) with SIPp (Debian sip-tester), on loopback.

Each case starts opencme, starts a SIPp UAS on a free port, registers it (a separate SIPp
REGISTER run whose Contact names the UAS port), registers the caller the same way, then runs a
SIPp UAC that calls through OpenCME. Cases: a basic call (SDP relayed both ways, ACK end to end,
BYE); 486 from the callee relayed; 486 from OpenCME's busy rule while the line is in a call;
CANCEL before the answer; 422 and a session refresh re-INVITE relayed (midcall-signaling
passthru, seed 004); a call to a SIP dial-peer that a SIPp UAS answers.
Run: /usr/bin/python3 sipp_call_test.py path/to/opencme
"""

import glob
import os
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vty"))
from vty_harness import RawTelnet, Router, Suite, check, find_binary, passed  # noqa: E402

SCENARIOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "sipp")
SIPP_TIMEOUT = 30  # seconds for one SIPp run
UAS_WAIT = 20  # seconds a UAS may wait for its call


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call_config(trunk_port=None):
    """Two dns (3001, 3002) on pools u1/u2 (no password), passthru, a SIP dial-peer 9T."""
    lines = ["voice service voip", " allow-connections sip to sip", " sip",
             "  registrar server expires max 3600 min 60", "  midcall-signaling passthru",
             "voice register global", " mode cme", " max-dn 10", " max-pool 10"]
    for n in (1, 2):
        lines += ["voice register dn %d" % n, " number %d" % (3000 + n)]
    for n in (1, 2):
        lines += ["voice register pool %d" % n, " id network 10.%d.0.0 mask 255.255.0.0" % n,
                  " number 1 dn %d" % n, " username u%d" % n]
    if trunk_port:
        lines += ["dial-peer voice 100 voip", " destination-pattern 9T",
                  " session protocol sipv2", " session target ipv4:127.0.0.1:%d" % trunk_port]
    lines += ["line vty 0 4", " no login", " privilege level 15"]
    return "\n".join(lines) + "\n"


def sipp_command(router, scenario, port, tmp, extra=()):
    return ["sipp", "127.0.0.1:%d" % router.sip_port, "-sf", os.path.join(SCENARIOS, scenario),
            "-i", "127.0.0.1", "-p", str(port), "-m", "1", "-nostdin", "-trace_err",
            "-timeout", "%ds" % (SIPP_TIMEOUT - 5), "-timeout_error"] + list(extra)


def errors_in(folder):
    text = ""
    for name in glob.glob(os.path.join(folder, "*_errors.log")):
        with open(name) as f:
            text += f.read()
    return text[-1500:]


def workdir(tmp, name):
    folder = os.path.join(tmp, name)
    os.makedirs(folder, exist_ok=True)
    return folder


def csv(folder, row):
    path = os.path.join(folder, "fields.csv")
    with open(path, "w") as f:
        f.write("SEQUENTIAL\n%s\n" % row)
    return path


def run_sipp(router, scenario, port, tmp, name, extra=()):
    """Runs SIPp to the end; returns (exit status, output tail, errors)."""
    folder = workdir(tmp, name)
    p = subprocess.run(sipp_command(router, scenario, port, tmp, extra), cwd=folder,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=SIPP_TIMEOUT)
    return p.returncode, p.stdout.decode("utf-8", "replace")[-800:], errors_in(folder)


class Uas:
    """A SIPp UAS running in the background on its own port until its one call is over."""

    def __init__(self, router, scenario, tmp, name="uas", trace=False, port=None):
        self.port = port or free_udp_port()
        self.folder = workdir(tmp, name)
        extra = ["-trace_msg"] if trace else []
        self.proc = subprocess.Popen(
            sipp_command(router, scenario, self.port, tmp, extra), cwd=self.folder,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def messages(self):
        text = ""
        for name in glob.glob(os.path.join(self.folder, "*_messages.log")):
            with open(name, errors="replace") as f:
                text += f.read()
        return text

    def wait_for(self, needle, timeout=10.0):
        """Polls the message trace until `needle` appears (bounded)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.messages():
                return True
            time.sleep(0.05)
        return False

    def finish(self):
        """Waits for the UAS to end; returns (exit status, output tail, errors)."""
        try:
            out, _ = self.proc.communicate(timeout=UAS_WAIT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, _ = self.proc.communicate(timeout=5)
            return -1, out.decode("utf-8", "replace")[-800:], errors_in(self.folder)
        return self.proc.returncode, out.decode("utf-8", "replace")[-800:], errors_in(self.folder)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate(timeout=5)


def register(router, user, contact_port, tmp):
    """REGISTERs pool user `user` with its Contact on `contact_port`."""
    name = "register-%s" % user
    folder = workdir(tmp, name)
    status, out, errors = run_sipp(router, "call_register.xml", free_udp_port(), tmp, name,
                                   ["-inf", csv(folder, "%s;%d" % (user, contact_port))])
    check(status == 0, "REGISTER %s failed (status %d): %s %s" % (user, status, out, errors))


def call(router, scenario, number, caller, port, tmp, name="uac", hold_ms=300):
    folder = workdir(tmp, name)
    return run_sipp(router, scenario, port, tmp, name,
                    ["-s", number, "-d", str(hold_ms), "-inf", csv(folder, caller + ";")])


def expect_both(uac, uas, what):
    status, out, errors = uac
    check(status == 0, "the caller failed (status %d): %s %s" % (status, out, errors))
    status, out, errors = uas.finish()
    check(status == 0, "the callee failed (status %d): %s %s" % (status, out, errors))
    passed(what)


def callee_and_caller(r, tmp, uas_scenario, trace=False):
    """A UAS registered as u2 (3002) and a caller port registered as u1 (3001)."""
    uas = Uas(r, uas_scenario, tmp, trace=trace)
    caller_port = free_udp_port()
    register(r, "u2", uas.port, tmp)
    register(r, "u1", caller_port, tmp)
    return uas, caller_port


def case_basic(binary):
    with Router(binary, call_config()) as r, tempfile.TemporaryDirectory() as tmp:
        check(r.sip_port, "no SIP port line")
        uas, port = callee_and_caller(r, tmp, "call_uas.xml")
        try:
            uac = call(r, "call_uac.xml", "3002", "3001", port, tmp)
            expect_both(uac, uas, "3001 calls 3002: 180, 200 with the callee's SDP, ACK relayed, "
                                  "BYE relayed and answered")
        finally:
            uas.kill()


def case_busy_callee(binary):
    with Router(binary, call_config()) as r, tempfile.TemporaryDirectory() as tmp:
        uas, port = callee_and_caller(r, tmp, "call_uas_busy.xml")
        try:
            uac = call(r, "call_uac_busy.xml", "3002", "3001", port, tmp)
            expect_both(uac, uas, "the callee's 486 Busy Here reaches the caller; both ACKed")
        finally:
            uas.kill()


def case_busy_line(binary):
    with Router(binary, call_config()) as r, tempfile.TemporaryDirectory() as tmp:
        uas, port = callee_and_caller(r, tmp, "call_uas.xml", trace=True)
        try:
            first = subprocess.Popen(
                sipp_command(r, "call_uac.xml", port, tmp,
                             ["-s", "3002", "-d", "3000",
                              "-inf", csv(workdir(tmp, "uac"), "3001;")]),
                cwd=workdir(tmp, "uac"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            try:
                check(uas.wait_for("ACK sip:"), "the first call was not set up: %s"
                      % uas.messages()[-800:])
                t = RawTelnet(r.port)
                try:
                    t.read_until(b"Router#")
                    calls = t.command("show sip-ua calls", b"Router#")
                    for needle in (b"Total SIP call legs:2, User Agent Client:1, "
                                   b"User Agent Server:1\r\n",
                                   b"   State of the call       : STATE_ACTIVE\r\n",
                                   b"   Calling Number          : 3001\r\n",
                                   b"   Called Number           : 3002\r\n",
                                   b"   Route                   : dn 2\r\n"):
                        check(needle in calls, "show sip-ua calls lacks %r: %r" % (needle, calls))
                    passed("show sip-ua calls lists the active call's two legs")
                finally:
                    t.close()
                # 5000 has no dn, so only the callee's line can be busy.
                status, out, errors = call(r, "call_uac_busy.xml", "3002", "5000",
                                           free_udp_port(), tmp, name="second")
                check(status == 0, "the second caller did not get 486 (status %d): %s %s"
                      % (status, out, errors))
                passed("a call to 3002 while it is in a call gets 486 Busy Here from OpenCME")
                out, _ = first.communicate(timeout=SIPP_TIMEOUT)
                check(first.returncode == 0, "the first call failed: %s %s"
                      % (out.decode("utf-8", "replace")[-800:], errors_in(workdir(tmp, "uac"))))
            finally:
                if first.poll() is None:
                    first.kill()
                    first.communicate(timeout=5)
            status, out, errors = uas.finish()
            check(status == 0, "the callee failed (status %d): %s %s" % (status, out, errors))
            passed("the first call went on undisturbed and ended with BYE")
        finally:
            uas.kill()


def case_cancel(binary):
    with Router(binary, call_config()) as r, tempfile.TemporaryDirectory() as tmp:
        uas, port = callee_and_caller(r, tmp, "call_uas_cancel.xml")
        try:
            uac = call(r, "call_uac_cancel.xml", "3002", "3001", port, tmp)
            expect_both(uac, uas, "CANCEL while ringing: 200 and 487 to the caller, CANCEL and "
                                  "ACK of its 487 to the callee")
        finally:
            uas.kill()


def case_session_refresh(binary):
    with Router(binary, call_config()) as r, tempfile.TemporaryDirectory() as tmp:
        uas, port = callee_and_caller(r, tmp, "call_uas_refresh.xml")
        try:
            uac = call(r, "call_uac_refresh.xml", "3002", "3001", port, tmp)
            expect_both(uac, uas, "Session-Expires 60 -> 422 Min-SE 90; 1800 granted with "
                                  "refresher=uac; the refresh re-INVITE and its new SDP relayed")
        finally:
            uas.kill()


def case_dial_peer(binary):
    trunk_port = free_udp_port()
    with Router(binary, call_config(trunk_port)) as r, tempfile.TemporaryDirectory() as tmp:
        trunk = Uas(r, "call_uas.xml", tmp, name="trunk", port=trunk_port)
        try:
            port = free_udp_port()
            register(r, "u1", port, tmp)
            uac = call(r, "call_uac.xml", "95551234", "3001", port, tmp)
            expect_both(uac, trunk, "3001 dials 95551234: dial-peer 100 (9T) sends it to the SIPp "
                                    "UAS at session target ipv4:127.0.0.1:%d, which answers"
                        % trunk_port)
        finally:
            trunk.kill()


if __name__ == "__main__":
    binary = find_binary(sys.argv)
    suite = Suite("sipp_call_test")
    suite.run("basic call", case_basic, binary)
    suite.run("486 from the callee", case_busy_callee, binary)
    suite.run("486 busy line", case_busy_line, binary)
    suite.run("CANCEL before answer", case_cancel, binary)
    suite.run("session refresh re-INVITE", case_session_refresh, binary)
    suite.run("call to a SIP dial-peer", case_dial_peer, binary)
    suite.finish()
