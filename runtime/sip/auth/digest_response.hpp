#pragma once
// The digest `response` value (RFC 2617 §3.2.2.1-3, RFC 7616 §3.4.1-3), computed the same way
// by a client (tests, an outbound registration) and by the registrar when it checks one.
//
//   A1  = username ":" realm ":" password                     (MD5, SHA-256)
//   A1  = H(username ":" realm ":" password) ":" nonce ":" cnonce      (-sess variants)
//   A2  = method ":" uri                                      (qop=auth, or no qop)
//   response = KD(H(A1), nonce ":" nc ":" cnonce ":" qop ":" H(A2))   (qop=auth)
//   response = KD(H(A1), nonce ":" H(A2))                     (RFC 2069: no qop)
//
// where H is the algorithm's hash as lower-case hex and KD(secret, data) = H(secret ":" data).
// qop=auth-int (a hash of the body) is not offered, so it is not computed here.

#include <string>

#include "runtime/sip/auth/digest_algorithm.hpp"

namespace cme::runtime::sip {

struct DigestInput {
  DigestAlgorithm algorithm = DigestAlgorithm::Md5;
  std::string username;  ///< unquoted, as in the `username` parameter
  std::string realm;
  std::string password;  ///< clear text
  std::string method;    ///< request method as on the wire ("REGISTER")
  std::string uri;       ///< the `uri` parameter (digest-uri), verbatim
  std::string nonce;
  /// true: RFC 2617 / RFC 7616 form with qop=auth, nc and cnonce; false: RFC 2069 form, where
  /// nc and cnonce are ignored (the -sess variants still use cnonce).
  bool qop_auth = true;
  std::string nc;      ///< 8 hex digits as sent ("00000001")
  std::string cnonce;  ///< client nonce as sent
};

/// H(A1) in lower-case hex (RFC 7616 §3.4.2).
std::string digest_ha1(const DigestInput& input);
/// The expected `response` parameter, lower-case hex (32 digits for MD5, 64 for SHA-256).
std::string digest_response(const DigestInput& input);

}  // namespace cme::runtime::sip
