#include "runtime/core/random_source.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace cme::runtime {
namespace {

constexpr std::string_view kAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr std::uint64_t kBase = 36;

constexpr std::uint64_t power(std::uint64_t base, std::size_t exponent) {
  std::uint64_t result = 1;
  for (std::size_t i = 0; i < exponent; ++i) {
    result *= base;
  }
  return result;
}

// One accepted draw yields kDigitsPerDraw base-36 digits: 36^12 is the largest power of 36 that
// fits in 64 bits.
constexpr std::size_t kDigitsPerDraw = 12;
constexpr std::uint64_t kSpan = power(kBase, kDigitsPerDraw);
// The largest multiple of kSpan that fits in 64 bits (3 * 36^12). A draw at or above it is
// rejected, so `draw % kSpan` is uniform over [0, 36^12): no modulo bias. About 23% of draws are
// rejected, so a 12-character token costs 1.3 draws on average.
constexpr std::uint64_t kAcceptBelow = (UINT64_MAX / kSpan) * kSpan;

static_assert(kAlphabet.size() == kBase);
static_assert(kSpan > UINT64_MAX / kBase, "36^13 must not fit in 64 bits");
static_assert(kAcceptBelow == 3 * kSpan);

}  // namespace

std::string RandomSource::token(std::size_t length) {
  std::string out;
  out.reserve(length);
  while (out.size() < length) {
    std::uint64_t draw = next();
    if (draw >= kAcceptBelow) {
      continue;
    }
    draw %= kSpan;
    // The 12 base-36 digits of a uniform value in [0, 36^12) are independent and uniform.
    for (std::size_t i = 0; i < kDigitsPerDraw && out.size() < length; ++i) {
      out.push_back(kAlphabet[draw % kBase]);
      draw /= kBase;
    }
  }
  return out;
}

}  // namespace cme::runtime
