#pragma once
// The process's file descriptor limit (issue 16 #2). systemd starts services with a soft
// RLIMIT_NOFILE of 1024, which a few hundred phones on TCP plus an attacker reach at once; the
// hard limit (systemd: 524288) is ours to take. The router raises the soft limit to the hard
// one at start-up, before it opens any listener.

#include <cstdint>
#include <string>

#include "common/result.hpp"

namespace cme::cli {

struct FdLimits {
  std::uint64_t before = 0;  ///< the soft limit found
  std::uint64_t after = 0;   ///< the soft limit now (the hard limit, or `before` on failure)
};

/// Raises the soft RLIMIT_NOFILE to the hard limit (getrlimit/setrlimit, POSIX). An unlimited
/// hard limit is capped at the kernel's nr_open (1048576 by default): setrlimit refuses more.
/// Error: the text of errno when the limits cannot be read or set.
Result<FdLimits, std::string> raise_fd_limit();

}  // namespace cme::cli
