"""One SIPp load step against one server, its CPU figures and its pass/fail verdict.

A step runs SIPp processes ("roles"): UACs that place calls at a rate from the rows of an
injection file (REGISTER transactions in the register bench, INVITE dialogs in the calls bench)
and, in the calls bench, UASs that answer the calls the server sends on. UASs start first and are
told to finish (SIGUSR1: end the calls in progress, then exit) once every UAC has exited.
"""

import os
import re
import signal
import subprocess
import time

from .servers import CLK_TCK, loadavg, machine_busy_ticks, udp_port_bound, udp_rcvbuf_errors

STAT_FIELDS = ("CallRate(C)", "OutgoingCall(C)", "SuccessfulCall(C)", "FailedCall(C)",
               "Retransmissions(C)", "ResponseTime1(C)", "DeadCallMsgs(C)")
UAS_GRACE = 5.0   # seconds a UAS may take to end its calls after the last UAC exited


def parse_stat(path):
    with open(path) as f:
        rows = [line.rstrip("\n") for line in f if line.strip()]
    header = rows[0].split(";")
    last = rows[-1].split(";")
    out = {}
    for key in STAT_FIELDS:
        if key not in header:  # ResponseTime1: only with an rtd in the scenario (not a UAS)
            out[key] = 0.0
            continue
        value = last[header.index(key)]
        if key.startswith("ResponseTime"):
            h, m, s, us = value.split(":")
            out[key] = (int(h) * 3600 + int(m) * 60 + int(s)) * 1000.0 + int(us) / 1000.0
        elif key.startswith("CallRate"):
            out[key] = float(value)
        else:
            out[key] = int(value)
    return out


def first_error(dirs):
    """The first unexpected status line (or event) in the SIPp error logs of a step."""
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith("_errors.log"):
                continue
            with open(os.path.join(d, name), errors="replace") as f:
                text = f.read(200000)
            # the cause of a failed call, not a late answer to a finished ("dead") call
            m = re.search(r"Aborting call.{0,200}?received '(SIP/2\.0 [^\r\n]*)", text)
            if m:
                return m.group(1)
            # with -nd the call goes on waiting for what it expected (and then times out)
            m = re.search(r"Continuing call on unexpected message.{0,200}?received '([^\r\n']*)",
                          text)
            if m:
                return "unexpected " + m.group(1)
            for line in text.splitlines():
                m = re.search(r"\d+\.\d+: (.{0,100})", line)
                if m and "Dead call" not in line and "Maximum number of open" not in line:
                    return m.group(1)
    return None


class Role:
    """One SIPp process of a step. kind "uac": places `calls` calls at `rate`/s, taking the rows
    of its injection file in turn; kind "uas": answers the calls that reach its port."""

    def __init__(self, kind, scenario, port, calls, rows=None, rate=None, extra=()):
        self.kind, self.scenario, self.port, self.calls = kind, scenario, port, calls
        self.rows, self.rate, self.extra = rows, rate, list(extra)


def split_uacs(scenario, rows, clients, port_offset=0, extra=()):
    """Roles of K UACs sharing a step: client i takes the rows i, i+K, i+2K, ..., the rate / K
    and the calls / K, from the server's client port i (+ port_offset)."""

    def roles(server, rate, calls):
        return [Role("uac", scenario, server.client_ports[port_offset + i], calls // clients,
                     rows[i::clients], rate / clients, extra) for i in range(clients)]
    return roles


