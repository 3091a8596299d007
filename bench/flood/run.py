#!/usr/bin/env python3
"""Flood bench (issue 16): a legitimate phone keeps registering while OpenCME is flooded.

Starts `opencme --no-console --listen 127.0.0.1 --sip-port 0` with two authenticating pools
(u1/p1, u2/p2), registers phone 1 from 127.0.0.1, then runs the floods below from other
loopback addresses (127.0.0.2 and up) and prints, after each, the router's RSS and open file
descriptors (from /proc), and whether phone 1 refreshes its registration (200) and phone 2
registers afresh from 127.0.0.3:
  1. 50,000 REGISTERs with forged digest credentials for u1 over UDP;
  2. 2,000 idle TCP connections (40 per source address over 50 addresses);
  3. 200 slowloris TCP connections sending one byte every 5 s;
  4. 1,000 TCP connections each sending a header with Content-Length 1048575 and then as much
     of the body as the router takes (up to 1 MiB - 1 each).
usage: bench/flood/run.py [--opencme build/opencme] [--forged 50000] [--idle 2000]
Loopback only; every phase is bounded in time.
"""
import argparse
import hashlib
import os
import random
import re
import socket
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "cli", "vty"))
import vty_harness  # noqa: E402

CONFIG = """voice register global
 mode cme
 max-dn 2
 max-pool 2
 authenticate register
voice register dn 1
 number 3001
voice register dn 2
 number 3002
voice register pool 1
 id network 127.0.0.1 mask 255.255.255.255
 number 1 dn 1
 username u1 password p1
voice register pool 2
 id network 127.0.0.3 mask 255.255.255.255
 number 1 dn 2
 username u2 password p2
"""


def register(port, source, user, password, call_id, cseq, authorization=None):
    lines = ["REGISTER sip:127.0.0.1 SIP/2.0",
             "Via: SIP/2.0/UDP %s:%d;branch=z9hG4bK%08x;rport" % (source[0], source[1],
                                                                  random.getrandbits(32)),
             "Max-Forwards: 70",
             "From: <sip:%s@127.0.0.1>;tag=f%d" % (user, cseq),
             "To: <sip:%s@127.0.0.1>" % user,
             "Call-ID: %s" % call_id, "CSeq: %d REGISTER" % cseq,
             "Contact: <sip:%s@%s:%d>" % (user, source[0], source[1]), "Expires: 3600"]
    if authorization:
        lines.append("Authorization: " + authorization)
    return ("\r\n".join(lines) + "\r\nContent-Length: 0\r\n\r\n").encode()


def digest(user, password, challenge, uri="sip:127.0.0.1"):
    realm = re.search(r'realm="([^"]*)"', challenge).group(1)
    nonce = re.search(r'nonce="([^"]*)"', challenge).group(1)
    ha1 = hashlib.md5(("%s:%s:%s" % (user, realm, password)).encode()).hexdigest()
    ha2 = hashlib.md5(("REGISTER:%s" % uri).encode()).hexdigest()
    response = hashlib.md5(("%s:%s:00000001:abcdef:auth:%s" % (ha1, nonce, ha2)).encode()).hexdigest()
    return ('Digest username="%s", realm="%s", nonce="%s", uri="%s", response="%s", '
            'algorithm=MD5, qop=auth, nc=00000001, cnonce="abcdef"' % (user, realm, nonce, uri,
                                                                     response))


def status_of(data):
    m = re.match(rb"SIP/2.0 (\d+)", data)
    return int(m.group(1)) if m else 0


