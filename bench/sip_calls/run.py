#!/usr/bin/python3
"""bench/sip_calls: SIPp basic calls through OpenCME and through Kamailio 5.6 (stateful proxy).

Goal (issue): OpenCME's call rate >= 1.0x Kamailio's proxy rate, at zero failures.

What it does, all on 127.0.0.1 and bounded in time (default budget 300 s, hard cap per SIPp run):
  1. starts OpenCME with N `voice register pool`s (users u1..uN, passwords p1..pN, dns
     3001..3000+N, `authenticate register`) and Kamailio (bench/sip_register/kamailio.cfg with
     -A WITH_PROXY: the same registrar, plus record_route + lookup("location") + t_relay) with
     children=1 and children=2;
  2. registers, per server and once, the callers u1..uN/2 from the caller SIPp's port and the
     callees uN/2+1..uN from the callee SIPp's port (digest REGISTER, Contact = that port);
  3. searches per server (interleaved, one step per server in turn) the highest call rate that
     passes. A step runs a callee SIPp UAS (call_uas.xml: 180, 200 + SDP, ACK, BYE -> 200) and a
     caller SIPp UAC at the rate (call_uac.xml: INVITE + SDP, 100/180/200, ACK, --hold-ms, BYE,
     200). Caller row i calls callee row i (OpenCME: From 3000+i to number 3000+N/2+i; Kamailio:
     From u<i> to u<N/2+i>, its users have no numbers), so two calls in progress never share a
     line (OpenCME answers 486 to a dn already in a call). INVITEs are not challenged on either
     side. A step passes when every call succeeds at both ends, none fails, retransmissions <=
     --max-retrans-pct of calls and SIPp created calls at >= 97% of the target rate;
  4. prints the table (calls/s, server CPU, SIPp CPU of caller and callee, others' CPU, load) and
     the ratio OpenCME / Kamailio by rate and per server core; --perf profiles OpenCME.

Processes it starts are stopped by their own ids (process groups it created) on every exit path.
The machinery is shared with bench/sip_register (bench/sip_load).

Run: /usr/bin/python3 bench/sip_calls/run.py [--opencme build-bench/opencme] [--perf]
"""

import argparse
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from sip_load.report import Spec, print_report  # noqa: E402
from sip_load.servers import NCPU, OpenCME, loadavg, log  # noqa: E402
from sip_load.session import add_common_arguments, run_searches, server_names  # noqa: E402
from sip_load.trial import Role, Trial  # noqa: E402

UAC_SCENARIO = os.path.join(HERE, "call_uac.xml")
UAS_SCENARIO = os.path.join(HERE, "call_uas.xml")
REGISTER_SCENARIO = os.path.join(os.path.dirname(HERE), "sip_register", "register_digest.xml")
REGISTER_RATE = 500  # registrations/s of the set-up


def spec(args):
    """Labels of the result table."""
    return Spec(
        title="Basic calls (INVITE, 100/180/200, ACK, hold %d ms, BYE, 200), zero failures, "
              "retransmissions <= %.2f%% of calls:" % (args.hold_ms, args.max_retrans_pct),
        rate="calls/s", per_cpu="calls/CPU-s", goal=1.0, goal_text="1.0", sipp_width=9,
        legend="(calls/s: highest passing SIPp call rate; 1st fail: lowest failing rate tried; "
               "rtd ms: INVITE to 200 at the caller; srvCPU: cores the server used; drops: UDP "
               "datagrams dropped on full receive buffers; calls/CPU-s: calls per second of "
               "server CPU time; sippCPU: caller+callee SIPp, cores per process; others: cores "
               "used by other processes during that step; load: 1-min loadavg)")


