#include "runtime/sip/auth/crypto_random.hpp"

#include <openssl/rand.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace cme::runtime::sip {

std::uint64_t CryptoRandom::next() {
  unsigned char bytes[8] = {};
  if (RAND_bytes(bytes, sizeof bytes) != 1) {
    std::fputs("opencme: fatal: OpenSSL RAND_bytes failed (no entropy source)\n", stderr);
    std::abort();
  }
  std::uint64_t value = 0;
  for (const unsigned char b : bytes) {
    value = (value << 8) | b;
  }
  return value;
}

}  // namespace cme::runtime::sip
