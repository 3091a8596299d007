#pragma once
// TransactionTimer: one named RFC 3261 §17 timer of a transaction (A, B, D, E, ...), a one-shot
// slot on the injected TimerService. Starting it again replaces the pending timer; destroying it
// cancels it, so a transaction never gets a callback after it is gone.
//
// The callback runs only while `owner` (the transaction's shared_ptr) is alive, and holds a
// strong reference for the duration of the callback: a transaction that terminates inside a
// timer callback may be dropped by its layer without being destroyed under its own feet.

#include <chrono>
#include <functional>
#include <memory>

#include "runtime/core/timer_service.hpp"

namespace cme::runtime::sip {

class TransactionTimer {
 public:
  /// `service` is not owned and must outlive the timer.
  explicit TransactionTimer(TimerService& service) : service_(&service) {}
  ~TransactionTimer() { stop(); }
  TransactionTimer(const TransactionTimer&) = delete;
  TransactionTimer& operator=(const TransactionTimer&) = delete;

  /// (Re)starts the timer: `fire` runs once after `delay` (milliseconds; 0 fires on the next
  /// turn of the event loop, never inside start()) unless stop() or start() comes first.
  void start(std::chrono::milliseconds delay, std::weak_ptr<void> owner,
             std::function<void()> fire);
  /// Cancels the pending timer, if any.
  void stop();
  /// True while scheduled and not yet fired or stopped.
  bool running() const { return handle_ != 0; }

 private:
  TimerService* service_;
  TimerHandle handle_ = 0;
};

}  // namespace cme::runtime::sip
