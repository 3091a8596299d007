#pragma once
// The digest credentials of voice register pools (`username U password P`, command reference:
// "the SIP digest credential a phone uses to register"), and the `voice register global`
// authentication settings kept as options (`authenticate register`, `authenticate realm R`).
//
// Password types: none or 0 is clear text; 7 is decoded (model/secret.hpp); 6 is encrypted with
// the router's master key, which OpenCME does not have, so such a user has no usable password
// and is treated like an unknown user (always Wrong, never revealed).

#include <optional>
#include <string>
#include <string_view>

#include "runtime/sip/auth/digest_authenticator.hpp"

namespace cme::model {
struct Config;
struct Credential;
}  // namespace cme::model

namespace cme::runtime::sip {

/// The clear-text password of `credential`, or nullopt (no password, type 6, bad type 7 text).
std::optional<std::string> credential_password(const model::Credential& credential);

/// The password of the pool whose `username` is exactly `username` (the lowest tag if several),
/// or nullopt when no pool has that user or its password is not usable.
std::optional<std::string> password_for(const model::Config& config, std::string_view username);

/// A PasswordLookup that knows only pool `pool`'s credential: it answers that pool's password
/// for its own username and nullopt for every other name, so a REGISTER matched to the pool by
/// MAC or address must authenticate as that pool. Copies what it needs from `config`.
PasswordLookup pool_password_lookup(const model::Config& config, unsigned pool);

/// True when `authenticate register` is configured under `voice register global` (challenge
/// every REGISTER).
bool authenticate_register(const model::Config& config);

/// The `authenticate realm` text, or nullopt when it is not configured.
std::optional<std::string> authenticate_realm(const model::Config& config);

}  // namespace cme::runtime::sip