class Trial:
    """One SIPp load step against one server. `roles(server, rate, calls)` gives its SIPp
    processes; the calls of a step are rate x duration (at least 50)."""

    def __init__(self, server, rate, duration, roles, max_retrans_pct):
        self.server, self.rate, self.duration = server, rate, duration
        self.roles = roles(server, rate, max(int(rate * duration), 50))
        self.uacs = [r for r in self.roles if r.kind == "uac"]
        self.uass = [r for r in self.roles if r.kind == "uas"]
        self.calls = sum(r.calls for r in self.uacs)
        self.clients = len(self.uacs)
        self.max_retrans_pct = max_retrans_pct

    def _argv(self, role, d):
        argv = ["sipp", "127.0.0.1:%d" % self.server.port, "-sf", role.scenario]
        if role.rows is not None:
            csv = os.path.join(d, "users.csv")
            with open(csv, "w") as f:
                f.write("SEQUENTIAL\n" + "".join(r + "\n" for r in role.rows))
            argv += ["-inf", csv]
        if role.kind == "uac":
            argv += ["-m", str(role.calls), "-r", "%.3f" % role.rate, "-rp", "1000",
                     "-l", str(min(max(int(role.rate * 2), 100), 15000))]  # < ulimit -n
        else:
            argv += ["-l", "15000"]  # no -m: ended by SIGUSR1 once the UACs are done
        # hard cap of the run; a UAS lives from before the UACs start until after they are reaped
        cap = self.duration + (15 if role.kind == "uac" else 25 + UAS_GRACE + 5)
        argv += ["-i", "127.0.0.1", "-p", str(role.port), "-nostdin",
                 "-recv_timeout", "2000", "-timeout", "%ds" % int(cap),
                 "-timeout_error", "-trace_stat", "-stf", os.path.join(d, "stat.csv"),
                 "-fd", "1", "-buff_size", "4194304", "-trace_err"]
        if role.kind == "uac":
            argv.append("-nd")  # no default BYE into an overloaded server when a call is aborted
        return argv + role.extra

    def _start(self, role, d):
        os.makedirs(d, exist_ok=True)
        for name in os.listdir(d):
            os.unlink(os.path.join(d, name))
        out = open(os.path.join(d, "sipp.out"), "wb")
        p = subprocess.Popen(self._argv(role, d), cwd=d, stdin=subprocess.DEVNULL, stdout=out,
                             stderr=subprocess.STDOUT, start_new_session=True)
        return p, out

    @staticmethod
    def _reap(p, deadline, soft=False):
        """Waits for SIPp `p` until `deadline` (soft: SIGUSR1 first, ending its calls in
        progress), then kills its group. Returns (exit status, rusage)."""
        signalled = False
        while True:
            pid, st, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                p.returncode = os.waitstatus_to_exitcode(st)
                return p.returncode, usage
            if soft and not signalled:
                os.kill(p.pid, signal.SIGUSR1)
                signalled = True
            if time.monotonic() > deadline:
                os.killpg(p.pid, signal.SIGKILL)
                _, st, usage = os.wait4(p.pid, 0)
                p.returncode = -9
                return -9, usage
            time.sleep(0.02)

    def run(self, workdir):
        dirs = ["c%d" % i for i in range(len(self.uacs))] + ["s%d" % i
                                                             for i in range(len(self.uass))]
        self.dirs = [os.path.join(workdir, n) for n in dirs]
        t0 = time.monotonic()
        busy0 = machine_busy_ticks()
        srv0 = self.server.cpu_ticks()
        drops0 = udp_rcvbuf_errors()
        load = loadavg()
        uas_procs, uac_procs = [], []
        try:
            for role, d in zip(self.uass, self.dirs[len(self.uacs):]):
                uas_procs.append(self._start(role, d))
            ready = time.monotonic() + 3
            while self.uass and time.monotonic() < ready and not all(
                    udp_port_bound(r.port) for r in self.uass):
                time.sleep(0.02)
            for role, d in zip(self.uacs, self.dirs):
                uac_procs.append(self._start(role, d))
            ticks = {"uac": 0.0, "uas": 0.0}
            statuses = []
            deadline = t0 + self.duration + 25
            for (p, out), role in zip(uac_procs, self.uacs):
                status, ru = self._reap(p, deadline)
                ticks["uac"] += (ru.ru_utime + ru.ru_stime) * CLK_TCK
                statuses.append(status)
            wall = time.monotonic() - t0
            srv = (self.server.cpu_ticks() - srv0) / CLK_TCK
            busy = (machine_busy_ticks() - busy0) / CLK_TCK
            grace = time.monotonic() + UAS_GRACE
            for (p, out), role in zip(uas_procs, self.uass):
                status, ru = self._reap(p, grace, soft=True)
                ticks["uas"] += (ru.ru_utime + ru.ru_stime) * CLK_TCK
                statuses.append(status)
        finally:
            for p, out in uac_procs + uas_procs:
                if p.poll() is None:
                    os.killpg(p.pid, signal.SIGKILL)
                    p.wait()
                out.close()
        stats = []
        for d in self.dirs:
            try:
                stats.append(parse_stat(os.path.join(d, "stat.csv")))
            except (OSError, ValueError, IndexError):
                stats.append(None)
        self._figures(wall, srv, busy, ticks, drops0, load, statuses, stats)
        return self

    def _figures(self, wall, srv, busy, ticks, drops0, load, statuses, stats):
        n_uac = len(self.uacs)
        self.wall = wall
        self.server_cpu = srv / wall                      # cores
        self.server_cpu_seconds = srv
        self.drops = udp_rcvbuf_errors() - drops0
        # cores per SIPp process, by kind (the register bench has UACs only)
        self.sipp_cpu_by_kind = {"uac": ticks["uac"] / CLK_TCK / wall / max(n_uac, 1)}
        if self.uass:
            self.sipp_cpu_by_kind["uas"] = ticks["uas"] / CLK_TCK / wall / len(self.uass)
        self.sipp_cpu = self.sipp_cpu_by_kind["uac"]
        self.sipp_cpu_total = (ticks["uac"] + ticks["uas"]) / CLK_TCK / wall
        self.others_cpu = max(0.0, (busy - srv) / wall - self.sipp_cpu_total)
        self.load = load
        self.statuses = statuses
        uac_stats = [s for s in stats[:n_uac] if s]
        uas_stats = [s for s in stats[n_uac:] if s]
        all_stats = uac_stats + uas_stats
        self.successful = sum(s["SuccessfulCall(C)"] for s in uac_stats)
        self.answered = sum(s["SuccessfulCall(C)"] for s in uas_stats)
        self.failed = sum(s["FailedCall(C)"] for s in all_stats)
        self.retrans = sum(s["Retransmissions(C)"] for s in all_stats)
        self.created_rate = sum(s["CallRate(C)"] for s in uac_stats)
        self.rtt_ms = (sum(s["ResponseTime1(C)"] for s in uac_stats) / len(uac_stats)
                       if uac_stats else float("nan"))
        self.achieved = self.successful / max(wall, 1e-9)
        reasons = []
        if len(all_stats) != len(self.roles):
            reasons.append("no SIPp statistics")
        if self.failed:
            reasons.append("%d failed" % self.failed)
        if self.successful != self.calls:
            reasons.append("%d/%d successful" % (self.successful, self.calls))
        if self.uass and self.answered < self.calls:
            reasons.append("callee completed %d/%d" % (self.answered, self.calls))
        if self.retrans > self.calls * self.max_retrans_pct / 100.0:
            reasons.append("%d retransmissions" % self.retrans)
        if self.created_rate < 0.97 * self.rate:
            reasons.append("SIPp created only %.0f/s" % self.created_rate)
        if any(st != 0 for st in statuses) and not reasons:
            reasons.append("SIPp exit status %s" % statuses)
        if not self.server.alive():
            reasons.append("server died")
        if reasons:
            first = first_error(self.dirs)
            if first:
                reasons.append("first error: " + first)
        self.reasons = reasons
        self.passed = not reasons

    def sipp_text(self):
        """SIPp CPU per process: "0.41" (UACs only) or "0.41+0.38" (UAC + UAS)."""
        if "uas" in self.sipp_cpu_by_kind:
            return "%.2f+%.2f" % (self.sipp_cpu_by_kind["uac"], self.sipp_cpu_by_kind["uas"])
        return "%.2f" % self.sipp_cpu

    def line(self):
        verdict = "pass" if self.passed else "FAIL (" + ", ".join(self.reasons) + ")"
        return ("    r=%-6.0f ok=%-6d failed=%-5d retrans=%-6d drops=%-6d created=%6.0f/s "
                "rtd=%5.1fms srvCPU=%.2f sippCPU=%s others=%.2f load=%.2f  %s"
                % (self.rate, self.successful, self.failed, self.retrans, self.drops,
                   self.created_rate, self.rtt_ms, self.server_cpu, self.sipp_text(),
                   self.others_cpu, self.load, verdict))
