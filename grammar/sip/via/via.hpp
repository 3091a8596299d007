#pragma once
// parse_via: one Via field value (RFC 3261 §20.42, §25.1 via-parm). Spirit-free interface of
// via_def.hpp.

#include <string_view>

#include "common/result.hpp"
#include "grammar/sip/common.hpp"
#include "grammar/sip/via/ast.hpp"

namespace cme::grammar::sip {

/// Parses `sent-protocol LWS sent-by *(SEMI via-params)`, blanks allowed around '/', ':', ';'
/// and '=' (SLASH, COLON, SEMI, EQUAL). The transport is upper-cased, the host lower-cased
/// (an IPv6 reference loses its brackets); quoted parameter values are unquoted. Errors: "Via"
/// (syntax), "host", "port".
Result<ViaAst, SyntaxError> parse_via(std::string_view text);

}  // namespace cme::grammar::sip
