#!/usr/bin/env python3
"""Soak bench (issue 16): registrations and calls at a steady rate for a while.

Starts `opencme --no-console --listen 127.0.0.1 --sip-port 0` with PAIRS pairs of phones
(pools by address 127.0.1.N and 127.0.2.N, users aN/bN), registers them (digest), then for
--minutes keeps placing calls a->b (INVITE, 200 with SDP from b, ACK, BYE) at --calls-per-second
and refreshes registrations at --registers-per-second. Prints per minute and at the end: calls
placed and failed, registrations and failures, RSS (from /proc) and open fds of the router.
Goal (issue 16): zero failed calls, RSS growth < 1 % after the first minute, no fd growth.
usage: bench/soak/run.py [--opencme build/opencme] [--minutes 10] [--calls-per-second 20]
Loopback only; bounded by --minutes.
"""
import argparse
import hashlib
import os
import re
import socket
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "cli", "vty"))
import vty_harness  # noqa: E402


def config(pairs):
    lines = ["voice register global", " mode cme", " max-dn %d" % (2 * pairs),
             " max-pool %d" % (2 * pairs), " authenticate register"]
    for n in range(1, 2 * pairs + 1):
        lines += ["voice register dn %d" % n, " number %d" % (4000 + n)]
    for n in range(1, 2 * pairs + 1):
        side, k = (1, n) if n <= pairs else (2, n - pairs)
        lines += ["voice register pool %d" % n,
                  " id network 127.0.%d.%d mask 255.255.255.255" % (side, k),
                  " number 1 dn %d" % n, " username u%d password p%d" % (n, n)]
    return "\n".join(lines) + "\n"


def parse(data):
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode(errors="replace").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return lines[0], headers, body


class Phone:
    def __init__(self, address, user, password, number, router_port):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((address, 0))
        self.sock.settimeout(5)
        self.addr = self.sock.getsockname()
        self.user, self.password, self.number = user, password, number
        self.router = ("127.0.0.1", router_port)
        self.cseq = 0
        self.branch = 0

    def via(self):
        self.branch += 1
        return "SIP/2.0/UDP %s:%d;branch=z9hG4bK%s-%d;rport" % (self.addr[0], self.addr[1],
                                                              self.user, self.branch)

    def contact(self):
        return "<sip:%s@%s:%d>" % (self.user, self.addr[0], self.addr[1])

    def send(self, text):
        self.sock.sendto(text.encode(), self.router)

    def recv_final(self):
        while True:
            start, headers, body = parse(self.sock.recv(65535))
            if start.startswith("SIP/2.0 1"):
                continue
            return start, headers, body

    def register(self):
        call_id = "reg-%s" % self.user
        auth = None
        for _ in range(2):
            self.cseq += 1
            msg = ("REGISTER sip:127.0.0.1 SIP/2.0\r\nVia: %s\r\nMax-Forwards: 70\r\n"
                   "From: <sip:%s@127.0.0.1>;tag=r%s\r\nTo: <sip:%s@127.0.0.1>\r\n"
                   "Call-ID: %s\r\nCSeq: %d REGISTER\r\nContact: %s\r\nExpires: 3600\r\n"
                   % (self.via(), self.user, self.user, self.user, call_id, self.cseq,
                      self.contact()))
            if auth:
                msg += "Authorization: %s\r\n" % auth
            self.send(msg + "Content-Length: 0\r\n\r\n")
            start, headers, _ = self.recv_final()
            if not start.startswith("SIP/2.0 401"):
                return start.startswith("SIP/2.0 200")
            auth = self.answer(headers["www-authenticate"][0])
        return False

    def answer(self, challenge):
        realm = re.search(r'realm="([^"]*)"', challenge).group(1)
        nonce = re.search(r'nonce="([^"]*)"', challenge).group(1)
        h = lambda s: hashlib.md5(s.encode()).hexdigest()  # noqa: E731
        ha1 = h("%s:%s:%s" % (self.user, realm, self.password))
        ha2 = h("REGISTER:sip:127.0.0.1")
        response = h("%s:%s:00000001:c0ffee:auth:%s" % (ha1, nonce, ha2))
        return ('Digest username="%s", realm="%s", nonce="%s", uri="sip:127.0.0.1", '
                'response="%s", algorithm=MD5, qop=auth, nc=00000001, cnonce="c0ffee"'
                % (self.user, realm, nonce, response))


def sdp(address, port):
    return ("v=0\r\no=- 1 1 IN IP4 %s\r\ns=-\r\nc=IN IP4 %s\r\nt=0 0\r\n"
            "m=audio %d RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n" % (address, address, port))


def answer_invite(b):
    """b receives the relayed INVITE and answers 200; returns the INVITE's headers."""
    start, headers, _ = parse(b.sock.recv(65535))
    if not start.startswith("INVITE"):
        raise RuntimeError("b got %s" % start)
    body = sdp(b.addr[0], 30000)
    reply = ("SIP/2.0 200 OK\r\n" + "".join("Via: %s\r\n" % v for v in headers["via"]) +
             "From: %s\r\nTo: %s;tag=b%d\r\nCall-ID: %s\r\nCSeq: %s\r\nContact: %s\r\n"
             "Content-Type: application/sdp\r\nContent-Length: %d\r\n\r\n%s"
             % (headers["from"][0], headers["to"][0], b.branch, headers["call-id"][0],
                headers["cseq"][0], b.contact(), len(body), body))
    b.sock.sendto(reply.encode(), b.router)
    return headers


