#pragma once
// SystemRandom: the production RandomSource. A std::mt19937_64 engine seeded once, at
// construction, from std::random_device (the kernel's entropy source on Linux). Good enough for
// the uniqueness that SIP needs from branch parameters, tags and Call-IDs (RFC 3261 §8.1.1.7,
// §19.3); it is not a cryptographic generator. Not thread-safe: use one instance per thread (the
// runtime uses it from the event-loop thread only).

#include <cstdint>
#include <random>

#include "runtime/core/random_source.hpp"

namespace cme::runtime {

class SystemRandom final : public RandomSource {
 public:
  /// Seeds the engine with 8 x 32 bits from std::random_device (through std::seed_seq). Throws
  /// std::exception if std::random_device is unavailable (an environment failure at startup).
  SystemRandom();

  /// The engine's next output: a uniformly distributed 64-bit value.
  std::uint64_t next() override;

 private:
  std::mt19937_64 engine_;
};

}  // namespace cme::runtime
