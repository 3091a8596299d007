#include "cli/fd_limit.hpp"

#include <sys/resource.h>

#include <catch2/catch.hpp>

TEST_CASE("fd limit: the soft limit is raised to the hard limit", "[cli][fd_limit]") {
  rlimit saved{};
  REQUIRE(getrlimit(RLIMIT_NOFILE, &saved) == 0);
  rlimit lowered = saved;
  lowered.rlim_cur = 256;
  REQUIRE(setrlimit(RLIMIT_NOFILE, &lowered) == 0);
  const auto raised = cme::cli::raise_fd_limit();
  rlimit now{};
  getrlimit(RLIMIT_NOFILE, &now);
  setrlimit(RLIMIT_NOFILE, &saved);
  REQUIRE(raised.ok());
  CHECK(raised->before == 256);
  CHECK(raised->after == now.rlim_cur);
  CHECK((now.rlim_cur == saved.rlim_max || saved.rlim_max == RLIM_INFINITY));
  CHECK(now.rlim_cur > 256);
}
