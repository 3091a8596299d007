#pragma once
// parse_auth: credentials or a challenge, `auth-scheme LWS auth-param *(COMMA auth-param)`
// (RFC 3261 §25.1 credentials/challenge; RFC 2617 §1.2 auth-param). Spirit-free interface of
// auth_def.hpp.

#include <string_view>

#include "common/result.hpp"
#include "grammar/sip/auth/ast.hpp"
#include "grammar/sip/common.hpp"

namespace cme::grammar::sip {

/// Parses the scheme token and one or more `name=value` parameters separated by commas, blanks
/// allowed around '=' and ','. A value is a quoted-string (unquoted in the result,
/// ParamAst::quoted set) or a run of characters without blanks, commas or quotes (token, and the
/// unquoted URIs some user agents send). Errors: "credentials" (syntax).
Result<AuthAst, SyntaxError> parse_auth(std::string_view text);

}  // namespace cme::grammar::sip
