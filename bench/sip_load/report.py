"""The result table of a bench, the OpenCME / Kamailio ratio lines and the notes on the figures."""

import time

from .servers import NCPU, log


class Spec:
    """What a bench counts and what it aims at.

    title: the line above the table; rate: column label of the rate ("reg/s"); per_cpu: label of
    the rate per second of server CPU time; sipp_width: width of the SIPp CPU column; legend:
    the explanation under the table; goal: OpenCME / Kamailio rate asked by the issue (goal_text
    as printed: "1.25", "1.0")."""

    def __init__(self, title, rate, per_cpu, legend, goal, goal_text, sipp_width=7):
        self.title, self.rate, self.per_cpu, self.legend = title, rate, per_cpu, legend
        self.goal, self.goal_text, self.sipp_width = goal, goal_text, sipp_width


def print_report(spec, names, results, unfinished, args, started):
    """results: key -> (server name, best passing Trial or None, lowest failing rate or None)."""
    w_rate = max(7, len(spec.rate))
    w_cpu = max(9, len(spec.per_cpu))
    w_sipp = max(7, spec.sipp_width)
    log("")
    log(spec.title)
    head = ("%-20s %*s %8s %6s %7s %6s %6s %6s %*s %*s %6s %5s"
            % ("server", w_rate, spec.rate, "1st fail", "failed", "retrans", "drops", "rtd ms",
               "srvCPU", w_cpu, spec.per_cpu, w_sipp, "sippCPU", "others", "load"))
    log(head)
    log("-" * len(head))
    saturated = []
    machine_bound = []
    for key in names:
        if key not in results:
            continue
        name, best, fail = results[key]
        if best is None:
            log("%-20s %*s %8s" % (name, w_rate, "none", "%.0f" % fail if fail else "-"))
            continue
        per_cpu = (best.successful / best.server_cpu_seconds if best.server_cpu_seconds > 0
                   else float("nan"))
        log("%-20s %*.0f %8s %6d %7d %6d %6.1f %6.2f %*.0f %*s %6.2f %5.2f"
            % (name, w_rate, best.rate, "%.0f" % fail if fail else "-", best.failed,
               best.retrans, best.drops, best.rtt_ms, best.server_cpu, w_cpu, per_cpu, w_sipp,
               best.sipp_text(), best.others_cpu, best.load))
        # the client is the bottleneck when a SIPp used (nearly) a full core at the best rate
        if max(best.sipp_cpu_by_kind.values()) > 0.85:
            saturated.append(name)
        if best.server_cpu + best.sipp_cpu_total + best.others_cpu > 0.9 * NCPU:
            machine_bound.append(name)
    log(spec.legend)
    oc = results.get("opencme", (None, None, None))[1]
    for key in names:
        if not key.startswith("kamailio") or key not in results or results[key][1] is None:
            continue
        k = results[key][1]
        if oc is not None:
            eff = ((oc.successful / oc.server_cpu_seconds) / (k.successful / k.server_cpu_seconds)
                   if oc.server_cpu_seconds > 0 and k.server_cpu_seconds > 0 else float("nan"))
            log("ratio OpenCME / %s: %.2fx by rate (goal %sx: %s), %.2fx per server core"
                % (results[key][0], oc.rate / k.rate, spec.goal_text,
                   "met" if oc.rate / k.rate >= spec.goal else "NOT met", eff))
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
