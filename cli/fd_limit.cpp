#include "cli/fd_limit.hpp"

#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace cme::cli {

namespace {

/// Linux's default fs.nr_open: the most RLIMIT_NOFILE may be set to without reading /proc.
constexpr rlim_t kNrOpenDefault = 1048576;

}  // namespace

Result<FdLimits, std::string> raise_fd_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
    return Err{std::string("getrlimit: ") + std::strerror(errno)};
  }
  FdLimits out{limit.rlim_cur, limit.rlim_cur};
  const rlim_t target = limit.rlim_max == RLIM_INFINITY ? kNrOpenDefault : limit.rlim_max;
  if (limit.rlim_cur >= target) {
    return out;
  }
  limit.rlim_cur = target;
  if (setrlimit(RLIMIT_NOFILE, &limit) != 0) {
    return Err{std::string("setrlimit: ") + std::strerror(errno)};
  }
  out.after = target;
  return out;
}

}  // namespace cme::cli
