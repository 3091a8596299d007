#!/usr/bin/env python3
"""REGISTER against the real opencme binary with SIPp (Debian sip-tester), on loopback.

Cases: digest challenge then 200; three pools sharing one `id ip`, each user registering to its
own; wrong password and unknown user both challenged again with the
same header set (no user enumeration); 423 + Min-Expires, binding, Expires 0; 200 phones
registering from an injection CSV; `debug ccsip messages` seen on a vty with terminal monitor.
Run: /usr/bin/python3 sipp_register_test.py path/to/opencme
"""

import os
import re
import socket
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vty"))
from vty_harness import RawTelnet, Router, Suite, check, find_binary, passed  # noqa: E402

SCENARIOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "sipp")
SIPP_TIMEOUT = 30  # seconds for one SIPp run


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pools_config(count, authenticate=True, extra="", one_host=False):
    """voice register global + `count` dns and pools (user u<N>, password p<N>); pool N is
    `id network 10.N.0.0/16`, or with `one_host` every pool is `id ip 127.0.0.1` (one host)."""
    lines = ["voice service voip", " sip", "  registrar server expires max 3600 min 120",
             "voice register global", " mode cme", " max-dn %d" % count, " max-pool %d" % count]
    if authenticate:
        lines.append(" authenticate register")
    for n in range(1, count + 1):
        lines += ["voice register dn %d" % n, " number %d" % (3000 + n)]
    for n in range(1, count + 1):
        ident = (" id ip 127.0.0.1 mask 255.255.255.255" if one_host
                 else " id network 10.%d.0.0 mask 255.255.0.0" % n)
        lines += ["voice register pool %d" % n, ident, " number 1 dn %d" % n]
        if authenticate:
            lines.append(" username u%d password p%d" % (n, n))
        else:
            lines.append(" username u%d" % n)
    lines += ["line vty 0 4", " no login", " privilege level 15", extra]
    return "\n".join(lines) + "\n"


def run_sipp(router, scenario, rows, calls, rate=None, tmp=None):
    """Runs SIPp as UAC against the router; returns (exit status, output, stats text)."""
    csv = os.path.join(tmp, "users.csv")
    with open(csv, "w") as f:
        f.write("SEQUENTIAL\n" + "".join(r + "\n" for r in rows))
    cmd = ["sipp", "127.0.0.1:%d" % router.sip_port, "-sf", os.path.join(SCENARIOS, scenario),
           "-inf", csv, "-m", str(calls), "-i", "127.0.0.1", "-p", str(free_udp_port()),
           "-timeout", "%ds" % (SIPP_TIMEOUT - 5), "-timeout_error", "-nostdin",
           "-trace_err", "-trace_stat", "-stf", os.path.join(tmp, "stat.csv")]
    if rate:
        cmd += ["-r", str(rate), "-l", str(rate)]
    p = subprocess.run(cmd, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=SIPP_TIMEOUT)
    errors = ""
    for name in os.listdir(tmp):
        if name.endswith("_errors.log"):
            with open(os.path.join(tmp, name)) as f:
                errors += f.read()
    return p.returncode, p.stdout.decode("utf-8", "replace"), errors


