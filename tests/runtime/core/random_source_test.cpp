// RandomSource::token, SeededRandom (tests/support) and SystemRandom.

#include "runtime/core/random_source.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "runtime/core/system_random.hpp"
#include "tests/support/seeded_random.hpp"

using cme::runtime::RandomSource;
using cme::runtime::SystemRandom;
using cme::test::SeededRandom;

namespace {

// Returns the given values in order, then fails the test.
class ScriptedRandom final : public RandomSource {
 public:
  explicit ScriptedRandom(std::vector<std::uint64_t> values) : values_(std::move(values)) {}
  std::uint64_t next() override {
    REQUIRE(draws_ < values_.size());
    return values_[draws_++];
  }
  std::size_t draws() const { return draws_; }

 private:
  std::vector<std::uint64_t> values_;
  std::size_t draws_ = 0;
};

constexpr std::uint64_t kSpan = 4738381338321616896ULL;  // 36^12

bool in_alphabet(const std::string& token) {
  for (const char c : token) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("random_source: token has the requested length and alphabet",
          "[runtime][random_source]") {
  SeededRandom seeded(7);
  SystemRandom system;
  for (const std::size_t length : {0, 1, 7, 12, 13, 24, 100}) {
    const std::string a = seeded.token(length);
    const std::string b = system.token(length);
    CHECK(a.size() == length);
    CHECK(b.size() == length);
    CHECK(in_alphabet(a));
    CHECK(in_alphabet(b));
  }
}

TEST_CASE("random_source: token digits come from accepted draws only", "[runtime][random_source]") {
  SECTION("draws at or above 3 * 36^12 are rejected") {
    ScriptedRandom source({UINT64_MAX, 3 * kSpan, 35});
    CHECK(source.token(1) == "z");
    CHECK(source.draws() == 3);
  }
  SECTION("one draw gives 12 characters, least significant digit first") {
    ScriptedRandom source({kSpan - 1, 3 * kSpan - 1, 36 + 10});
    CHECK(source.token(12) == "zzzzzzzzzzzz");
    CHECK(source.token(12) == "zzzzzzzzzzzz");  // (3 * 36^12 - 1) % 36^12 == 36^12 - 1
    CHECK(source.token(3) == "a10");
    CHECK(source.draws() == 3);
  }
  SECTION("a 13-character token needs a second draw") {
    ScriptedRandom source({0, 1});
    CHECK(source.token(13) == "0000000000001");
  }
}

TEST_CASE("random_source: token characters are evenly spread", "[runtime][random_source]") {
  SeededRandom source(42);
  const std::string token = source.token(36000);
  std::array<int, 36> counts{};
  for (const char c : token) {
    ++counts[c <= '9' ? c - '0' : c - 'a' + 10];
  }
  // 1000 expected each, standard deviation about 31: 5 deviations either way.
  for (std::size_t i = 0; i < counts.size(); ++i) {
    INFO("character index " << i);
    CHECK(counts[i] > 845);
    CHECK(counts[i] < 1155);
  }
}

TEST_CASE("seeded_random: repeats exactly for a seed", "[runtime][seeded_random]") {
  SECTION("SplitMix64 reference values for seed 0") {
    SeededRandom source;
    CHECK(source.next() == 0xe220a8397b1dcdafULL);
    CHECK(source.next() == 0x6e789e6aa1b965f4ULL);
    CHECK(source.next() == 0x06c45d188009454fULL);
  }
  SECTION("equal seeds give equal sequences and tokens") {
    SeededRandom a(1234);
    SeededRandom b(1234);
    for (int i = 0; i < 100; ++i) {
      CHECK(a.next() == b.next());
    }
    CHECK(a.token(32) == b.token(32));
  }
  SECTION("different seeds differ") {
    SeededRandom a(1);
    SeededRandom b(2);
    CHECK(a.next() != b.next());
    CHECK(a.token(16) != b.token(16));
  }
}

TEST_CASE("system_random: instances are seeded independently", "[runtime][system_random]") {
  SystemRandom a;
  SystemRandom b;
  // Equal by chance with probability 2^-64 and 36^-32.
  CHECK(a.next() != b.next());
  CHECK(a.token(32) != b.token(32));
}
