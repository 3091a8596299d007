#pragma once
// AcceptBackoff: what an accept loop does after a failed accept (issue 16 #2). Re-arming
// async_accept at once after EMFILE/ENFILE spins at 100 % CPU: the pending connection stays in
// the backlog, so the listener is readable again at once and the next accept fails the same way.
// After an error the loop waits instead: 50 ms, doubling after each further error up to 1 s,
// and back to 50 ms after an accept succeeds. Other errors (ECONNABORTED, a peer that reset
// before accept) wait the same way: a failing listener never spins, whatever the cause.
//
// Asio-bound (a steady_timer on the listener's io_context); used by AsioTransport's SIP TCP
// listener and the telnet vty server.

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/system/error_code.hpp>
#include <chrono>
#include <cstddef>
#include <functional>

namespace cme::runtime::net {

class AcceptBackoff {
 public:
  static constexpr std::chrono::milliseconds kFirstDelay{50};
  static constexpr std::chrono::milliseconds kMaxDelay{1000};

  explicit AcceptBackoff(boost::asio::io_context& io) : timer_(io) {}

  /// Call after each accept. `ec` is its result; `rearm` starts the next async_accept. On
  /// success, calls `rearm` now; on an error, counts it and calls `rearm` after the delay
  /// (never, once cancel() ran). operation_aborted (the listener closed) calls nothing.
  void next(const boost::system::error_code& ec, std::function<void()> rearm);
  /// Stops a pending delayed re-arm (the listener is closing).
  void cancel();

  /// Accepts that failed so far (EMFILE and the others), for counters and tests.
  std::size_t errors() const { return errors_; }
  /// True while a delayed re-arm is pending.
  bool waiting() const { return waiting_; }
  /// The wait that the next error will cause.
  std::chrono::milliseconds delay() const { return delay_; }

 private:
  boost::asio::steady_timer timer_;
  std::chrono::milliseconds delay_ = kFirstDelay;
  std::size_t errors_ = 0;
  bool waiting_ = false;
};

}  // namespace cme::runtime::net