def case_digest(binary):
    with Router(binary, pools_config(2)) as r, tempfile.TemporaryDirectory() as tmp:
        check(r.sip_port, "no SIP port line")
        status, out, errors = run_sipp(
            r, "register_digest.xml", ["u2;[authentication username=u2 password=p2]"], 1,
            tmp=tmp)
        check(status == 0, "SIPp failed (status %d): %s %s" % (status, out[-800:], errors))
        passed("REGISTER: 401 with a Digest challenge, then 200 with the binding")
        t = RawTelnet(r.port)
        try:
            t.read_until(b"Router#")
            stats = t.command("show voice register statistics", b"Router#")
            check(stats == b"Global statistics\r\n  Active registrations  : 1\r\n"
                  b"  Total SIP phones registered: 1\r\n  Total Registration Statistics\r\n"
                  b"    Registration requests  : 1\r\n    Registration success   : 1\r\n"
                  b"    Registration failed    : 0\r\n    Failed-digest blocked  : 0\r\n",
                  "statistics: %r" % stats)
            passed("show voice register statistics: 1 active, 1 phone, 1 request, 1 success")
            pool = t.command("show voice register pool 2", b"Router#")
            check(b"  registration Call ID is " in pool and
                  b"  contact IP address: 127.0.0.1 port " in pool and
                  b"  Active registrations  : 1\r\n" in pool, "pool 2: %r" % pool)
            other = t.command("show voice register pool 1", b"Router#")
            check(b"  Reason for unregistered state:\r\n" in other and
                  b"  Active registrations  : 0\r\n" in other, "pool 1: %r" % other)
            passed("show voice register pool: pool 2 registered with its contact, pool 1 not")
            registrar = t.command("show sip-ua status registrar", b"Router#")
            check(b"\r\n3002          127.0.0.1        " in registrar,
                  "registrar: %r" % registrar)
            passed("show sip-ua status registrar lists number 3002 from 127.0.0.1")
        finally:
            t.close()


def case_one_host(binary):
    """Three pools with the same `id ip`: each user registers to its own pool (issue 15 #4)."""
    with Router(binary, pools_config(3, one_host=True)) as r, \
            tempfile.TemporaryDirectory() as tmp:
        rows = ["u%d;[authentication username=u%d password=p%d]" % (n, n, n)
                for n in (3, 1, 2)]
        status, out, errors = run_sipp(r, "register_digest.xml", rows, 3, tmp=tmp)
        check(status == 0, "SIPp failed (status %d): %s %s" % (status, out[-800:], errors))
        passed("u3, u1, u2 from 127.0.0.1 each pass their own pool's digest (200 OK)")
        t = RawTelnet(r.port)
        try:
            t.read_until(b"Router#")
            for n in (1, 2, 3):
                pool = t.command("show voice register pool %d" % n, b"Router#")
                check(b"  active primary line is: %d\r\n" % (3000 + n) in pool and
                      b"  contact IP address: 127.0.0.1 port " in pool and
                      b"  Active registrations  : 1\r\n" in pool, "pool %d: %r" % (n, pool))
            passed("show voice register pool 1, 2, 3: each registered with its own user")
        finally:
            t.close()


def case_wrong_credentials(binary):
    with Router(binary, pools_config(2)) as r, tempfile.TemporaryDirectory() as tmp:
        rows = ["u1;[authentication username=u1 password=wrong]",
                "nobody;[authentication username=nobody password=p1]"]
        status, out, errors = run_sipp(r, "register_wrong_password.xml", rows, 2, tmp=tmp)
        check(status == 0, "SIPp failed (status %d): %s %s" % (status, out[-800:], errors))
        passed("a wrong password and an unknown user are both challenged again (401, 401)")
        t = RawTelnet(r.port)
        try:
            t.read_until(b"Router#")
            seen = t.command("show voice register pool attempted-registrations", b"Router#")
            check(re.search(rb"\r\n-\s+127\.0\.0\.1\s+nobody\s+1\s+\*", seen),
                  "attempted registrations: %r" % seen)
            check(b" u1 " not in seen, "a configured user is listed: %r" % seen)
            passed("the unknown user is listed as an attempted registration (1 attempt: the "
                   "first REGISTER, without credentials, is only challenged)")
            t.command("clear voice register attempted-registrations ip 127.0.0.1", b"Router#")
            seen = t.command("show voice register pool attempted-registrations", b"Router#")
            check(b"nobody" not in seen, "not cleared: %r" % seen)
            passed("clear voice register attempted-registrations ip 127.0.0.1 removes it")
        finally:
            t.close()