def answer_request(b, method):
    start, headers, _ = parse(b.sock.recv(65535))
    if not start.startswith(method):
        raise RuntimeError("b got %s, expected %s" % (start, method))
    if method == "ACK":
        return
    reply = ("SIP/2.0 200 OK\r\n" + "".join("Via: %s\r\n" % v for v in headers["via"]) +
             "From: %s\r\nTo: %s\r\nCall-ID: %s\r\nCSeq: %s\r\nContent-Length: 0\r\n\r\n"
             % (headers["from"][0], headers["to"][0], headers["call-id"][0],
                headers["cseq"][0]))
    b.sock.sendto(reply.encode(), b.router)


def call(a, b, serial):
    call_id = "soak-%d" % serial
    a.cseq += 1
    body = sdp(a.addr[0], 20000)
    a.send("INVITE sip:%s@127.0.0.1 SIP/2.0\r\nVia: %s\r\nMax-Forwards: 70\r\n"
           "From: <sip:%s@127.0.0.1>;tag=a%d\r\nTo: <sip:%s@127.0.0.1>\r\nCall-ID: %s\r\n"
           "CSeq: %d INVITE\r\nContact: %s\r\nContent-Type: application/sdp\r\n"
           "Content-Length: %d\r\n\r\n%s" % (b.number, a.via(), a.number, serial, b.number,
                                              call_id, a.cseq, a.contact(), len(body), body))
    answer_invite(b)
    start, headers, _ = a.recv_final()
    if not start.startswith("SIP/2.0 200"):
        return False
    to = headers["to"][0]
    target = re.search(r"<([^>]*)>", headers["contact"][0]).group(1)
    dialog = ("Max-Forwards: 70\r\nFrom: <sip:%s@127.0.0.1>;tag=a%d\r\nTo: %s\r\nCall-ID: %s\r\n"
              % (a.number, serial, to, call_id))
    a.send("ACK %s SIP/2.0\r\nVia: %s\r\n%sCSeq: %d ACK\r\nContent-Length: 0\r\n\r\n"
           % (target, a.via(), dialog, a.cseq))
    answer_request(b, "ACK")
    a.cseq += 1
    a.send("BYE %s SIP/2.0\r\nVia: %s\r\n%sCSeq: %d BYE\r\nContent-Length: 0\r\n\r\n"
           % (target, a.via(), dialog, a.cseq))
    answer_request(b, "BYE")
    start, _, _ = a.recv_final()
    return start.startswith("SIP/2.0 200")


def stats(pid):
    with open("/proc/%d/status" % pid) as f:
        rss = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))
    return rss, len(os.listdir("/proc/%d/fd" % pid))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--opencme", default=None)
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--pairs", type=int, default=20)
    ap.add_argument("--calls-per-second", type=float, default=20)
    ap.add_argument("--registers-per-second", type=float, default=5)
    a = ap.parse_args()
    binary = vty_harness.find_binary([sys.argv[0]] + ([a.opencme] if a.opencme else []))
    with vty_harness.Router(binary, config(a.pairs)) as r:
        port = r.sip_port
        pairs = [(Phone("127.0.1.%d" % k, "u%d" % k, "p%d" % k, str(4000 + k), port),
                  Phone("127.0.2.%d" % k, "u%d" % (k + a.pairs), "p%d" % (k + a.pairs),
                        str(4000 + k + a.pairs), port)) for k in range(1, a.pairs + 1)]
        for x, y in pairs:
            if not (x.register() and y.register()):
                print("initial registration failed")
                return 1
        counts = {"calls": 0, "failed calls": 0, "registers": 0, "failed registers": 0}
        start = time.monotonic()
        end = start + a.minutes * 60
        next_report = start + 60
        first = None
        serial = 0
        next_register = start
        while time.monotonic() < end:
            tick = time.monotonic()
            x, y = pairs[serial % len(pairs)]
            serial += 1
            try:
                ok = call(x, y, serial)
            except (socket.timeout, RuntimeError, KeyError, AttributeError):
                ok = False
            counts["calls"] += 1
            counts["failed calls"] += 0 if ok else 1
            while time.monotonic() >= next_register:
                phone = pairs[counts["registers"] % len(pairs)][counts["registers"] % 2]
                try:
                    ok = phone.register()
                except (socket.timeout, KeyError):
                    ok = False
                counts["registers"] += 1
                counts["failed registers"] += 0 if ok else 1
                next_register += 1.0 / a.registers_per_second
            if time.monotonic() >= next_report:
                rss, fds = stats(r.proc.pid)
                first = first or (rss, fds)
                print("minute %3.0f: %s; RSS %.1f MB, fds %d" % (
                    (time.monotonic() - start) / 60, ", ".join("%s %d" % kv for kv in counts.items()),
                    rss / 1024.0, fds), flush=True)
                next_report += 60
            time.sleep(max(0.0, 1.0 / a.calls_per_second - (time.monotonic() - tick)))
        rss, fds = stats(r.proc.pid)
        first = first or (rss, fds)
        growth = 100.0 * (rss - first[0]) / first[0]
        print("soak %.1f min at %.0f calls/s: %s; RSS %.1f MB (%+.2f %% since minute 1), fds %d "
              "(minute 1: %d)" % (a.minutes, a.calls_per_second,
                                  ", ".join("%s %d" % kv for kv in counts.items()),
                                  rss / 1024.0, growth, fds, first[1]))
        return 0 if counts["failed calls"] == 0 and counts["failed registers"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
