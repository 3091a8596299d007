#pragma once
// RandomSource: the injected source of randomness (STYLE.md §5): SIP branch parameters, tags and
// Call-IDs (RFC 3261 §8.1.1.7, §19.3), digest nonces. Tests use a seeded implementation so runs
// repeat exactly.

#include <cstdint>
#include <string>

namespace cme::runtime {

class RandomSource {
 public:
  virtual ~RandomSource() = default;
  /// A uniformly distributed 64-bit value.
  virtual std::uint64_t next() = 0;
  /// `length` characters from [0-9a-z], uniformly chosen: tags, branch suffixes, nonces.
  std::string token(std::size_t length);
};

}  // namespace cme::runtime