def phone_registers(port, address, user, password):
    """REGISTER, 401, REGISTER with credentials: the final status (0: no answer in 5 s)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((address, 0))
    s.settimeout(5)
    source = s.getsockname()
    call_id = "legit-%d" % random.getrandbits(32)
    try:
        s.sendto(register(port, source, user, password, call_id, 1), ("127.0.0.1", port))
        first = s.recv(65535)
        if status_of(first) != 401:
            return status_of(first)
        challenge = re.search(rb"WWW-Authenticate: (.*)\r\n", first).group(1).decode()
        s.sendto(register(port, source, user, password, call_id, 2,
                          digest(user, password, challenge)), ("127.0.0.1", port))
        return status_of(s.recv(65535))
    except socket.timeout:
        return 0
    finally:
        s.close()


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def fds(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def report(router, port, phase, seconds):
    pid = router.proc.pid
    p1 = phone_registers(port, "127.0.0.1", "u1", "p1")
    p2 = phone_registers(port, "127.0.0.3", "u2", "p2")
    print("%-34s %7.1f s  RSS %7.1f MB  fds %5d  phone 1 refresh %3d  phone 2 new %3d"
          % (phase, seconds, rss_kib(pid) / 1024.0, fds(pid), p1, p2), flush=True)
    return p1 == 200 and p2 == 200


def forged_flood(port, count):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.2", 0))
    s.setblocking(False)
    source = s.getsockname()
    for i in range(count):
        auth = ('Digest username="u1", realm="cisco", nonce="%064x", uri="sip:127.0.0.1", '
                'response="%032x", qop=auth, nc=00000001, cnonce="x"'
                % (random.getrandbits(256), random.getrandbits(128)))
        while True:
            try:
                s.sendto(register(port, source, "u1", "x", "forged-%d" % i, 1, auth),
                         ("127.0.0.1", port))
                break
            except BlockingIOError:
                time.sleep(0.001)
        try:
            while True:
                s.recv(65535)
        except BlockingIOError:
            pass
    s.close()


def tcp_connections(port, count, per_source, first_address=10):
    out = []
    for i in range(count):
        c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        c.bind(("127.0.0.%d" % (first_address + i // per_source), 0))
        c.setblocking(False)
        try:
            c.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        out.append(c)
    return out


def still_open(conns):
    n = 0
    for c in conns:
        try:
            if c.recv(65536) != b"":
                n += 1
        except BlockingIOError:
            n += 1
        except OSError:
            pass
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--opencme", default=None)
    ap.add_argument("--forged", type=int, default=50000)
    ap.add_argument("--idle", type=int, default=2000)
    a = ap.parse_args()
    binary = vty_harness.find_binary([sys.argv[0]] + ([a.opencme] if a.opencme else []))
    ok = True
    with vty_harness.Router(binary, CONFIG) as r:
        port = r.sip_port
        ok &= report(r, port, "start (phone 1 registered)", 0)
        t = time.monotonic()
        forged_flood(port, a.forged)
        ok &= report(r, port, "%d forged REGISTERs (UDP)" % a.forged, time.monotonic() - t)
        t = time.monotonic()
        idle = tcp_connections(port, a.idle, 40)
        time.sleep(2)
        print("  idle connections still open after 2 s: %d" % still_open(idle), flush=True)
        slow = tcp_connections(port, 200, 40, first_address=100)
        for second in range(0, 36, 5):
            for c in slow:
                try:
                    c.send(b"R")
                except OSError:
                    pass
            time.sleep(5)
        print("  after 37 s: idle still open %d of %d, slowloris still open %d of 200"
              % (still_open(idle), a.idle, still_open(slow)), flush=True)
        ok &= report(r, port, "%d idle + 200 slowloris TCP" % a.idle, time.monotonic() - t)
        for c in idle + slow:
            c.close()
        t = time.monotonic()
        big = tcp_connections(port, 1000, 40, first_address=150)
        time.sleep(1)
        head = (b"REGISTER sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.9;branch=z9hG4bK1\r\n"
                b"From: <sip:u1@127.0.0.1>;tag=1\r\nTo: <sip:u1@127.0.0.1>\r\nCall-ID: big\r\n"
                b"CSeq: 1 REGISTER\r\nContent-Length: 1048575\r\n\r\n")
        chunk = b"x" * 65536
        sent = [0] * len(big)
        for c in big:
            try:
                c.send(head)
            except OSError:
                pass
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            progress = False
            for i, c in enumerate(big):
                if sent[i] >= 1048574:
                    continue
                try:
                    n = c.send(chunk[:min(len(chunk), 1048574 - sent[i])])
                    sent[i] += n
                    progress = progress or n > 0
                except (BlockingIOError, OSError):
                    pass
            if not progress:
                break
        print("  body bytes taken: %.1f MB; connections still open %d of 1000"
              % (sum(sent) / 1048576.0, still_open(big)), flush=True)
        ok &= report(r, port, "1000 TCP x (1 MiB - 1) bodies", time.monotonic() - t)
        for c in big:
            c.close()
        time.sleep(1)
        ok &= report(r, port, "after the floods", 0)
    print("flood bench: %s" % ("phones registered throughout" if ok else "A PHONE FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
