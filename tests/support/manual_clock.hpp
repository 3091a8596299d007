#pragma once
// ManualClock: a runtime::Clock that only moves when a test moves it (STYLE.md §5). Both clocks
// start at fixed values, so runs repeat exactly:
// - wall time at 2026-11-22 07:16:02.715 UTC (kStartWall);
// - steady time one day after the steady_clock epoch (kStartSteady), so a test can subtract
//   durations from "now" without going below the epoch.
// advance() moves both clocks together; set_steady()/set_system() move one of them (wall time may
// jump either way, steady time never goes back).

#include <chrono>

#include "runtime/core/clock.hpp"

namespace cme::test {

class ManualClock final : public runtime::Clock {
 public:
  /// 2026-11-22 07:16:02.715 UTC.
  static constexpr WallTime kStartWall =
      std::chrono::sys_days{std::chrono::year{2026} / std::chrono::November / 22} +
      std::chrono::hours{7} + std::chrono::minutes{16} + std::chrono::seconds{2} +
      std::chrono::milliseconds{715};
  /// The steady_clock epoch plus one day.
  static constexpr SteadyTime kStartSteady = SteadyTime{std::chrono::hours{24}};

  /// The current steady time: kStartSteady plus everything advanced so far.
  SteadyTime steady_now() const override { return steady_; }
  /// The current wall time: kStartWall, moved by advance() and set_system().
  WallTime system_now() const override { return system_; }

  /// Moves steady and wall time forward by `d` (any std::chrono duration converts; a negative
  /// `d` counts as 0; each clock stops at its maximum). Fires nothing:
  /// ManualTimerService::advance() fires timers.
  void advance(std::chrono::nanoseconds d) {
    if (d <= std::chrono::nanoseconds::zero()) {
      return;
    }
    steady_ = d < SteadyTime::max() - steady_ ? steady_ + d : SteadyTime::max();
    system_ = d < WallTime::max() - system_ ? system_ + d : WallTime::max();
  }

  /// Sets steady time to `t`; an earlier `t` is ignored (steady time never goes back). Wall time
  /// does not move.
  void set_steady(SteadyTime t) {
    if (t > steady_) {
      steady_ = t;
    }
  }

  /// Sets wall time to `t`, earlier or later (as an NTP step or `clock set` would). Steady time
  /// does not move.
  void set_system(WallTime t) { system_ = t; }

 private:
  SteadyTime steady_ = kStartSteady;
  WallTime system_ = kStartWall;
};

}  // namespace cme::test
