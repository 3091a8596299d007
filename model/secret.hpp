#pragma once
// Password storage as IOS does it (Cisco "enable secret" / "service password-encryption"):
//   type 5: MD5-crypt ("$1$<salt>$<hash>", salt 4 chars from IOS's alphabet), one-way;
//   type 7: Cisco's reversible Vigenère-style encoding (two decimal digits of key offset, then hex).
// Pure computation; the salt comes from the caller so that results are reproducible in tests.

#include <string>
#include <string_view>

#include "common/result.hpp"

namespace cme::model {

/// Hashes `plain` as IOS type 5 with `salt` (1-8 chars of [./0-9A-Za-z]; IOS uses 4).
/// Returns e.g. "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0".
std::string type5_hash(std::string_view plain, std::string_view salt);

/// True when `plain` hashes to `hash` (a "$1$salt$..." string as stored).
bool type5_verify(std::string_view plain, std::string_view hash);

/// True when `hash` has the shape of a type 5 secret: "$1$" salt "$" 22 chars of the crypt alphabet.
bool is_type5(std::string_view hash);

/// Encodes `plain` as type 7 starting at key offset `seed` (0-15); e.g. type7_encode("cisco", 2)
/// == "02050D480809".
std::string type7_encode(std::string_view plain, unsigned seed);

/// Decodes a type 7 string. Error: "% Invalid encrypted password" for bad digits or length.
Result<std::string, std::string> type7_decode(std::string_view encoded);

}  // namespace cme::model
