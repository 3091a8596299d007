#pragma once
// AsioTimerService: the production TimerService (STYLE.md §5). The timers live in one min-heap
// ordered by (deadline, scheduling order); a single boost::asio::steady_timer on the given
// io_context waits for the earliest deadline, so callbacks run on the thread(s) running that
// io_context, never inside schedule(). Deadlines use std::chrono::steady_clock, the clock behind
// runtime::SystemClock::steady_now().
//
// Cost: schedule() and cancel() are O(log n) and O(1) with no Asio call unless the new timer is
// earlier than every other one. A SIP server keeps a timer per transaction (Timer J holds a
// REGISTER's transaction 32 s), so a steady_timer per timer (a reactor registration and a
// cancellation under the reactor's lock each) was a visible share of the REGISTER cost. A
// cancelled timer leaves its heap slot until it comes to the top or the heap is rebuilt (when
// more than half the slots are cancelled ones).
//
// Ordering and cancellation: whenever the wait completes, the service fires every timer that is
// due at that moment and was scheduled before it started firing, in (deadline, scheduling
// order): timers due at the same instant fire in the order they were scheduled, and a timer
// cancelled by an earlier callback never fires.
//
// Threading: not thread-safe. Call schedule()/cancel() and destroy the service on the thread that
// runs the io_context (or while it is not running). The io_context must outlive the service.
// An exception thrown by a callback propagates out of io_context::run(); the wait for the
// timers still pending is armed first, so they fire when run() is called again.
//
// Asio stays out of this header (pimpl) because protocol code includes it indirectly.

#include <chrono>
#include <cstddef>
#include <memory>

#include "runtime/core/timer_service.hpp"

namespace boost::asio {
class io_context;
}  // namespace boost::asio

namespace cme::runtime {

class AsioTimerService final : public TimerService {
 public:
  /// Schedules timers on `io` (not owned; it must outlive this service).
  explicit AsioTimerService(boost::asio::io_context& io);
  /// Cancels every pending timer without running its callback. Completions that Asio already
  /// queued become no-ops. May be called from inside a timer callback.
  ~AsioTimerService() override;

  AsioTimerService(const AsioTimerService&) = delete;
  AsioTimerService& operator=(const AsioTimerService&) = delete;

  /// See TimerService::schedule: `delay` in milliseconds from steady_clock::now(), negative
  /// counts as 0, a delay past the clock's range never fires; an empty `callback` fires as a
  /// no-op. Returns a new, non-zero handle.
  TimerHandle schedule(std::chrono::milliseconds delay, Callback callback) override;
  /// See TimerService::cancel: true if `handle` was pending (its callback will not run), false
  /// if it fired (or is firing), was cancelled before, is 0 or was never issued.
  bool cancel(TimerHandle handle) override;

  /// The number of timers scheduled and neither fired nor cancelled.
  std::size_t pending() const;

 private:
  class Impl;
  // Shared with the Asio completion handlers (through weak_ptr), which must see whether the
  // service still exists when they run.
  std::shared_ptr<Impl> impl_;
};

}  // namespace cme::runtime
