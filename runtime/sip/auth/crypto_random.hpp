#pragma once
// CryptoRandom: a RandomSource backed by OpenSSL's CSPRNG (RAND_bytes). SystemRandom (a seeded
// mt19937_64) is fine for branch parameters and tags but is not cryptographic: its state can be
// recovered from enough outputs. Give the digest NonceService this source, so that the secret
// behind every nonce cannot be derived from the tags and Call-IDs the router sends.
//
// Thread-safe (OpenSSL 3's RAND_bytes is). If the CSPRNG fails (no entropy source at all), the
// process stops: continuing would issue forgeable nonces (STYLE.md §4, fatal check).

#include <cstdint>

#include "runtime/core/random_source.hpp"

namespace cme::runtime::sip {

class CryptoRandom final : public RandomSource {
 public:
  /// 64 bits from RAND_bytes.
  std::uint64_t next() override;
};

}  // namespace cme::runtime::sip
