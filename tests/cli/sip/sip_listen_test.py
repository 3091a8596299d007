#!/usr/bin/env python3
"""Where the real opencme binary listens for SIP, and when it moves (issue 15 item 3).

Cases: with --sip-port 0 the picked port survives commits (`hostname`, a pool) and answers
OPTIONS after them, with one `OpenCME: SIP listening` line; without --sip-port, a changed
`source-address … port P` rebinds to P, prints the line again, and the old port goes quiet;
`reload` reads the startup-config without passing through an empty configuration (no rebind).
Run: /usr/bin/python3 sip_listen_test.py path/to/opencme
"""

import os
import random
import re
import socket
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vty"))
from vty_harness import (CheckFailed, RawTelnet, Router, Suite, check, find_binary,  # noqa: E402
                         passed)

SIP_LINES = re.compile(rb"OpenCME: SIP listening on 127\.0\.0\.1 port (\d+) \(UDP, TCP\)\n")
ANSWER_TIMEOUT = 2.0  # seconds to wait for a SIP answer


def free_sip_port(avoid=()):
    """A port of `source-address … port <2000-9999>` free on 127.0.0.1 for UDP and TCP."""
    rng = random.Random(os.getpid())
    for _ in range(200):  # bounded: a free one is found in the first few on any sane machine
        port = rng.randint(2000, 9999)
        if port in avoid:
            continue
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u, \
                    socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
                u.bind(("127.0.0.1", port))
                t.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
    raise CheckFailed("no free port in 2000-9999")


def options_answered(port):
    """Sends one OPTIONS over UDP to 127.0.0.1:port; True when a SIP response comes back."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        local = s.getsockname()[1]
        s.settimeout(ANSWER_TIMEOUT)
        s.sendto(("OPTIONS sip:127.0.0.1:%d SIP/2.0\r\n"
                  "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-listen-%d\r\n"
                  "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=1\r\n"
                  "To: <sip:127.0.0.1>\r\nCall-ID: listen-%d@127.0.0.1\r\nCSeq: 1 OPTIONS\r\n"
                  "Content-Length: 0\r\n\r\n" % (port, local, local, local)).encode(), 
                 ("127.0.0.1", port))
        try:
            data = s.recv(65536)
        except socket.timeout:
            return False
        return data.startswith(b"SIP/2.0 ")


def sip_lines(router, count):
    """The ports of the first `count` SIP listening lines (waits a bounded time for them)."""
    deadline = time.monotonic() + ANSWER_TIMEOUT
    while True:
        ports = [int(p) for p in SIP_LINES.findall(router.stdout())]
        if len(ports) >= count or time.monotonic() > deadline:
            return ports
        time.sleep(0.02)  # bounded polling of the stdout file


BASE = "line vty 0 4\n no login\n privilege level 15\n"


def case_picked_port_kept(binary):
    config = "voice register global\n mode cme\n" + BASE
    with Router(binary, config) as r:
        check(r.sip_port and options_answered(r.sip_port), "no answer on the picked port")
        t = RawTelnet(r.port)
        try:
            t.read_until(b"Router#")
            t.command("configure terminal", b"(config)#")
            t.command("hostname R2", b"R2(config)#")
            t.command("voice register pool 1", b"R2(config-register-pool)#")
            t.command("id ip 10.0.0.5 mask 255.255.255.255", b"R2(config-register-pool)#")
            t.command("end", b"R2#")
        finally:
            t.close()
        check(options_answered(r.sip_port), "the picked port %d went quiet after commits"
              % r.sip_port)
        ports = sip_lines(r, 1)
        check(ports == [r.sip_port], "SIP listening lines: %r" % ports)
        passed("--sip-port 0: the picked port answers after commits; one listening line")


def case_configured_port_rebinds(binary):
    first = free_sip_port()
    second = free_sip_port(avoid=(first,))
    config = ("voice register global\n mode cme\n source-address 127.0.0.1 port %d\n" % first
              + BASE)
    with Router(binary, config, sip_port=None) as r:
        check(r.sip_port == first, "bound %r, configured %d" % (r.sip_port, first))
        t = RawTelnet(r.port)
        try:
            t.read_until(b"Router#")
            t.command("configure terminal", b"(config)#")
            t.command("hostname R2", b"R2(config)#")
            check(sip_lines(r, 2) == [first], "a commit without a SIP change rebound")
            t.command("voice register global", b"R2(config-register-global)#")
            t.command("source-address 127.0.0.1 port %d" % second, b"R2(config-register-global)#")
            t.command("end", b"R2#")
        finally:
            t.close()
        ports = sip_lines(r, 2)
        check(ports == [first, second], "SIP listening lines: %r" % ports)
        check(options_answered(second), "no answer on the new port %d" % second)
        check(not options_answered(first), "the old port %d still answers" % first)
        passed("a changed source-address port rebinds and prints the listening line again")


def case_reload_keeps_port(binary):
    port = free_sip_port()
    config = ("voice register global\n mode cme\n source-address 127.0.0.1 port %d\n" % port
              + BASE)
    with Router(binary, config, sip_port=None) as r:
        t = RawTelnet(r.port)
        try:
            t.read_until(b"Router#")
            t.send(b"reload\r\n")
            t.read_until(b"Save? [yes/no]: ")  # the startup-config text is not as rendered
            t.send(b"no\r\n")
            t.read_until(b"Proceed with reload? [confirm]")
            t.send(b"\r")
            t.wait_closed(ANSWER_TIMEOUT)  # reload ends every vty session
        finally:
            t.close()
        check(options_answered(port), "the configured port %d went quiet after reload" % port)
        ports = sip_lines(r, 2)
        check(ports == [port], "SIP listening lines: %r" % ports)
        passed("reload reads the startup-config in one commit: SIP stays on its port, no rebind")


if __name__ == "__main__":
    binary = find_binary(sys.argv)
    suite = Suite("sip_listen_test")
    suite.run("picked port kept", case_picked_port_kept, binary)
    suite.run("configured port rebinds", case_configured_port_rebinds, binary)
    suite.run("reload keeps the port", case_reload_keeps_port, binary)
    suite.finish()
