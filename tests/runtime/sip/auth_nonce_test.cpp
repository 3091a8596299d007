// NonceService: stateless nonces (MAC, realm binding, expiry) and nc replay tracking.

#include <catch2/catch.hpp>
#include <chrono>
#include <set>
#include <string>

#include "runtime/sip/auth/nonce_service.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/seeded_random.hpp"

using cme::runtime::sip::nonce_issue_ms;
using cme::runtime::sip::NonceOptions;
using cme::runtime::sip::NonceService;
using cme::runtime::sip::NonceStatus;
using cme::test::ManualClock;
using cme::test::SeededRandom;
using namespace std::chrono_literals;

TEST_CASE("nonce service: issued nonces verify for their realm only", "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(1);
  NonceService nonces(clock, random);
  const std::string nonce = nonces.issue("opencme");

  CHECK(nonce.size() == 64);
  CHECK(nonce.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(nonces.check(nonce, "opencme") == NonceStatus::Valid);
  CHECK(nonces.check(nonce, "other") == NonceStatus::Invalid);
  CHECK(nonce_issue_ms(nonce) == 24 * 3600 * 1000ULL);  // ManualClock starts one day in

  SECTION("a changed character anywhere makes it invalid") {
    for (std::size_t i = 0; i < nonce.size(); i += 7) {
      std::string bad = nonce;
      bad[i] = bad[i] == '0' ? '1' : '0';
      CHECK(nonces.check(bad, "opencme") == NonceStatus::Invalid);
    }
  }
  SECTION("garbage is invalid, never an error") {
    CHECK(nonces.check("", "opencme") == NonceStatus::Invalid);
    CHECK(nonces.check("dcd98b7102dd2f0e8b11d0f600bfb0c093", "opencme") == NonceStatus::Invalid);
    CHECK(nonces.check(std::string(64, 'z'), "opencme") == NonceStatus::Invalid);
    CHECK(nonces.check(std::string(64, 'F'), "opencme") == NonceStatus::Invalid);
  }
  SECTION("another process (another secret) does not accept it") {
    SeededRandom other_random(2);
    NonceService other(clock, other_random);
    CHECK(other.check(nonce, "opencme") == NonceStatus::Invalid);
  }
}

TEST_CASE("nonce service: nonces become stale after the lifetime", "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(1);
  NonceService nonces(clock, random, NonceOptions{300s, 16});
  const std::string nonce = nonces.issue("opencme");

  clock.advance(299s);
  CHECK(nonces.check(nonce, "opencme") == NonceStatus::Valid);
  clock.advance(1s);
  CHECK(nonces.check(nonce, "opencme") == NonceStatus::Stale);
  CHECK(nonces.check(nonce, "other") == NonceStatus::Invalid);
  CHECK(nonces.check(nonces.issue("opencme"), "opencme") == NonceStatus::Valid);
}

TEST_CASE("nonce service: nonces issued in the same millisecond differ", "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(3);
  NonceService nonces(clock, random);
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    seen.insert(nonces.issue("opencme"));
  }
  CHECK(seen.size() == 100);
  CHECK(nonces.dummy_password().size() == 16);
}

TEST_CASE("nonce service: nc must increase per nonce", "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(1);
  NonceService nonces(clock, random);
  const std::string a = nonces.issue("r");
  const std::string b = nonces.issue("r");

  CHECK(nonces.accept_nc(a, 1));
  CHECK_FALSE(nonces.accept_nc(a, 1));  // replay
  CHECK(nonces.accept_nc(a, 2));
  CHECK(nonces.accept_nc(a, 5));  // gaps are fine (other requests may have been lost)
  CHECK_FALSE(nonces.accept_nc(a, 4));
  CHECK(nonces.accept_nc(b, 1));  // independent per nonce
  CHECK(nonces.tracked() == 2);
  CHECK_FALSE(nonces.accept_nc("not a nonce", 1));
}

TEST_CASE("nonce service: the nc table is bounded and never forgets a replay",
          "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(1);
  NonceService nonces(clock, random, NonceOptions{300s, 3});
  std::vector<std::string> issued;
  for (int i = 0; i < 5; ++i) {
    issued.push_back(nonces.issue("r"));
    clock.advance(1ms);
  }
  for (const auto& n : issued) {
    REQUIRE(nonces.check(n, "r") == NonceStatus::Valid);
    REQUIRE(nonces.accept_nc(n, 1));
  }
  CHECK(nonces.tracked() == 3);
  // The two earliest were dropped: they must not be accepted again with any nc, and they now
  // check as Stale, so the phone is re-challenged instead of being able to replay.
  CHECK(nonces.check(issued[0], "r") == NonceStatus::Stale);
  CHECK(nonces.check(issued[1], "r") == NonceStatus::Stale);
  CHECK_FALSE(nonces.accept_nc(issued[0], 1));
  CHECK(nonces.check(issued[4], "r") == NonceStatus::Valid);
  CHECK_FALSE(nonces.accept_nc(issued[4], 1));
  CHECK(nonces.accept_nc(issued[4], 2));
  // A nonce issued after the floor is fresh.
  const std::string later = nonces.issue("r");
  CHECK(nonces.check(later, "r") == NonceStatus::Valid);
  CHECK(nonces.accept_nc(later, 1));
  CHECK(nonces.tracked() == 3);
}

TEST_CASE("nonce service: used out of issue order, a dropped nonce still cannot be replayed",
          "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(1);
  NonceService nonces(clock, random, NonceOptions{300s, 2});
  const std::string a = nonces.issue("r");
  clock.advance(1ms);
  const std::string b = nonces.issue("r");
  clock.advance(1ms);
  const std::string c = nonces.issue("r");
  REQUIRE(nonces.accept_nc(c, 1));  // first used first, though issued last
  REQUIRE(nonces.accept_nc(a, 1));
  REQUIRE(nonces.accept_nc(b, 1));  // full: c, used first, is dropped; the floor is c's issue
  CHECK(nonces.tracked() == 2);
  CHECK(nonces.check(c, "r") == NonceStatus::Stale);
  CHECK_FALSE(nonces.accept_nc(c, 2));
  // a and b are still tracked: their replays are refused, their next nc accepted.
  CHECK(nonces.check(a, "r") == NonceStatus::Valid);
  CHECK_FALSE(nonces.accept_nc(a, 1));
  CHECK_FALSE(nonces.accept_nc(b, 1));
  CHECK(nonces.accept_nc(b, 2));
}

TEST_CASE("nonce service: expired entries leave the nc table", "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(1);
  NonceService nonces(clock, random, NonceOptions{10s, 100});
  REQUIRE(nonces.accept_nc(nonces.issue("r"), 1));
  REQUIRE(nonces.accept_nc(nonces.issue("r"), 1));
  clock.advance(10s);
  const std::string fresh = nonces.issue("r");
  REQUIRE(nonces.accept_nc(fresh, 1));
  CHECK(nonces.tracked() == 1);
  CHECK(nonces.check(fresh, "r") == NonceStatus::Valid);
}
