#pragma once
// parse_uri: SIP/SIPS URIs (RFC 3261 §19.1.1, §25.1 SIP-URI / SIPS-URI), tel URIs (RFC 3966)
// and, for any other scheme, "scheme:opaque" with URI characters only (RFC 3261 absoluteURI).
// Spirit-free interface of grammar/sip/uri/uri_def.hpp.

#include <string_view>

#include "common/result.hpp"
#include "grammar/sip/common.hpp"
#include "grammar/sip/uri/ast.hpp"

namespace cme::grammar::sip {

/// Parses the whole of `text` as one URI (no surrounding blanks, no angle brackets).
/// Output: scheme lower case; user, password, uri-parameter names/values and header
/// names/values with %HH decoded; host lower case (IPv6 without brackets); port kNoPort when
/// absent. Errors: "scheme" (no "scheme:" prefix), "URI" (syntax), "host" (not a hostname,
/// IPv4 or IPv6 reference), "port" (above 65535).
Result<UriAst, SyntaxError> parse_uri(std::string_view text);

}  // namespace cme::grammar::sip
