#!/usr/bin/env python3
"""The real opencme binary serves SCCP phones (issue 17, "done when"): a phone connects to the
port it prints (`OpenCME: SCCP listening on 127.0.0.1 port N`), registers as its ephone, has its
KeepAlive answered, and appears in `show ephone registered`; `%IPPHONE-6-REGISTER` is logged.
The phone here is a few hand-built frames (sccp.md §1, §4.1), independent of the C++ codec.
Run: /usr/bin/python3 sccp_binary_test.py path/to/opencme
"""

import os
import re
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vty"))
from vty_harness import CheckFailed, RawTelnet, Router, Suite, check, find_binary, passed  # noqa

SCCP_LINE = re.compile(rb"OpenCME: SCCP listening on 127\.0\.0\.1 port (\d+)\n")
TIMEOUT = 3.0
REGISTER, KEEPALIVE, REGISTER_ACK, KEEPALIVE_ACK = 0x0001, 0x0000, 0x0081, 0x0100

CONFIG = """logging buffered 20000
telephony-service
 max-ephones 4
 ip source-address 127.0.0.1 port 2000
 keepalive 40
ephone-dn 1
 number 2001
ephone 1
 mac-address 0019.E7A1.0001
 button 1:1
line vty 0 4
 no login
 privilege level 15
"""


def frame(message_id, payload=b""):
    return struct.pack("<III", 4 + len(payload), 0, message_id) + payload


def register_7960(mac):
    """Register as a 7960 (device type 7) at protocol 11: the 68-byte payload of sccp.md §4.1."""
    payload = ("SEP" + mac).encode().ljust(16, b"\0")
    payload += struct.pack("<II", 0, 1) + socket.inet_aton("127.0.0.1")
    payload += struct.pack("<III", 7, 0, 0) + bytes([11, 0, 0, 0])
    return frame(REGISTER, payload.ljust(68, b"\0"))


def read_frames(sock, want_id):
    """Reads frames until one with `want_id` arrives (bounded by TIMEOUT); returns its payload."""
    sock.settimeout(TIMEOUT)
    data = b""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        while len(data) >= 12:
            length, _, message_id = struct.unpack("<III", data[:12])
            if len(data) < 8 + length:
                break
            payload, data = data[12:8 + length], data[8 + length:]
            if message_id == want_id:
                return payload
        chunk = sock.recv(4096)
        if not chunk:
            raise CheckFailed("the router closed the connection")
        data += chunk
    raise CheckFailed("no message 0x%04x within %.0f s" % (want_id, TIMEOUT))


def sccp_port(router):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        m = SCCP_LINE.search(router.stdout())
        if m:
            return int(m.group(1))
        time.sleep(0.02)  # bounded polling of the stdout file
    raise CheckFailed("no SCCP listening line: %r" % router.stdout())


def case_phone_registers(binary):
    with Router(binary, CONFIG) as r:
        port = sccp_port(r)
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as phone:
            phone.sendall(register_7960("0019E7A10001"))
            ack = read_frames(phone, REGISTER_ACK)
            keepalive = struct.unpack("<I", ack[:4])[0]
            check(keepalive == 40, "RegisterAck keepalive %d, configured 40" % keepalive)
            phone.sendall(frame(KEEPALIVE))
            read_frames(phone, KEEPALIVE_ACK)
            t = RawTelnet(r.port)
            try:
                t.read_until(b"Router#")
                shown = t.command("show ephone registered", b"Router#")
                check(b"0019.E7A1.0001" in shown and b"REGISTERED" in shown,
                      "show ephone registered: %r" % shown)
                log = t.command("show logging | include IPPHONE", b"Router#")
                check(b"%IPPHONE-6-REGISTER: ephone-1:SEP0019E7A10001 IP:127.0.0.1 Socket:1 "
                      b"DeviceType:Phone has registered." in log, "show logging: %r" % log)
            finally:
                t.close()
        passed("a 7960 registers with the binary, keepalive answered, shown and logged")


if __name__ == "__main__":
    binary = find_binary(sys.argv)
    suite = Suite("sccp_binary_test")
    suite.run("phone registers", case_phone_registers, binary)
    suite.finish()
