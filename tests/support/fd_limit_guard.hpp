#pragma once
// FdLimitGuard: lowers this process's soft RLIMIT_NOFILE so that no new file descriptor can be
// opened (accept fails with EMFILE), and restores the old limit when it goes out of scope. For
// tests of what a listener does at the fd limit (issue 16 #2). Loopback only, no sleeping.

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>

namespace cme::test {

class FdLimitGuard {
 public:
  /// Sets the soft limit to the lowest free descriptor number: every open descriptor stays
  /// usable, and the next open/accept/socket fails with EMFILE.
  FdLimitGuard() {
    getrlimit(RLIMIT_NOFILE, &saved_);
    const int lowest_free = fcntl(0, F_DUPFD, 0);
    close(lowest_free);
    rlimit lowered = saved_;
    lowered.rlim_cur = static_cast<rlim_t>(lowest_free);
    setrlimit(RLIMIT_NOFILE, &lowered);
  }
  ~FdLimitGuard() { restore(); }
  FdLimitGuard(const FdLimitGuard&) = delete;
  FdLimitGuard& operator=(const FdLimitGuard&) = delete;

  /// Puts the saved limit back now.
  void restore() { setrlimit(RLIMIT_NOFILE, &saved_); }

 private:
  rlimit saved_{};
};

/// Schedules and cancels one steady_timer on `io`, before a FdLimitGuard. Under UBSan the first
/// call into the timer queue of a type is checked (-fsanitize=vptr) with a probe that opens a
/// pipe; at the fd limit that probe fails and reports a bad vptr that is not there. Once the
/// check is cached, the listener's backoff timer can be scheduled at the limit.
inline void warm_up_timers(boost::asio::io_context& io) {
  boost::asio::steady_timer timer(io);
  timer.expires_after(std::chrono::hours(1));
  timer.async_wait([](const boost::system::error_code&) {});
  timer.cancel();
  io.poll();
  io.restart();
}

}  // namespace cme::test
