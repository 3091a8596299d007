#!/usr/bin/python3
"""bench/sip_register: SIPp load against OpenCME and Kamailio 5.6 in the same run.

Goal (issue): authenticated REGISTER rate of OpenCME >= 1.25x Kamailio's, at zero failures.

What it does, all on 127.0.0.1 and bounded in time (default budget 250 s, hard cap per SIPp run):
  1. starts OpenCME (`opencme --no-console --listen 127.0.0.1 --vty-port 0 --sip-port 0
     --startup-config F`) with N `voice register pool`s (users u1..uN, passwords p1..pN,
     `authenticate register`), and Kamailio (kamailio.cfg beside this file: in-memory registrar,
     digest against an htable holding the same users) with children=1 and children=2;
  2. for each server (interleaved: one step per server in turn, so that load from other processes
     falls on all alike), searches the highest SIPp rate (-r, REGISTER+401+REGISTER+200 per "call",
     register_digest.xml beside this file, users from an injection CSV) that passes: every call
     successful, zero failed, retransmissions <= --max-retrans-pct of calls, and SIPp actually
     created calls at >= 97% of the target rate. The search doubles the rate until a trial fails,
     then bisects down to --precision;
  3. prints a table: server, rate (registrations/s), failed, retransmissions, server CPU, SIPp CPU,
     load (1-min loadavg and CPU used by other processes during that trial), and the ratios
     OpenCME/Kamailio. A SIPp client near one full core is flagged as the bottleneck;
  4. with --perf, profiles OpenCME with `perf record -g` at its best rate and prints its hot spots.

Processes it starts are stopped by their own ids (process groups it created) on every exit path.

Modes: `--mode register` (this bench). `--mode calls` is the slot for bench/sip_calls (INVITE
through the registrar/proxy): kamailio.cfg already has the stateful proxy part (-A WITH_PROXY);
the OpenCME side and the scenarios come when OpenCME handles calls.

Run: /usr/bin/python3 bench/sip_register/run.py [--opencme build-bench/opencme] [--perf]
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
KAMAILIO_TEMPLATE = os.path.join(HERE, "kamailio.cfg")
REGISTER_SCENARIO = os.path.join(HERE, "register_digest.xml")
CLK_TCK = os.sysconf("SC_CLK_TCK")
NCPU = os.cpu_count() or 1
SIP_LINE = re.compile(rb"OpenCME: SIP listening on 127\.0\.0\.1 port (\d+) ")
START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0


# --- small helpers -------------------------------------------------------------------------------

def log(msg):
    print(msg, flush=True)


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def proc_cpu_ticks(pid):
    """utime + stime of one live process, in clock ticks (0 when it is gone)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def children_of(pid):
    """Direct children of `pid` (Kamailio's workers are children of its main process)."""
    kids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                kids.append(int(name))
        except (OSError, IndexError, ValueError):
            pass
    return kids


def machine_busy_ticks():
    """All CPUs' busy time (everything but idle and iowait), in clock ticks."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    return sum(values) - values[3] - values[4]


def udp_rcvbuf_errors():
    """Datagrams the kernel dropped because a UDP socket's receive buffer was full (whole
    machine; during a step nearly all UDP traffic here is the step's own)."""
    with open("/proc/net/snmp") as f:
        rows = [line.split() for line in f if line.startswith("Udp:")]
    return int(rows[1][rows[0].index("RcvbufErrors")])


