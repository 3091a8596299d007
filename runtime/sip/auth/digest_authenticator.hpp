#pragma once
// DigestAuthenticator: the registrar's (UAS) side of SIP digest authentication (RFC 3261 §22.4,
// RFC 2617 §3, RFC 7616 §3; sip.md §4). It writes challenges for 401 WWW-Authenticate (or 407
// Proxy-Authenticate) and checks the credentials of the retried request.
//
// Users are never revealed (sip.md §4, svwar): an unknown user, a user without a password and
// a wrong password give the same verdict (Wrong), after the same work (the response is hashed
// with the NonceService's dummy password when the user is unknown), so the caller answers all
// of them with the same fresh challenge. Checks that do not depend on the user (realm, uri,
// nonce) are computed on every request too, and the verdict is decided only at the end.
//
// Verdicts, in the order they are decided:
//   Malformed: required parameters missing (username, realm, nonce, uri, response; cnonce and
//     nc with qop), a parameter repeated, another scheme, qop other than "auth", nc not 8 hex
//     digits or 0, an unsupported or disallowed algorithm, userhash=true, or no qop when RFC
//     2069 clients are not allowed. The caller answers 400 Bad Request (RFC 3261 §8.2), or
//     challenges again.
//   Wrong: realm differs from the expected one, uri differs from the Request-URI (when
//     checked), the nonce is not ours or not for this realm, the user is unknown, or the
//     response is wrong. The caller answers 401 with a new challenge (stale absent).
//   Stale: the response is right but the nonce is too old, or (qop=auth) nc did not increase
//     (a replay, RFC 7616 §3.4 and §5.5). The caller answers 401 with a new challenge and
//     stale=true, so the phone retries without asking its user (RFC 7616 §3.3).
//   Ok: authenticated.
// RFC 2069 requests (no qop) carry no nc, so their nonce may be reused until it is Stale; that is
// the documented weakness of the old form, accepted for old phones (DigestPolicy::allow_rfc2069).
//
// Not thread-safe (the NonceService inside keeps the nc table).

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/core/clock.hpp"
#include "runtime/core/random_source.hpp"
#include "runtime/sip/auth/digest_algorithm.hpp"
#include "runtime/sip/auth/digest_credentials.hpp"
#include "runtime/sip/auth/nonce_service.hpp"

namespace cme::runtime::sip {

enum class DigestVerdict { Ok, Stale, Wrong, Malformed };

/// "ok", "stale", "wrong", "malformed" (logs, debug output).
std::string_view verdict_text(DigestVerdict verdict);

/// What the credentials must match: the request as received, and the realm the registrar
/// challenges with (`authenticate realm` or its default).
struct DigestRequest {
  std::string_view method;       ///< as on the wire, "REGISTER"
  std::string_view request_uri;  ///< the Request-URI text, compared with the `uri` parameter
  std::string_view realm;
};

/// The clear-text password of `username`, or nullopt when there is no such user (or it has no
/// usable password). Called exactly once per verify() that gets past the Malformed checks.
using PasswordLookup = std::function<std::optional<std::string>(std::string_view username)>;

struct DigestPolicy {
  bool allow_md5 = true;      ///< MD5 and MD5-sess (every SIP phone); RFC 7616 keeps MD5
  bool allow_sha256 = true;   ///< SHA-256 and SHA-256-sess
  bool allow_rfc2069 = true;  ///< accept credentials without qop (Cisco 7905/7912, old ATAs)
  /// Require `uri` to equal the Request-URI text (RFC 7616 §3.4.6). Phones copy it verbatim;
  /// turn it off only for a client that rewrites it.
  bool check_uri = true;
  NonceOptions nonces;
};

class DigestAuthenticator {
 public:
  /// `clock` and `random` are not owned and must outlive the authenticator.
  DigestAuthenticator(const Clock& clock, RandomSource& random, DigestPolicy policy = {});

  /// The WWW-Authenticate / Proxy-Authenticate value with a new nonce for `realm`:
  /// `Digest realm="<realm>", nonce="<64 hex>", qop="auth", algorithm=MD5` and, when `stale`,
  /// `, stale=true` (RFC 7616 §3.3). `realm` is written as a quoted-string (`"` and `\`
  /// escaped). To offer SHA-256 and MD5 both, send two headers, SHA-256 first (RFC 7616 §3.7).
  std::string make_challenge(std::string_view realm, bool stale, DigestAlgorithm algorithm);

  /// Checks `credentials` against `request`; see the verdicts above. `lookup` is called with the
  /// credentials' username. On Ok with qop=auth, the nc is recorded (a second verify of the same
  /// credentials gives Stale).
  DigestVerdict verify(const DigestCredentials& credentials, const DigestRequest& request,
                       const PasswordLookup& lookup);

  NonceService& nonces() { return nonces_; }
  const DigestPolicy& policy() const { return policy_; }

 private:
  DigestPolicy policy_;
  NonceService nonces_;
};

}  // namespace cme::runtime::sip
