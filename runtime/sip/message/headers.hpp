#pragma once
// Typed views of SIP header values, parsed on demand from Message header text (RFC 3261 §20,
// §25.1 ABNF). Each parse_* returns the value or a ParseError naming what is wrong; nothing
// throws. The grammars are Spirit X3 rules in grammar/sip/ (STYLE.md §6); this header is the
// runtime's plain interface to them. Values are parsed as Message stores them: one value of a
// comma-separated header, unfolded (blanks around it are allowed).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.hpp"
#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

struct ParseError {
  std::string reason;  ///< e.g. "Bad Via header", usable as the 400 reason phrase
};

/// A `;name=value` or `;name` parameter, in order. Names compare case-insensitively.
struct Param {
  std::string name;
  std::optional<std::string> value;  ///< unquoted and unescaped
  bool quoted = false;               ///< written as a quoted-string (to_string quotes it again)
  bool operator==(const Param&) const = default;
};
using Params = std::vector<Param>;
/// The value of parameter `name` (case-insensitive); nullopt when absent; "" for a flag.
std::optional<std::string_view> param(const Params& params, std::string_view name);

/// sip:/sips:/tel: URI (RFC 3261 §19.1, RFC 3966), or "scheme:opaque" for other schemes.
struct Uri {
  std::string scheme;  ///< "sip", "sips", "tel", ... (lower case)
  std::string user;    ///< unescaped user part ("1001"); tel: the number; empty when none
  std::string password;
  std::string host;  ///< lower case, IPv6 without brackets; empty for tel and other schemes
  std::optional<std::uint16_t> port;
  Params params;  ///< uri-parameters (transport, lr, user, maddr ...), unescaped
  std::vector<std::pair<std::string, std::string>> headers;  ///< ?h=v, unescaped
  std::string opaque;  ///< schemes other than sip/sips/tel: the text after "scheme:"
  bool operator==(const Uri&) const = default;
};
/// Errors: "Bad URI" (syntax, RFC 3261 §25.1 SIP-URI / absoluteURI), "Bad URI host",
/// "Bad URI port".
Result<Uri, ParseError> parse_uri(std::string_view text);
/// The URI with user, password, parameters and headers %HH-escaped where their grammar requires;
/// IPv6 hosts in brackets.
std::string to_string(const Uri& uri);

/// name-addr / addr-spec with header parameters: From, To, Contact, Route, Record-Route,
/// Refer-To, P-Asserted-Identity ... (RFC 3261 §20.10). Contact `*` sets `star`.
struct NameAddr {
  std::string display;  ///< unquoted display name
  Uri uri;
  Params params;  ///< tag, expires, q, +sip.instance ...
  bool star = false;
  bool operator==(const NameAddr&) const = default;
};
/// Errors: "Bad name-addr" (syntax: unbalanced quotes, '<' without '>', empty parameter, a
/// bare URI with '?' or ',' RFC 3261 §20.10) and the URI errors.
Result<NameAddr, ParseError> parse_name_addr(std::string_view text);
/// `"display" <uri>;params` (display quoted when present, URI always in angle brackets), or "*".
std::string to_string(const NameAddr& value);

/// One Via value (RFC 3261 §20.42): "SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK..;rport".
struct Via {
  std::string transport;  ///< "UDP", "TCP", "TLS" (upper case)
  std::string host;       ///< lower case, IPv6 without brackets
  std::optional<std::uint16_t> port;
  Params params;  ///< branch, received, rport, maddr, ttl
  bool operator==(const Via&) const = default;
};
/// Errors: "Bad Via header" (syntax, or a sent-protocol other than SIP/2.0), "Bad Via host",
/// "Bad Via port".
Result<Via, ParseError> parse_via(std::string_view text);
std::string to_string(const Via& via);

struct CSeq {
  std::uint32_t number = 0;
  std::string method;
  bool operator==(const CSeq&) const = default;
};
/// Errors: "Bad CSeq header" (syntax, or a number above 2**32-1, RFC 3261 §20.16).
Result<CSeq, ParseError> parse_cseq(std::string_view text);
std::string to_string(const CSeq& cseq);

/// Authorization / Proxy-Authorization: Digest credentials (RFC 2617 §3.2.2, RFC 7616 §3.4).
/// Also WWW-Authenticate / Proxy-Authenticate challenges (same auth-param list).
struct DigestParams {
  std::string scheme;  ///< "Digest"
  Params params;       ///< username, realm, nonce, uri, response, algorithm, cnonce, opaque,
                       ///< qop, nc, stale (quoted values unquoted, Param::quoted set)
  bool operator==(const DigestParams&) const = default;
};
/// Errors: "Bad credentials" (syntax, RFC 3261 §25.1 credentials / challenge).
Result<DigestParams, ParseError> parse_digest(std::string_view text);
/// `Digest name=value, name="value"` (values quoted when Param::quoted is set).
std::string to_string(const DigestParams& value);

/// Checks the headers every request must have (RFC 3261 §8.1.1, §8.2.2: To, From, CSeq,
/// Call-ID, Via; CSeq method equal to the request method; Via sent-protocol SIP/2.0) and parses
/// them once. Max-Forwards is optional (a proxy adds a missing one, RFC 3261 §16.6 step 3; a
/// UAS ignores it) but must be 0-255 when present.
struct RequestCore {
  Via top_via;
  NameAddr from;
  NameAddr to;
  CSeq cseq;
  std::string call_id;
  std::optional<unsigned> max_forwards;
};
/// Errors (usable as the 400 reason phrase): "Missing <Name> header", "Bad <Name> header",
/// "CSeq method mismatch".
Result<RequestCore, ParseError> request_core(const Message& request);

}  // namespace cme::runtime::sip
