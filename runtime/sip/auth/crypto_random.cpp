#include "runtime/sip/auth/crypto_random.hpp"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace cme::runtime::sip {

std::uint64_t CryptoRandom::next() {
  if (used_ + sizeof(std::uint64_t) > block_.size()) {
    if (RAND_bytes(block_.data(), static_cast<int>(block_.size())) != 1) {
      std::fputs("opencme: fatal: OpenSSL RAND_bytes failed (no entropy source)\n", stderr);
      std::abort();
    }
    used_ = 0;
  }
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < sizeof value; ++i) {
    value = (value << 8) | block_[used_ + i];
  }
  // Handed-out bytes are wiped, so the object never holds a value it has already returned.
  OPENSSL_cleanse(block_.data() + used_, sizeof value);
  used_ += sizeof value;
  return value;
}

}  // namespace cme::runtime::sip
