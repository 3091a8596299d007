#pragma once
// ManualTimerService: a runtime::TimerService driven by a ManualClock (STYLE.md §5). Nothing fires
// on its own: the test calls advance() or run_due(), which run the due callbacks synchronously, in
// deadline order (ties in scheduling order), each with the clock set to that timer's deadline.
// Keepalive, retransmission and expiry tests use it instead of sleeping.

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

#include "runtime/core/timer_service.hpp"
#include "tests/support/manual_clock.hpp"

namespace cme::test {

class ManualTimerService final : public runtime::TimerService {
 public:
  using SteadyTime = runtime::Clock::SteadyTime;

  /// Uses `clock` (not owned; it must outlive this service) for deadlines and moves it forward in
  /// advance().
  explicit ManualTimerService(ManualClock& clock) : clock_(clock) {}

  /// Records `callback` to run at clock.steady_now() + `delay` (milliseconds; negative counts as
  /// 0; saturates at the clock's maximum). Never runs it here, even for a zero delay; an empty
  /// callback fires as a no-op. Returns a new, non-zero handle.
  runtime::TimerHandle schedule(std::chrono::milliseconds delay, Callback callback) override;
  /// True if `handle` was pending (its callback will not run); false if it fired (or is firing),
  /// was cancelled before, is 0 or was never issued. Safe inside callbacks.
  bool cancel(runtime::TimerHandle handle) override;

  /// Moves the clock forward by `d` (negative counts as 0), firing every timer due by then: the
  /// earliest first (ties in scheduling order), with the clock set to its deadline (or left at
  /// "now" if that deadline already passed). Timers that callbacks schedule or cancel during the
  /// advance are honoured, so a callback's new timer fires within the same advance if it falls
  /// due in it (a callback that keeps rescheduling itself with delay 0 never lets it end). Ends
  /// with the clock at the starting time + `d`. Returns the number of callbacks run.
  std::size_t advance(std::chrono::milliseconds d);
  /// Fires the timers due at the current time (after the test moved the clock itself, or for
  /// zero delays): advance(0ms). Returns the number of callbacks run.
  std::size_t run_due();

  /// The number of timers scheduled and neither fired nor cancelled.
  std::size_t pending() const { return queue_.size(); }
  /// The earliest pending deadline, or nullopt when nothing is pending.
  std::optional<SteadyTime> next_deadline() const;

 private:
  using Key = std::pair<SteadyTime, runtime::TimerHandle>;

  /// Advances the clock (steady and wall time together) to steady time `t`; never backwards.
  void move_clock_to(SteadyTime t);

  ManualClock& clock_;
  runtime::TimerHandle next_handle_ = 1;
  std::map<Key, Callback> queue_;  ///< by deadline, then handle (= scheduling order)
  std::unordered_map<runtime::TimerHandle, SteadyTime> deadlines_;  ///< pending handles
};

}  // namespace cme::test
