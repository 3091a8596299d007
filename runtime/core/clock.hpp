#pragma once
// Clock: the injected source of time for every protocol core and timer (STYLE.md §5). Nothing in
// runtime/, modes/ or cli/ reads std::chrono clocks directly; tests use a manual clock
// (tests/support/manual_clock.hpp) and advance it instead of sleeping.

#include <chrono>

namespace cme::runtime {

class Clock {
 public:
  using SteadyTime = std::chrono::steady_clock::time_point;
  using WallTime = std::chrono::system_clock::time_point;

  virtual ~Clock() = default;
  /// Monotonic time: durations, deadlines, idle times. Never goes back.
  virtual SteadyTime steady_now() const = 0;
  /// Wall-clock time (UTC): log timestamps, `show clock`, Date headers. May jump.
  virtual WallTime system_now() const = 0;
};

/// The process's real clocks (std::chrono::steady_clock and system_clock).
class SystemClock final : public Clock {
 public:
  SteadyTime steady_now() const override { return std::chrono::steady_clock::now(); }
  WallTime system_now() const override { return std::chrono::system_clock::now(); }
};

}  // namespace cme::runtime
