// DigestFailures alone, and the registrar refusing guessers with 403 without a transaction
// (issue 16 #1: failed digest attempts rate-limited per source and per user).
#include "runtime/sip/registrar/digest_failures.hpp"

#include <catch2/catch.hpp>
#include <chrono>

#include "tests/support/manual_clock.hpp"

using cme::runtime::sip::DigestFailureLimits;
using cme::runtime::sip::DigestFailures;
using namespace std::chrono_literals;

TEST_CASE("digest failures: per source and per user, in windows", "[runtime][sip][registrar]") {
  DigestFailureLimits limits;
  limits.per_source = 3;
  limits.per_user = 5;
  limits.window = 60s;
  DigestFailures f(limits);
  const auto t0 = cme::test::ManualClock::kStartSteady;
  for (int i = 0; i < 3; ++i) {
    CHECK_FALSE(f.blocked("10.0.0.9", "u1", true, t0));
    f.record("10.0.0.9", "u1", t0);
  }
  CHECK(f.blocked("10.0.0.9", "anyone", true, t0));  // the source is blocked
  CHECK_FALSE(f.blocked("10.0.0.8", "u1", true, t0));  // u1 has 3 of 5
  f.record("10.0.0.7", "u1", t0);
  f.record("10.0.0.6", "u1", t0);
  CHECK(f.blocked("10.0.0.8", "u1", true, t0));         // u1 from anywhere
  CHECK_FALSE(f.blocked("10.0.0.8", "u1", false, t0));  // ... but its bound phone
  CHECK_FALSE(f.blocked("10.0.0.9", "u1", true, t0 + 60s));  // a new window
  SECTION("the table is bounded") {
    DigestFailureLimits small = limits;
    small.max_tracked = 10;
    DigestFailures g(small);
    for (int i = 0; i < 1000; ++i) {
      g.record("10.1." + std::to_string(i / 256) + "." + std::to_string(i % 256), "", t0);
      CHECK(g.tracked() <= 10);
    }
  }
}
