"""The rate search: per server, double the rate until a step fails, then bisect; the servers take
their steps in turn (interleaved), so that load from other processes falls on all alike."""

import time

from .servers import log


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


def interleaved_search(searches, args, make_trial, budget_end, workdir):
    """Round-robin: each round runs one step of every unfinished search, so that load from other
    processes on the machine falls on every server alike. make_trial(server, rate) -> Trial.
    A round starts only when the budget has time for all its steps (the mean time of the steps
    so far; duration + pause + 1 s before the first), so every server gets the same number of
    steps."""
    timed = []
    while True:
        pending = [(s, s.next_rate()) for s in searches]
        pending = [(s, rate) for s, rate in pending if rate is not None]
        if not pending:
            return
        step = sum(timed) / len(timed) if timed else args.duration + args.pause + 1
        if time.monotonic() + step * len(pending) > budget_end:
            return
        for s, rate in pending:
            t0 = time.monotonic()
            t = make_trial(s.server, rate).run(workdir)
            log("  %-20s%s" % (s.server.name, t.line()[3:]))
            s.record(t)
            time.sleep(args.pause)  # let the server drain what a failed step left queued
            timed.append(time.monotonic() - t0)
