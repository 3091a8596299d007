#!/usr/bin/env python3
"""Fault bench (issue 16): kill -9 at random moments during `write memory`.

Each trial runs `opencme --no-runtime --startup-config DIR/startup-config -f CFG -c "write memory"`
with CFG alternating between two large configurations A and B (so every write replaces the
other one), and sends SIGKILL after a random delay drawn over the measured length of an
uninterrupted run. After the kill the startup-config must be exactly the complete rendering of
A or of B (the old or the new file): anything else is a torn file. Prints the counts.

usage: bench/fault/write_memory.py --opencme build/opencme [--trials 1000] [--seed 1]
Loopback/local files only; bounded by --trials.
"""
import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time


def config(tag, dns):
    lines = [f"hostname R{tag}", "telephony-service", " max-ephones 100", " max-dn 1000"]
    for n in range(1, dns + 1):
        lines += [f"ephone-dn {n}", f" number {tag}{n:04d}", f" name dn {n} of {tag}"]
    return "\n".join(lines) + "\n"


def run(opencme, workdir, cfg, delay=None):
    args = [opencme, "--no-runtime", "--startup-config", os.path.join(workdir, "startup-config"),
            "-f", cfg, "-c", "write memory"]
    start = time.monotonic()
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if delay is None:
        p.wait(timeout=120)
        return time.monotonic() - start
    try:
        p.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=30)
    return time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--opencme", required=True)
    ap.add_argument("--trials", type=int, default=1000)
    ap.add_argument("--dns", type=int, default=600, help="ephone-dns per configuration")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as work:
        cfgs = []
        for tag in ("1", "2"):
            path = os.path.join(work, f"{tag}.cfg")
            with open(path, "w") as f:
                f.write(config(tag, a.dns))
            cfgs.append(path)
        # The two complete files, as write memory renders them.
        complete = []
        for cfg in cfgs:
            run(a.opencme, work, cfg)
            with open(os.path.join(work, "startup-config"), "rb") as f:
                complete.append(f.read())
        full = max(run(a.opencme, work, cfgs[i % 2]) for i in range(4))
        counts = {"old": 0, "new": 0, "torn": 0, "missing": 0}
        for trial in range(a.trials):
            new_index = trial % 2
            before = open(os.path.join(work, "startup-config"), "rb").read()
            run(a.opencme, work, cfgs[new_index], delay=rng.uniform(0, full * 1.1))
            try:
                after = open(os.path.join(work, "startup-config"), "rb").read()
            except FileNotFoundError:
                counts["missing"] += 1
                continue
            if after == complete[new_index]:
                counts["new"] += 1
            elif after == before:
                counts["old"] += 1
            else:
                counts["torn"] += 1
            leftovers = [n for n in os.listdir(work) if n.startswith("startup-config") and n != "startup-config"]
            for n in leftovers:
                os.unlink(os.path.join(work, n))
        print(f"write memory kill -9 trials: {a.trials} (file {len(complete[0])} bytes, "
              f"uninterrupted run {full * 1000:.0f} ms)")
        for k in ("old", "new", "torn", "missing"):
            print(f"  {k:8s} {counts[k]}")
        return 0 if counts["torn"] == 0 and counts["missing"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
