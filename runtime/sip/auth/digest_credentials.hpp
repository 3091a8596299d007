#pragma once
// DigestCredentials: the parameters of an Authorization / Proxy-Authorization header with the
// Digest scheme (RFC 2617 §3.2.2, RFC 7616 §3.4, RFC 3261 §22.4), as plain optional strings so
// that the verifier needs nothing from the SIP message layer. Values are unquoted (the header
// parser removes the quotes and backslash escapes).

#include <optional>
#include <string>

namespace cme::runtime::sip {

struct DigestParams;  // runtime/sip/message/headers.hpp

struct DigestCredentials {
  std::optional<std::string> username;
  std::optional<std::string> realm;
  std::optional<std::string> nonce;
  std::optional<std::string> uri;        ///< digest-uri, verbatim
  std::optional<std::string> response;   ///< hex
  std::optional<std::string> algorithm;  ///< absent means MD5
  std::optional<std::string> cnonce;
  std::optional<std::string> qop;  ///< "auth"; absent for RFC 2069 clients
  std::optional<std::string> nc;   ///< 8 hex digits
  std::optional<std::string> opaque;
  std::optional<std::string> userhash;  ///< RFC 7616 §3.4.4; "true" is not supported
  /// Set when the header could not be taken as Digest credentials: another scheme, or a
  /// parameter given twice (RFC 7616 §3.4: each directive at most once).
  bool malformed = false;
  bool operator==(const DigestCredentials&) const = default;
};

/// Reads the credentials from a parsed Authorization value (runtime/sip/message/headers.hpp
/// parse_digest). Parameter names match case-insensitively; unknown ones are ignored. A scheme
/// other than "Digest" (any case) or a repeated known parameter sets `malformed`. The values
/// are moved out of `params` (pass an rvalue to save the copies).
DigestCredentials credentials_from_digest(DigestParams params);

}  // namespace cme::runtime::sip
