"""perf profile of OpenCME during one load step (--perf of the benches)."""

import os
import re
import shutil
import signal
import subprocess
import time

from .servers import log


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


def profile_opencme(server, rate, make_trial, workdir):
    """perf record (DWARF stacks) on OpenCME during one load step at `rate` (make_trial(server,
    rate) -> Trial); prints the top functions by self time and the heaviest OpenCME functions
    including what they call."""
    if not shutil.which("perf"):
        log("perf not installed: no profile")
        return
    data = os.path.join(workdir, "perf.data")
    perf = subprocess.Popen(["perf", "record", "-F", "999", "--call-graph", "dwarf,16384",
                             "-o", data, "-p", str(server.proc.pid)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        time.sleep(0.5)
        t = make_trial(server, rate).run(workdir)
        log("  profiled step (perf slows OpenCME down a little):" + t.line()[3:])
    finally:
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
