#pragma once
// HmacSha256: HMAC-SHA-256 (RFC 2104, FIPS 180-4) under one key, prepared once. The digest
// nonces (nonce_service.hpp) MAC every nonce they issue and every nonce they check with the same
// secret; the one-shot hmac_sha256() (digest_algorithm.hpp) fetches the algorithm and builds the
// keyed state again on every call, which cost more than the MAC itself. This object fetches
// HMAC and SHA-256 and absorbs the key once, then each mac() only resets the keyed state.
//
// Not thread-safe (mac() reuses one OpenSSL context): one object per thread. If OpenSSL cannot
// provide HMAC-SHA-256 at all (no default provider, allocation failure), the process stops:
// nonces could not be issued or checked (STYLE.md §4, fatal check).

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

namespace cme::runtime::sip {

class HmacSha256 {
 public:
  /// Prepares the MAC under `key` (any length, bytes).
  explicit HmacSha256(std::string_view key);
  ~HmacSha256();
  HmacSha256(const HmacSha256&) = delete;
  HmacSha256& operator=(const HmacSha256&) = delete;

  /// HMAC-SHA-256(key, data): 32 bytes, equal to hmac_sha256(key, data).
  std::array<std::uint8_t, 32> mac(std::string_view data) const;

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

}  // namespace cme::runtime::sip
