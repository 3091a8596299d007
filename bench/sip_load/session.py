"""What bench/sip_register and bench/sip_calls share around their searches: the common
command-line options, the checks before a run, and one run of the interleaved search over the
servers named by --servers (start, prepare, search, optional perf profile, stop)."""

import os
import re
import shutil
import tempfile

from .profile import profile_opencme
from .search import RateSearch, interleaved_search
from .servers import ROOT, Kamailio, OpenCME, free_udp_port, log


def add_common_arguments(ap, start_rate, max_rate, budget, clients_help):
    """The options both benches take; each bench adds its own (--users, --mode, --hold-ms)."""
    ap.add_argument("--opencme", default=os.path.join(ROOT, "build-bench", "opencme"))
    ap.add_argument("--servers", default="opencme,kamailio1,kamailio2",
                    help="comma list of opencme, kamailio1, kamailio2 (kamailioN: children=N)")
    ap.add_argument("--duration", type=float, default=3.0, help="seconds of load per step")
    ap.add_argument("--start-rate", type=float, default=start_rate)
    ap.add_argument("--max-rate", type=float, default=max_rate)
    ap.add_argument("--precision", type=float, default=0.06,
                    help="stop bisecting when fail/pass < 1 + this")
    ap.add_argument("--max-retrans-pct", type=float, default=0.1,
                    help="retransmissions allowed, %% of calls")
    ap.add_argument("--clients", type=int, default=1, help=clients_help)
    ap.add_argument("--pause", type=float, default=1.0, help="seconds between steps")
    ap.add_argument("--budget", type=float, default=budget, help="seconds for all the searches")
    ap.add_argument("--perf", action="store_true",
                    help="profile OpenCME with perf at its best rate (adds ~20 s)")


def server_names(args):
    """The --servers list after checking that SIPp, Kamailio and the OpenCME binary are there;
    None (after saying why) when something is missing. Makes args.opencme absolute."""
    for tool in ("sipp", "kamailio"):
        if not shutil.which(tool):
            log("%s not found: apt-get install -y sip-tester kamailio" % tool)
            return None
    args.opencme = os.path.abspath(args.opencme)
    names = [s.strip() for s in args.servers.split(",") if s.strip()]
    if "opencme" in names and not os.access(args.opencme, os.X_OK):
        log("no opencme binary at %s (build: ninja -C build-bench opencme)" % args.opencme)
        return None
    return names


def run_searches(args, names, users, ports, proxy, prepare, make_trial, budget_end, prefix):
    """Starts each server (`users` users, `ports` SIPp client ports each, Kamailio with the proxy
    part when `proxy`), calls prepare(server, workdir) (registration, warm-up), searches all of
    them interleaved until `budget_end` (time.monotonic()), profiles OpenCME with --perf, and
    stops them whatever happens. Returns (results, unfinished): key -> (server name, best Trial
    or None, lowest failing rate or None), and the names of the servers whose search the budget
    cut short."""
    workdir = tempfile.mkdtemp(prefix=prefix)
    results, servers, unfinished, searches = {}, [], [], []
    try:
        for key in names:
            if key == "opencme":
                server = OpenCME(users, args.opencme)
            elif re.fullmatch(r"kamailio\d+", key):
                server = Kamailio(users, int(key[8:]), proxy=proxy)
            else:
                raise SystemExit("unknown server %r" % key)
            servers.append(server)
            server.client_ports = [free_udp_port() for _ in range(ports)]
            server.start()
            prepare(server, workdir)
            searches.append(RateSearch(key, server, args))
        reserve = args.duration + 15 if args.perf and "opencme" in names else 0
        interleaved_search(searches, args, make_trial, budget_end - reserve, workdir)
        for s in searches:
            results[s.key] = (s.server.name, s.best, s.fail)
            if not s.done:
                unfinished.append(s.server.name)
        if args.perf and "opencme" in results and results["opencme"][1] is not None:
            oc_search = next(s for s in searches if s.key == "opencme")
            profile_opencme(oc_search.server, results["opencme"][1].rate, make_trial, workdir)
    finally:
        for s in servers:
            s.stop()
        if os.environ.get("BENCH_KEEP_TMP") is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return results, unfinished
