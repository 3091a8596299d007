#pragma once
// The salt for a new type 5 secret (`enable secret`, `username ... secret`).

#include <string>

namespace cme::modes::detail {

/// Four random characters of the crypt alphabet [./0-9A-Za-z], as IOS uses for type 5 secrets.
/// Not reproducible (std::random_device); tests verify the hash instead of comparing it.
std::string random_salt();

}  // namespace cme::modes::detail
