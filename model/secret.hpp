#pragma once
// Password storage as IOS does it (Cisco "enable secret" / "service password-encryption"):
//   type 5: MD5-crypt ("$1$<salt>$<hash>", salt 4 chars from IOS's alphabet), one-way;
//   type 7: Cisco's reversible Vigenère-style encoding (2 decimal digits of key offset, then hex).
// Pure computation; the salt comes from the caller so that results are reproducible in tests.

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace cme::model {

/// Hashes `plain` as IOS type 5 with `salt` (1-8 chars of [./0-9A-Za-z]; IOS uses 4).
/// Returns e.g. "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"; "" when `salt` is not valid (a caller bug).
/// `plain` ends at its first NUL byte, as for crypt(3).
std::string type5_hash(std::string_view plain, std::string_view salt);

/// The longest plain secret that can be stored: libxcrypt's crypt(3) refuses a phrase of 512
/// bytes or more, which would leave an empty hash that nothing matches and that does not load.
constexpr std::size_t kMaxSecretLength = 511;

/// type5_hash for a secret the user typed (`enable secret`, `username … secret`): the hash, or
/// the error "% Secret too long: at most 511 characters" beyond kMaxSecretLength.
Result<std::string, std::string> type5_hash_secret(std::string_view plain, std::string_view salt);

/// True when `plain` hashes to `hash` (a "$1$salt$..." string as stored); false for anything
/// that is not is_type5(). The comparison takes the same time wherever the hashes differ.
bool type5_verify(std::string_view plain, std::string_view hash);

/// True when `hash` has the shape of a type 5 secret: "$1$", a salt of 1-8 characters, "$", then
/// 22 characters, all from the crypt alphabet [./0-9A-Za-z].
bool is_type5(std::string_view hash);

/// Encodes `plain` as type 7 starting at key offset `seed` (0-15); e.g. type7_encode("cisco", 2)
/// == "02050D480809". Upper-case hex; a seed above 15 is taken modulo 16.
std::string type7_encode(std::string_view plain, unsigned seed);

/// Decodes a type 7 string: two decimal digits 00-15, then pairs of hex digits (either case).
/// Error: "% Invalid encrypted password" for a bad seed, bad digits or an odd/short length.
Result<std::string, std::string> type7_decode(std::string_view encoded);

}  // namespace cme::model
