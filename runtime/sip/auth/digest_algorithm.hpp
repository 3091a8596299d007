#pragma once
// Digest hash algorithms for SIP authentication (RFC 2617 §3.2.1, RFC 7616 §3.2 and §6.1), and
// the cryptographic primitives the digest code needs, all computed by OpenSSL's libcrypto (EVP).
// Pure functions: no state, no I/O, nothing throws.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cme::runtime::sip {

/// The `algorithm` values OpenCME offers and accepts. RFC 7616 §3.2 also defines SHA-512-256;
/// it is not supported (no SIP phone we know sends it).
enum class DigestAlgorithm {
  Md5,         ///< "MD5" (RFC 2617; also the meaning of a missing `algorithm`)
  Md5Sess,     ///< "MD5-sess": A1 = H(user:realm:password):nonce:cnonce
  Sha256,      ///< "SHA-256" (RFC 7616)
  Sha256Sess,  ///< "SHA-256-sess"
};

/// "MD5", "MD5-sess", "SHA-256", "SHA-256-sess": the token as written in a challenge.
std::string_view algorithm_text(DigestAlgorithm algorithm);
/// Reads an `algorithm` token, case-insensitively (RFC 7616 §3.3: "MD5" and "md5" are equal).
/// nullopt for anything else (SHA-512-256, AKAv1-MD5, garbage).
std::optional<DigestAlgorithm> algorithm_from_text(std::string_view text);
/// True for the "-sess" variants.
bool is_session_algorithm(DigestAlgorithm algorithm);

/// H(data) as lower-case hex: 32 characters for the MD5 variants, 64 for the SHA-256 ones
/// (RFC 7616 §3.4.1 "H" and "KD").
std::string digest_hex(DigestAlgorithm algorithm, std::string_view data);

/// HMAC-SHA-256 (RFC 2104) of `data` under `key` (any length): 32 bytes.
std::array<std::uint8_t, 32> hmac_sha256(std::string_view key, std::string_view data);

/// True when `a` and `b` are equal. The time taken depends only on the lengths, never on where
/// the contents differ (OpenSSL CRYPTO_memcmp); strings of different lengths are unequal at once
/// (lengths are not secret: a response's length follows from its algorithm).
bool constant_time_equal(std::string_view a, std::string_view b);

/// Lower-case hex of `bytes`.
std::string to_hex(const std::uint8_t* bytes, std::size_t size);

}  // namespace cme::runtime::sip
