#pragma once
// CryptoRandom: a RandomSource backed by OpenSSL's CSPRNG (RAND_bytes). SystemRandom (a seeded
// mt19937_64) is fine for branch parameters and tags but is not cryptographic: its state can be
// recovered from enough outputs. Give the digest NonceService this source, so that the secret
// behind every nonce cannot be derived from the tags and Call-IDs the router sends.
//
// RAND_bytes is called for kBlockBytes at a time, not for every value: one call costs about as
// much as a few hundred bytes of output (locking and DRBG bookkeeping), and the router draws a
// value for every response tag and nonce. The unused part of a block stays in this object only.
//
// Not thread-safe (the block is per object): use one instance per thread; the runtime uses it
// from the event-loop thread. If the CSPRNG fails (no entropy source at all), the process stops:
// continuing would issue forgeable nonces (STYLE.md §4, fatal check).

#include <array>
#include <cstddef>
#include <cstdint>

#include "runtime/core/random_source.hpp"

namespace cme::runtime::sip {

class CryptoRandom final : public RandomSource {
 public:
  /// 64 bits from the OpenSSL CSPRNG (the next 8 bytes of the current block of RAND_bytes
  /// output; a new block is drawn when it is used up).
  std::uint64_t next() override;

 private:
  static constexpr std::size_t kBlockBytes = 512;
  std::array<unsigned char, kBlockBytes> block_{};
  std::size_t used_ = kBlockBytes;  ///< bytes of block_ already handed out
};

}  // namespace cme::runtime::sip
