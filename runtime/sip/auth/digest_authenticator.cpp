#include "runtime/sip/auth/digest_authenticator.hpp"

#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/ascii.hpp"
#include "runtime/sip/auth/digest_response.hpp"

namespace cme::runtime::sip {
namespace {

/// nc: exactly 8 hex digits (RFC 7616 §3.4, LHEX; upper case tolerated), not zero.
std::optional<std::uint32_t> parse_nc(std::string_view text) {
  if (text.size() != 8) {
    return std::nullopt;
  }
  std::uint32_t value = 0;
  for (const char c : text) {
    const int d = std::isxdigit(static_cast<unsigned char>(c))
                      ? (std::isdigit(static_cast<unsigned char>(c))
                             ? c - '0'
                             : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10)
                      : -1;
    if (d < 0) {
      return std::nullopt;
    }
    value = (value << 4) | static_cast<std::uint32_t>(d);
  }
  if (value == 0) {
    return std::nullopt;
  }
  return value;
}

void append_quoted(std::string& out, std::string_view text) {
  out.push_back('"');
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  out.push_back('"');
}

/// The parts of the credentials that verify() needs once they are known to be well formed.
struct Checked {
  DigestAlgorithm algorithm = DigestAlgorithm::Md5;
  bool qop_auth = false;
  std::uint32_t nc = 0;
};

bool algorithm_allowed(DigestAlgorithm algorithm, const DigestPolicy& policy) {
  switch (algorithm) {
    case DigestAlgorithm::Md5:
    case DigestAlgorithm::Md5Sess:
      return policy.allow_md5;
    case DigestAlgorithm::Sha256:
    case DigestAlgorithm::Sha256Sess:
      return policy.allow_sha256;
  }
  return false;
}

/// The Malformed checks; nullopt when the credentials cannot be verified.
std::optional<Checked> check_form(const DigestCredentials& c, const DigestPolicy& policy) {
  if (c.malformed || !c.username || !c.realm || !c.nonce || !c.uri || !c.response) {
    return std::nullopt;
  }
  Checked out;
  if (c.algorithm) {
    const auto algorithm = algorithm_from_text(*c.algorithm);
    if (!algorithm) {
      return std::nullopt;
    }
    out.algorithm = *algorithm;
  }
  if (!algorithm_allowed(out.algorithm, policy)) {
    return std::nullopt;
  }
  if (c.userhash && to_lower(*c.userhash) != "false") {
    return std::nullopt;
  }
  if (c.qop) {
    const auto nc = c.nc ? parse_nc(*c.nc) : std::nullopt;
    if (to_lower(*c.qop) != "auth" || !c.cnonce || !nc) {
      return std::nullopt;
    }
    out.qop_auth = true;
    out.nc = *nc;
  } else if (!policy.allow_rfc2069 || (is_session_algorithm(out.algorithm) && !c.cnonce)) {
    return std::nullopt;
  }
  return out;
}

}  // namespace

std::string_view verdict_text(DigestVerdict verdict) {
  switch (verdict) {
    case DigestVerdict::Ok:
      return "ok";
    case DigestVerdict::Stale:
      return "stale";
    case DigestVerdict::Wrong:
      return "wrong";
    case DigestVerdict::Malformed:
      return "malformed";
  }
  return "malformed";
}

DigestAuthenticator::DigestAuthenticator(const Clock& clock, RandomSource& random,
                                         DigestPolicy policy)
    : policy_(policy), nonces_(clock, random, policy.nonces) {}

std::string DigestAuthenticator::make_challenge(std::string_view realm, bool stale,
                                                DigestAlgorithm algorithm) {
  std::string out = "Digest realm=";
  append_quoted(out, realm);
  out += ", nonce=\"" + nonces_.issue(realm) + "\", qop=\"auth\", algorithm=";
  out += algorithm_text(algorithm);
  if (stale) {
    out += ", stale=true";
  }
  return out;
}

DigestVerdict DigestAuthenticator::verify(const DigestCredentials& credentials,
                                          const DigestRequest& request,
                                          const PasswordLookup& lookup) {
  const auto form = check_form(credentials, policy_);
  if (!form) {
    return DigestVerdict::Malformed;
  }
  // Everything below runs for every well-formed request, known user or not.
  const std::optional<std::string> password = lookup ? lookup(*credentials.username) : std::nullopt;
  DigestInput input;
  input.algorithm = form->algorithm;
  input.username = *credentials.username;
  input.realm = *credentials.realm;
  input.password = password ? *password : nonces_.dummy_password();
  input.method = std::string(request.method);
  input.uri = *credentials.uri;
  input.nonce = *credentials.nonce;
  input.qop_auth = form->qop_auth;
  input.nc = credentials.nc.value_or(std::string{});
  input.cnonce = credentials.cnonce.value_or(std::string{});
  const bool response_ok =
      constant_time_equal(digest_response(input), to_lower(*credentials.response));
  const bool realm_ok = *credentials.realm == request.realm;
  const bool uri_ok = !policy_.check_uri || *credentials.uri == request.request_uri;
  const NonceStatus nonce = nonces_.check(*credentials.nonce, request.realm);

  if (!password || !response_ok || !realm_ok || !uri_ok || nonce == NonceStatus::Invalid) {
    return DigestVerdict::Wrong;
  }
  if (nonce == NonceStatus::Stale) {
    return DigestVerdict::Stale;
  }
  if (form->qop_auth && !nonces_.accept_nc(*credentials.nonce, form->nc)) {
    return DigestVerdict::Stale;
  }
  return DigestVerdict::Ok;
}

}  // namespace cme::runtime::sip
