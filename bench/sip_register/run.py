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

The servers, the SIPp steps, the search, the table and the profile are in bench/sip_load (shared
with bench/sip_calls, the calls bench: INVITE/200/ACK/BYE through OpenCME and Kamailio's proxy).
`--mode calls` runs that bench (bench/sip_calls/run.py) with the options given here.

Run: /usr/bin/python3 bench/sip_register/run.py [--opencme build-bench/opencme] [--perf]
"""

import argparse
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from sip_load.report import Spec, print_report  # noqa: E402
from sip_load.servers import NCPU, loadavg, log  # noqa: E402
from sip_load.session import add_common_arguments, run_searches, server_names  # noqa: E402
from sip_load.trial import Trial, split_uacs  # noqa: E402

REGISTER_SCENARIO = os.path.join(HERE, "register_digest.xml")
CALLS_BENCH = os.path.join(os.path.dirname(HERE), "sip_calls", "run.py")


def spec(args):
    """Labels of the result table."""
    return Spec(
        title="REGISTER with digest (401 + 200 per registration), zero failures, retransmissions "
              "<= %.2f%% of registrations:" % args.max_retrans_pct,
        rate="reg/s", per_cpu="reg/CPU-s", goal=1.25, goal_text="1.25",
        legend="(reg/s: highest passing SIPp rate; 1st fail: lowest failing rate tried; srvCPU: "
               "cores the server used; drops: UDP datagrams dropped on full receive buffers; "
               "reg/CPU-s: registrations per second of server CPU time; sippCPU: per SIPp "
               "process; others: cores used by other processes during that step; load: 1-min "
               "loadavg)")


def register_mode(args):
    rows = ["u%d;[authentication username=u%d password=p%d]" % (n, n, n)
            for n in range(1, args.users + 1)]
    return REGISTER_SCENARIO, rows


MODES = {"register": register_mode}  # calls: bench/sip_calls/run.py


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mode", default="register", choices=["register", "calls"])
    ap.add_argument("--users", type=int, default=1000, help="pools / users (max-pool <= 1000)")
    add_common_arguments(ap, start_rate=1000, max_rate=64000, budget=250,
                         clients_help="SIPp instances sharing the rate")
    args = ap.parse_args()

    if args.mode == "calls":
        # bench/sip_calls takes the same options (with its own defaults for those not given)
        argv, rest = [], sys.argv[1:]
        while rest:
            a = rest.pop(0)
            if a == "--mode":
                rest.pop(0)
            elif not a.startswith("--mode="):
                argv.append(a)
        os.execv(sys.executable, [sys.executable, CALLS_BENCH] + argv)
    names = server_names(args)
    if names is None:
        return 2

    scenario, rows = MODES[args.mode](args)
    roles = split_uacs(scenario, rows, args.clients)

    def make_trial(server, rate, duration=args.duration):
        return Trial(server, rate, duration, roles, args.max_retrans_pct)

    def prepare(server, workdir):
        # warm-up: every user registers once (bindings exist, caches warm), not measured
        make_trial(server, min(args.start_rate, 500), max(args.users / 500.0, 1.0)).run(workdir)
        log("%s: SIP port %d, pids %s" % (server.name, server.port, server.pids()))

    started = time.monotonic()
    log("bench/sip_register: %d users, %d s steps, %d SIPp client(s), %d CPUs, load %.2f at start"
        % (args.users, args.duration, args.clients, NCPU, loadavg()))
    results, unfinished = run_searches(args, names, args.users, args.clients, False, prepare,
                                       make_trial, started + args.budget, "bench-sipreg-sipp-")
    print_report(spec(args), names, results, unfinished, args, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