def sip_probe(port, timeout=0.3):
    """True when something answers an OPTIONS on 127.0.0.1:port (any response)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        s.settimeout(timeout)
        lport = s.getsockname()[1]
        msg = ("OPTIONS sip:127.0.0.1:%d SIP/2.0\r\n"
               "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bKprobe%d;rport\r\n"
               "From: <sip:probe@127.0.0.1>;tag=p%d\r\nTo: <sip:127.0.0.1:%d>\r\n"
               "Call-ID: probe-%d@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n"
               "Content-Length: 0\r\n\r\n" % (port, lport, lport, lport, port, lport))
        s.sendto(msg.encode(), ("127.0.0.1", port))
        try:
            data = s.recv(65535)
        except socket.timeout:
            return False
        return data.startswith(b"SIP/2.0 ")


# --- servers under test --------------------------------------------------------------------------

class Server:
    """A SIP server process (group) started in its own temporary folder."""

    name = "?"

    def __init__(self, users):
        self.users = users
        self.dir = tempfile.mkdtemp(prefix="bench-sipreg-")
        self.proc = None
        self.port = None
        # SIPp's local ports, the same for every step against this server: the Contact of each
        # user stays the same, so a step refreshes the bindings instead of adding new ones
        # (OpenCME answers 503 Too many contacts past its per-AOR limit; usrloc grows lists).
        self.client_ports = []

    def pids(self):
        if self.proc is None or self.proc.poll() is not None:
            return []
        return [self.proc.pid] + children_of(self.proc.pid)

    def cpu_ticks(self):
        return sum(proc_cpu_ticks(p) for p in self.pids())

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def _popen(self, argv, cwd):
        self._out = open(os.path.join(self.dir, "stdout"), "w+b")
        self._err = open(os.path.join(self.dir, "stderr"), "w+b")
        # Own session: its process group id is its pid, so stop() ends exactly what we started.
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=self._out,
                                     stderr=self._err, start_new_session=True)

    def _wait_ready(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            if self.port and sip_probe(self.port):
                return
            time.sleep(0.05)
        raise RuntimeError("%s did not answer on SIP within %.0f s (status %s); stderr: %s"
                           % (self.name, START_TIMEOUT, self.proc.poll(), self.tail("stderr")))

    def tail(self, which, limit=800):
        try:
            with open(os.path.join(self.dir, which), "rb") as f:
                return f.read()[-limit:].decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self):
        if self.proc is not None:
            pgid = self.proc.pid
            if self.proc.poll() is None:
                try:
                    os.killpg(pgid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
                try:
                    self.proc.wait(timeout=STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    pass
            try:  # workers left behind (the group is ours: started with start_new_session)
                os.killpg(pgid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                pass
            self.proc = None
        for f in (getattr(self, "_out", None), getattr(self, "_err", None)):
            if f is not None:
                f.close()
        if os.environ.get("BENCH_KEEP_TMP") is None:
            shutil.rmtree(self.dir, ignore_errors=True)


def opencme_config(users):
    """voice register global + N dns and pools, u<N>/p<N>, `authenticate register`."""
    lines = ["voice service voip", " sip", "  registrar server expires max 3600 min 120",
             "voice register global", " mode cme", " max-dn %d" % users,
             " max-pool %d" % users, " authenticate register"]
    for n in range(1, users + 1):
        lines += ["voice register dn %d" % n, " number %d" % (3000 + n)]
    for n in range(1, users + 1):
        lines += ["voice register pool %d" % n,
                  " id network 10.%d.%d.0 mask 255.255.255.0" % (n >> 8, n & 255),
                  " number 1 dn %d" % n, " username u%d password p%d" % (n, n)]
    lines += ["line vty 0 4", " no login", " privilege level 15", "end"]
    return "\n".join(lines) + "\n"


class OpenCME(Server):
    name = "OpenCME"

    def __init__(self, users, binary):
        super().__init__(users)
        self.binary = binary

    def start(self):
        config = os.path.join(self.dir, "startup-config")
        with open(config, "w") as f:
            f.write(opencme_config(self.users))
        self._popen([self.binary, "--no-console", "--listen", "127.0.0.1", "--vty-port", "0",
                     "--sip-port", "0", "--startup-config", config], self.dir)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and self.port is None and self.proc.poll() is None:
            m = SIP_LINE.search(open(os.path.join(self.dir, "stdout"), "rb").read())
            if m:
                self.port = int(m.group(1))
            else:
                time.sleep(0.02)
        self._wait_ready()
        err = self.tail("stderr")
        if "Invalid input" in err or "%" in err:
            raise RuntimeError("OpenCME rejected part of the startup-config: %s" % err)
        return self


class Kamailio(Server):
    def __init__(self, users, children, proxy=False):
        super().__init__(users)
        self.children = children
        self.proxy = proxy
        self.name = "Kamailio children=%d" % children

    def start(self):
        self.port = free_udp_port()
        with open(KAMAILIO_TEMPLATE) as f:
            text = f.read()
        for key, value in (("@PORT@", self.port), ("@CHILDREN@", self.children),
                           ("@USERS@", self.users), ("@RUNDIR@", self.dir)):
            text = text.replace(key, str(value))
        cfg = os.path.join(self.dir, "kamailio.cfg")
        with open(cfg, "w") as f:
            f.write(text)
        argv = ["kamailio", "-DD", "-E", "-f", cfg, "-Y", self.dir,
                "-P", os.path.join(self.dir, "kamailio.pid"), "-m", "256", "-M", "32"]
        if self.proxy:
            argv += ["-A", "WITH_PROXY"]
        self._popen(argv, self.dir)
        self._wait_ready()
        return self


# --- SIPp runs -----------------------------------------------------------------------------------

STAT_FIELDS = ("CallRate(C)", "OutgoingCall(C)", "SuccessfulCall(C)", "FailedCall(C)",
               "Retransmissions(C)", "ResponseTime1(C)", "DeadCallMsgs(C)")


def parse_stat(path):
    with open(path) as f:
        rows = [line.rstrip("\n") for line in f if line.strip()]
    header = rows[0].split(";")
    last = rows[-1].split(";")
    out = {}
    for key in STAT_FIELDS:
        value = last[header.index(key)]
        if key.startswith("ResponseTime"):
            h, m, s, us = value.split(":")
            out[key] = (int(h) * 3600 + int(m) * 60 + int(s)) * 1000.0 + int(us) / 1000.0
        elif key.startswith("CallRate"):
            out[key] = float(value)
        else:
            out[key] = int(value)
    return out


def first_error(workdir, clients):
    """The first unexpected status line (or event) in the SIPp error logs of a step."""
    for i in range(clients):
        d = os.path.join(workdir, "c%d" % i)
        for name in sorted(os.listdir(d)):
            if not name.endswith("_errors.log"):
                continue
            with open(os.path.join(d, name), errors="replace") as f:
                text = f.read(200000)
            # the cause of a failed call, not a late answer to a finished ("dead") call
            m = re.search(r"Aborting call.{0,200}?received '(SIP/2\.0 [^\r\n]*)", text)
            if m:
                return m.group(1)
            for line in text.splitlines():
                m = re.search(r"\d+\.\d+: (.{0,100})", line)
                if m and "Dead call" not in line and "Maximum number of open" not in line:
                    return m.group(1)
    return None


class Trial:
    """One SIPp load step against one server: K SIPp clients sharing the target rate."""

    def __init__(self, server, rate, duration, clients, scenario, rows, max_retrans_pct):
        self.server, self.rate = server, rate
        self.calls = max(int(rate * duration), 50)
        self.duration = duration
        self.clients, self.scenario, self.rows = clients, scenario, rows
        self.max_retrans_pct = max_retrans_pct

    def run(self, workdir):
        per_rate = self.rate / self.clients
        per_calls = self.calls // self.clients
        self.calls = per_calls * self.clients
        procs = []
        t0 = time.monotonic()
        busy0 = machine_busy_ticks()
        srv0 = self.server.cpu_ticks()
        drops0 = udp_rcvbuf_errors()
        load = loadavg()
        for i in range(self.clients):
            d = os.path.join(workdir, "c%d" % i)
            os.makedirs(d, exist_ok=True)
            for name in os.listdir(d):
                os.unlink(os.path.join(d, name))
            csv = os.path.join(d, "users.csv")
            with open(csv, "w") as f:  # client i takes users i, i+K, i+2K, ...
                f.write("SEQUENTIAL\n" + "".join(r + "\n" for r in self.rows[i::self.clients]))
            argv = ["sipp", "127.0.0.1:%d" % self.server.port, "-sf", self.scenario,
                    "-inf", csv, "-m", str(per_calls), "-r", "%.3f" % per_rate, "-rp", "1000",
                    "-l", str(min(max(int(per_rate * 2), 100), 15000)),  # < ulimit -n
                    "-i", "127.0.0.1", "-p", str(self.server.client_ports[i]), "-nostdin",
                    "-recv_timeout", "2000", "-timeout", "%ds" % int(self.duration + 15),
                    "-timeout_error", "-trace_stat", "-stf", os.path.join(d, "stat.csv"),
                    "-fd", "1", "-buff_size", "4194304", "-trace_err",
                    "-nd"]  # no default BYE into an overloaded server when a call is aborted
            out = open(os.path.join(d, "sipp.out"), "wb")
            procs.append((subprocess.Popen(argv, cwd=d, stdin=subprocess.DEVNULL, stdout=out,
                                           stderr=subprocess.STDOUT, start_new_session=True),
                          d, out))
        sipp_ticks = 0.0
        self.results = []
        deadline = t0 + self.duration + 25
        for p, d, out in procs:
            status, ru = None, None
            while status is None:
                pid, st, usage = os.wait4(p.pid, os.WNOHANG)
                if pid:
                    status, ru = os.waitstatus_to_exitcode(st), usage
                    p.returncode = status
                elif time.monotonic() > deadline:
                    os.killpg(p.pid, signal.SIGKILL)
                    _, st, usage = os.wait4(p.pid, 0)
                    status, ru = -9, usage
                    p.returncode = status
                else:
                    time.sleep(0.02)
            out.close()
            sipp_ticks += (ru.ru_utime + ru.ru_stime) * CLK_TCK
            try:
                stat = parse_stat(os.path.join(d, "stat.csv"))
            except (OSError, ValueError, IndexError):
                stat = None
            self.results.append((status, stat))
        wall = time.monotonic() - t0
        srv = (self.server.cpu_ticks() - srv0) / CLK_TCK
        busy = (machine_busy_ticks() - busy0) / CLK_TCK
        self.wall = wall
        self.server_cpu = srv / wall                      # cores
        self.server_cpu_seconds = srv
        self.drops = udp_rcvbuf_errors() - drops0
        self.sipp_cpu = sipp_ticks / CLK_TCK / wall / self.clients   # per SIPp, cores
        self.others_cpu = max(0.0, (busy - srv - sipp_ticks / CLK_TCK) / wall)
        self.load = load
        ok_stats = [s for _, s in self.results if s]
        self.successful = sum(s["SuccessfulCall(C)"] for s in ok_stats)
        self.failed = sum(s["FailedCall(C)"] for s in ok_stats)
        self.retrans = sum(s["Retransmissions(C)"] for s in ok_stats)
        self.created_rate = sum(s["CallRate(C)"] for s in ok_stats)
        self.rtt_ms = (sum(s["ResponseTime1(C)"] for s in ok_stats) / len(ok_stats)
                       if ok_stats else float("nan"))
        self.statuses = [st for st, _ in self.results]
        self.achieved = self.successful / max(wall, 1e-9)
        reasons = []
        if len(ok_stats) != self.clients:
            reasons.append("no SIPp statistics")
        if self.failed:
            reasons.append("%d failed" % self.failed)
        if self.successful != self.calls:
            reasons.append("%d/%d successful" % (self.successful, self.calls))
        if self.retrans > self.calls * self.max_retrans_pct / 100.0:
            reasons.append("%d retransmissions" % self.retrans)
        if self.created_rate < 0.97 * self.rate:
            reasons.append("SIPp created only %.0f/s" % self.created_rate)
        if any(st != 0 for st in self.statuses) and not reasons:
            reasons.append("SIPp exit status %s" % self.statuses)
        if not self.server.alive():
            reasons.append("server died")
        if reasons:
            first = first_error(workdir, self.clients)
            if first:
                reasons.append("first error: " + first)
        self.reasons = reasons
        self.passed = not reasons
        return self

    def line(self):
        verdict = "pass" if self.passed else "FAIL (" + ", ".join(self.reasons) + ")"
        return ("    r=%-6.0f ok=%-6d failed=%-5d retrans=%-6d drops=%-6d created=%6.0f/s "
                "rtd=%5.1fms srvCPU=%.2f sippCPU=%.2f others=%.2f load=%.2f  %s"
                % (self.rate, self.successful, self.failed, self.retrans, self.drops,
                   self.created_rate, self.rtt_ms, self.server_cpu, self.sipp_cpu,
                   self.others_cpu, self.load, verdict))


class RateSearch:
    """Per-server search state: double the rate until a step fails, then bisect between the best
    passing rate and the lowest failing one until they are within --precision."""

    def __init__(self, key, server, args):
        self.key, self.server, self.args = key, server, args
        self.rate = args.start_rate
        self.best = None    # best passing Trial
        self.fail = None    # lowest failing rate
        self.done = False

    def next_rate(self):
        if self.done:
            return None
        if self.fail is None:
            if self.rate > self.args.max_rate:
                self.done = True
                return None
            return self.rate
        lo = self.best.rate if self.best else 0
        if lo and self.fail / lo <= 1 + self.args.precision:
            self.done = True
            return None
        mid = round((lo + self.fail) / 2 / 10) * 10
        if mid <= lo or mid >= self.fail or mid < 10:
            self.done = True
            return None
        return mid

    def record(self, trial):
        if trial.passed:
            if self.best is None or trial.rate > self.best.rate:
                self.best = trial
            if self.fail is None:
                self.rate = trial.rate * 2
        else:
            self.fail = trial.rate if self.fail is None else min(self.fail, trial.rate)


def interleaved_search(searches, args, scenario, rows, budget_end, workdir):
    """Round-robin: each round runs one step of every unfinished search, so that load from other
    processes on the machine falls on every server alike."""
    while True:
        progressed = False
        for s in searches:
            if time.monotonic() + args.duration + 8 > budget_end:
                return
            rate = s.next_rate()
            if rate is None:
                continue
            t = Trial(s.server, rate, args.duration, args.clients, scenario, rows,
                      args.max_retrans_pct).run(workdir)
            log("  %-20s%s" % (s.server.name, t.line()[3:]))
            s.record(t)
            progressed = True
            time.sleep(args.pause)  # let the server drain what a failed step left queued
        if not progressed:
            return


# --- profiling -----------------------------------------------------------------------------------

def perf_stacks(data):
    """Samples of a `perf record -g` file as lists of symbols, leaf first."""
    out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym,dso"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=300)
    samples, cur = [], []
    for line in out.stdout.decode("utf-8", "replace").splitlines():
        if not line.strip():
            if cur:
                samples.append(cur)
                cur = []
            continue
        parts = line.strip().split(" ", 1)
        if len(parts) == 2:
            sym = re.sub(r"\+0x[0-9a-f]+", "", parts[1])
            dso = re.search(r"\(([^()]*)\)$", sym)
            sym = re.sub(r" \([^()]*\)$", "", sym)
            if sym == "[unknown]" and dso:
                sym = "[%s]" % os.path.basename(dso.group(1))
            cur.append(sym)
    if cur:
        samples.append(cur)
    return samples


SKIP_INCLUSIVE = re.compile(r"^(_start|main|__libc_start|boost::asio::detail::(scheduler|reactive)"
                            r"|\[unknown\]|entry_SYSCALL|do_syscall_64|\[)")


def profile_opencme(server, rate, args, scenario, rows, workdir):
    """perf record (DWARF stacks) on OpenCME during one load step at `rate`; prints the top
    functions by self time and the heaviest OpenCME functions including what they call."""
    if not shutil.which("perf"):
        log("perf not installed: no profile")
        return
    data = os.path.join(workdir, "perf.data")
    perf = subprocess.Popen(["perf", "record", "-F", "999", "--call-graph", "dwarf,16384",
                             "-o", data, "-p", str(server.proc.pid)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(0.5)
    t = Trial(server, rate, args.duration, args.clients, scenario, rows,
              args.max_retrans_pct).run(workdir)
    log("  profiled step (perf slows OpenCME down a little):" + t.line()[3:])
    os.killpg(perf.pid, signal.SIGINT)
    try:
        perf.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(perf.pid, signal.SIGKILL)
        perf.wait()
    samples = [s for s in perf_stacks(data) if s]
    if not samples:
        log("  perf recorded no samples")
        return
    total = float(len(samples))
    self_count, incl_count = {}, {}
    for stack in samples:
        self_count[stack[0]] = self_count.get(stack[0], 0) + 1
        for sym in set(stack):
            incl_count[sym] = incl_count.get(sym, 0) + 1
    log("  OpenCME profile: %d samples; top functions by self time:" % len(samples))
    for sym, n in sorted(self_count.items(), key=lambda kv: -kv[1])[:15]:
        log("    %5.1f%%  %s" % (100 * n / total, sym[:120]))
    log("  heaviest functions including callees (OpenCME code):")
    shown = 0
    for sym, n in sorted(incl_count.items(), key=lambda kv: -kv[1]):
        if shown >= 22 or n / total < 0.015:
            break
        if SKIP_INCLUSIVE.match(sym) or not sym.startswith("cme::"):
            continue
        log("    %5.1f%%  %s" % (100 * n / total, sym[:120]))
        shown += 1


# --- modes ---------------------------------------------------------------------------------------

def register_mode(args):
    rows = ["u%d;[authentication username=u%d password=p%d]" % (n, n, n)
            for n in range(1, args.users + 1)]
    return REGISTER_SCENARIO, rows


MODES = {
    "register": register_mode,
    # "calls": bench/sip_calls — INVITE/200/ACK/BYE between registered users through the server
    # (Kamailio with -A WITH_PROXY: Kamailio(users, children, proxy=True)), once OpenCME has calls.
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--opencme", default=os.path.join(ROOT, "build-bench", "opencme"))
    ap.add_argument("--mode", default="register", choices=["register", "calls"])
    ap.add_argument("--users", type=int, default=1000, help="pools / users (max-pool <= 1000)")
    ap.add_argument("--servers", default="opencme,kamailio1,kamailio2",
                    help="comma list of opencme, kamailio1, kamailio2 (kamailioN: children=N)")
    ap.add_argument("--duration", type=float, default=3.0, help="seconds of load per step")
    ap.add_argument("--start-rate", type=float, default=1000)
    ap.add_argument("--max-rate", type=float, default=64000)
    ap.add_argument("--precision", type=float, default=0.06,
                    help="stop bisecting when fail/pass < 1 + this")
    ap.add_argument("--max-retrans-pct", type=float, default=0.1,
                    help="retransmissions allowed, %% of calls")
    ap.add_argument("--clients", type=int, default=1, help="SIPp instances sharing the rate")
    ap.add_argument("--pause", type=float, default=1.0, help="seconds between steps")
    ap.add_argument("--budget", type=float, default=250, help="seconds for all the searches")
    ap.add_argument("--perf", action="store_true",
                    help="profile OpenCME with perf at its best rate (adds ~20 s)")
    args = ap.parse_args()

    if args.mode not in MODES:
        log("mode %s: not available yet (bench/sip_calls comes when OpenCME handles calls)"
            % args.mode)
        return 2
    for tool in ("sipp", "kamailio"):
        if not shutil.which(tool):
            log("%s not found: apt-get install -y sip-tester kamailio" % tool)
            return 2
    args.opencme = os.path.abspath(args.opencme)
    names = [s.strip() for s in args.servers.split(",") if s.strip()]
    if "opencme" in names and not os.access(args.opencme, os.X_OK):
        log("no opencme binary at %s (build: ninja -C build-bench opencme)" % args.opencme)
        return 2

    scenario, rows = MODES[args.mode](args)
    started = time.monotonic()
    budget_end = started + args.budget
    workdir = tempfile.mkdtemp(prefix="bench-sipreg-sipp-")
    log("bench/sip_register: %d users, %d s steps, %d SIPp client(s), %d CPUs, load %.2f at start"
        % (args.users, args.duration, args.clients, NCPU, loadavg()))
    results = {}
    servers = []
    unfinished = []
    try:
        searches = []
        for key in names:
            if key == "opencme":
                server = OpenCME(args.users, args.opencme)
            elif re.fullmatch(r"kamailio\d+", key):
                server = Kamailio(args.users, int(key[8:]), proxy=args.mode == "calls")
            else:
                raise SystemExit("unknown server %r" % key)
            servers.append(server)
            server.client_ports = [free_udp_port() for _ in range(args.clients)]
            server.start()
            # warm-up: every user registers once (bindings exist, caches warm), not measured
            Trial(server, min(args.start_rate, 500), max(args.users / 500.0, 1.0), args.clients,
                  scenario, rows, args.max_retrans_pct).run(workdir)
            log("%s: SIP port %d, pids %s" % (server.name, server.port, server.pids()))
            searches.append(RateSearch(key, server, args))
        reserve = args.duration + 15 if args.perf and "opencme" in names else 0
        interleaved_search(searches, args, scenario, rows, budget_end - reserve, workdir)
        for s in searches:
            results[s.key] = (s.server.name, s.best, s.fail)
            if not s.done:
                unfinished.append(s.server.name)
        if args.perf and "opencme" in results and results["opencme"][1] is not None:
            oc_search = next(s for s in searches if s.key == "opencme")
            profile_opencme(oc_search.server, results["opencme"][1].rate, args, scenario, rows,
                            workdir)
    finally:
        for s in servers:
            s.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    log("")
    log("REGISTER with digest (401 + 200 per registration), zero failures, retransmissions <= "
        "%.2f%% of registrations:" % args.max_retrans_pct)
    head = ("%-20s %7s %8s %6s %7s %6s %6s %6s %9s %7s %6s %5s"
            % ("server", "reg/s", "1st fail", "failed", "retrans", "drops", "rtd ms", "srvCPU",
               "reg/CPU-s", "sippCPU", "others", "load"))
    log(head)
    log("-" * len(head))
    saturated = []
    machine_bound = []
    for key in names:
        if key not in results:
            continue
        name, best, fail = results[key]
        if best is None:
            log("%-20s %7s %8s" % (name, "none", "%.0f" % fail if fail else "-"))
            continue
        per_cpu = (best.successful / best.server_cpu_seconds if best.server_cpu_seconds > 0
                   else float("nan"))
        log("%-20s %7.0f %8s %6d %7d %6d %6.1f %6.2f %9.0f %7.2f %6.2f %5.2f"
            % (name, best.rate, "%.0f" % fail if fail else "-", best.failed, best.retrans,
               best.drops, best.rtt_ms, best.server_cpu, per_cpu, best.sipp_cpu,
               best.others_cpu, best.load))
        # the client is the bottleneck when SIPp used (nearly) a full core at the best rate
        if best.sipp_cpu > 0.85:
            saturated.append(name)
        if best.server_cpu + best.sipp_cpu * args.clients + best.others_cpu > 0.9 * NCPU:
            machine_bound.append(name)
    log("(reg/s: highest passing SIPp rate; 1st fail: lowest failing rate tried; srvCPU: cores "
        "the server used; drops: UDP datagrams dropped on full receive buffers; reg/CPU-s: "
        "registrations per second of server CPU time; sippCPU: per SIPp process; others: "
        "cores used by other processes during that step; load: 1-min loadavg)")
    oc = results.get("opencme", (None, None, None))[1]
    for key in names:
        if not key.startswith("kamailio") or key not in results or results[key][1] is None:
            continue
        k = results[key][1]
        if oc is not None:
            eff = ((oc.successful / oc.server_cpu_seconds) / (k.successful / k.server_cpu_seconds)
                   if oc.server_cpu_seconds > 0 and k.server_cpu_seconds > 0 else float("nan"))
            log("ratio OpenCME / %s: %.2fx by rate (goal 1.25x: %s), %.2fx per server core"
                % (results[key][0], oc.rate / k.rate,
                   "met" if oc.rate / k.rate >= 1.25 else "NOT met", eff))
    if machine_bound:
        log("NOTE: server + SIPp + others used > 90%% of the %d CPUs at the best rate of %s: "
            "that figure is bounded by the machine, not only by the server"
            % (NCPU, ", ".join(machine_bound)))
    if unfinished:
        log("NOTE: the time budget ended before the search of %s finished: those rates are lower "
            "bounds (raise --budget)" % ", ".join(unfinished))
    if saturated:
        log("WARNING: SIPp used > 85%% of a core at the best rate of %s: the client may be the "
            "bottleneck there (rerun with --clients 2 to check)" % ", ".join(saturated))
    log("total time %.0f s" % (time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
