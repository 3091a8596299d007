#pragma once
// TimerService: one-shot timers on the runtime's event loop (STYLE.md §5). Keepalive, SIP
// retransmission (RFC 3261 §17 timers A-K), expiry and the vty exec-timeout all schedule through
// it, so tests drive them with a manual timer service (tests/support/manual_timer_service.hpp)
// that fires due timers when the test advances time.

#include <chrono>
#include <cstdint>
#include <functional>

namespace cme::runtime {

/// Identifies a scheduled timer. 0 is never a valid handle (use it for "no timer").
using TimerHandle = std::uint64_t;

class TimerService {
 public:
  using Callback = std::function<void()>;

  virtual ~TimerService() = default;
  /// Runs `callback` once, on the event loop, `delay` (milliseconds; negative counts as 0) from
  /// now. Timers due at the same instant fire in the order they were scheduled. Never runs the
  /// callback from inside schedule(). Returns a handle for cancel(), never 0.
  virtual TimerHandle schedule(std::chrono::milliseconds delay, Callback callback) = 0;
  /// Cancels a pending timer: its callback will not run. Returns false when `handle` already
  /// fired, was cancelled before, or is 0. Safe to call from inside any timer callback.
  virtual bool cancel(TimerHandle handle) = 0;
};

}  // namespace cme::runtime
