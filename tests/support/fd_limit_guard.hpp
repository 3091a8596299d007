#pragma once
// FdLimitGuard: lowers this process's soft RLIMIT_NOFILE so that no new file descriptor can be
// opened (accept fails with EMFILE), and restores the old limit when it goes out of scope. For
// tests of what a listener does at the fd limit (issue 16 #2). Loopback only, no sleeping.

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

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

}  // namespace cme::test