def case_expires(binary):
    with Router(binary, pools_config(1, authenticate=False)) as r, \
            tempfile.TemporaryDirectory() as tmp:
        status, out, errors = run_sipp(r, "register_expires.xml", ["u1;"], 1, tmp=tmp)
        check(status == 0, "SIPp failed (status %d): %s %s" % (status, out[-800:], errors))
        passed("Expires 30 -> 423 Min-Expires: 120; Expires 600 -> 200 expires=600; "
               "Expires 0 -> 200 without Contact")


def case_many_phones(binary):
    count = 200
    with Router(binary, pools_config(count)) as r, tempfile.TemporaryDirectory() as tmp:
        rows = ["u%d;[authentication username=u%d password=p%d]" % (n, n, n)
                for n in range(1, count + 1)]
        status, out, errors = run_sipp(r, "register_digest.xml", rows, count, rate=200, tmp=tmp)
        check(status == 0, "SIPp failed (status %d): %s %s" % (status, out[-800:], errors))
        huge = check_huge_pages(r.proc.pid)
        passed("%d phones registered with digest from an injection CSV, none failed; %s"
               % (count, huge))


def check_huge_pages(pid):
    """The router re-executed itself (same pid) with glibc.malloc.hugetlb=1 when the kernel
    offers transparent huge pages (cli/huge_pages.hpp), and not otherwise."""
    try:
        with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
            thp = f.read()
    except OSError:
        thp = ""
    offered = "[always]" in thp or "[madvise]" in thp
    with open("/proc/%d/environ" % pid, "rb") as f:
        environ = f.read().split(b"\0")
    tunables = [v for v in environ if v.startswith(b"GLIBC_TUNABLES=")]
    if os.environ.get("GLIBC_TUNABLES") or os.environ.get("LD_PRELOAD"):
        return "GLIBC_TUNABLES/LD_PRELOAD set by the caller: huge pages not checked"
    if offered:
        check(tunables == [b"GLIBC_TUNABLES=glibc.malloc.hugetlb=1"],
              "THP is offered (%r) but the router runs with %r" % (thp.strip(), tunables))
        return "the router runs with glibc.malloc.hugetlb=1"
    check(tunables == [], "THP is off (%r) but the router runs with %r" % (thp.strip(), tunables))
    return "THP is off: no re-execution"


def case_debug_ccsip(binary):
    with Router(binary, pools_config(1)) as r, tempfile.TemporaryDirectory() as tmp:
        t = RawTelnet(r.port)
        try:
            t.read_until(b"Router#")
            t.command("terminal monitor", b"Router#")
            out = t.command("debug ccsip messages", b"Router#")
            check(b"SIP Call messages tracing is enabled" in out, "debug answer: %r" % out)
            run_sipp(r, "register_digest.xml", ["u1;[authentication username=u1 password=p1]"],
                     1, tmp=tmp)
            seen = t.read_until(b"SIP/2.0 200 OK")
            check(b"/SIP/Msg/ccsipDisplayMsg:\r\nReceived:\r\nREGISTER sip:" in seen,
                  "no received REGISTER in the debug output: %r" % seen[-600:])
            check(b"/SIP/Msg/ccsipDisplayMsg:\r\nSent:\r\nSIP/2.0 401 Unauthorized" in seen,
                  "no sent 401 in the debug output")
            passed("debug ccsip messages shows each SIP message received and sent on the vty")
        finally:
            t.close()


if __name__ == "__main__":
    binary = find_binary(sys.argv)
    suite = Suite("sipp_register_test")
    suite.run("REGISTER with digest", case_digest, binary)
    suite.run("three users on one host", case_one_host, binary)
    suite.run("wrong credentials", case_wrong_credentials, binary)
    suite.run("expires", case_expires, binary)
    suite.run("200 phones", case_many_phones, binary)
    suite.run("debug ccsip messages", case_debug_ccsip, binary)
    suite.finish()