class Calls:
    """Users, injection rows and SIPp roles of the calls bench, for K caller/callee pairs of SIPp
    processes: pair i places the calls of rows i, i+K, ... from the server's client port i and
    answers them on client port K+i."""

    def __init__(self, args):
        self.pairs = args.users // 2
        self.k = args.clients
        self.hold_ms = args.hold_ms
        self.callers = list(range(1, self.pairs + 1))
        self.callees = list(range(self.pairs + 1, 2 * self.pairs + 1))

    @staticmethod
    def _reg_row(n):
        return "u%d;[authentication username=u%d password=p%d]" % (n, n, n)

    def register_roles(self, server, rate, calls):
        """Set-up: each caller port registers its callers, each callee port its callees."""
        roles = []
        for side, users in ((0, self.callers), (self.k, self.callees)):
            for i in range(self.k):
                rows = [self._reg_row(n) for n in users[i::self.k]]
                roles.append(Role("uac", REGISTER_SCENARIO, server.client_ports[side + i],
                                  len(rows), rows, rate / (2 * self.k)))
        return roles

    def call_rows(self, server):
        """caller;callee: dn numbers for OpenCME, user names for Kamailio's location lookup."""
        if isinstance(server, OpenCME):
            return ["%d;%d" % (3000 + a, 3000 + b) for a, b in zip(self.callers, self.callees)]
        return ["u%d;u%d" % (a, b) for a, b in zip(self.callers, self.callees)]

    def call_roles(self, server, rate, calls):
        rows = self.call_rows(server)
        roles = []
        for i in range(self.k):
            roles.append(Role("uas", UAS_SCENARIO, server.client_ports[self.k + i],
                              calls // self.k))
            roles.append(Role("uac", UAC_SCENARIO, server.client_ports[i], calls // self.k,
                              rows[i::self.k], rate / self.k, ["-d", str(self.hold_ms)]))
        return roles


def register_all(server, calls, args, workdir):
    """Registers every caller and callee once; raises when one of them was not registered."""
    t = Trial(server, REGISTER_RATE, 1.0, calls.register_roles, args.max_retrans_pct)
    t.run(workdir)
    if t.failed or t.successful != t.calls:
        raise RuntimeError("%s: registering the %d users failed:%s" % (server.name, t.calls,
                                                                       t.line()[3:]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--users", type=int, default=1000,
                    help="pools / users (max-pool <= 1000): half call the other half")
    ap.add_argument("--hold-ms", type=int, default=0, help="ms between ACK and BYE")
    add_common_arguments(ap, start_rate=500, max_rate=32000, budget=300,
                         clients_help="caller/callee SIPp pairs sharing the rate")
    args = ap.parse_args()

    names = server_names(args)
    if names is None:
        return 2
    if args.users < 2 * args.clients or args.users > 1000:
        log("--users must be within 2 x --clients .. 1000 (max-pool)")
        return 2

    calls = Calls(args)

    def make_trial(server, rate, duration=args.duration):
        return Trial(server, rate, duration, calls.call_roles, args.max_retrans_pct)

    def prepare(server, workdir):
        register_all(server, calls, args, workdir)
        # warm-up: a short step at a low rate (not measured; shows early what fails)
        w = make_trial(server, min(args.start_rate, 200), 1.0).run(workdir)
        log("%s: SIP port %d, pids %s, %d users registered; warm-up:%s"
            % (server.name, server.port, server.pids(), 2 * calls.pairs, w.line()[3:]))

    started = time.monotonic()
    log("bench/sip_calls: %d callers -> %d callees, hold %d ms, %d s steps, %d SIPp caller/callee "
        "pair(s), %d CPUs, load %.2f at start"
        % (calls.pairs, calls.pairs, args.hold_ms, args.duration, args.clients, NCPU, loadavg()))
    results, unfinished = run_searches(args, names, args.users, 2 * args.clients, True, prepare,
                                       make_trial, started + args.budget, "bench-sipcalls-sipp-")
    print_report(spec(args), names, results, unfinished, args, started)
    return 0

if __name__ == "__main__":
    sys.exit(main())
