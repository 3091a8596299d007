#pragma once
// parse_name_addr: one name-addr or addr-spec with header parameters (RFC 3261 §20.10, §25.1
// `(name-addr / addr-spec) *(SEMI generic-param)`), or the Contact `*`. Spirit-free interface
// of name_addr_def.hpp.

#include <string_view>

#include "common/result.hpp"
#include "grammar/sip/common.hpp"
#include "grammar/sip/name_addr/ast.hpp"

namespace cme::grammar::sip {

/// Parses one value (blanks around it allowed). A display name is a quoted-string (unquoted in
/// the result) or a sequence of tokens (kept as written). Without angle brackets the URI may not
/// contain ',', '?' or ';' (RFC 3261 §20.10), so its parameters are header parameters. Header
/// parameter values that were quoted are unquoted (ParamAst::quoted). Errors: "name-addr"
/// (syntax), "addr-spec" (a bare URI with '?' or ','), or the URI's own errors.
Result<NameAddrAst, SyntaxError> parse_name_addr(std::string_view text);

}  // namespace cme::grammar::sip
