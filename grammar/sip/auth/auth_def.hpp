#pragma once
// X3 rules of credentials and challenges (RFC 3261 §25.1). Included by auth/auth.cpp only.

#include "grammar/config.hpp"
#include "grammar/sip/auth/ast.hpp"
#include "grammar/sip/auth/ast_adapted.hpp"
#include "grammar/sip/detail/lexical.hpp"

namespace cme::grammar::sip::auth_rules {

using namespace lexical;

struct auth_class;

x3::rule<auth_class, AuthAst> const auth = "credentials";

// auth-param = auth-param-name EQUAL ( token / quoted-string )
auto const auth_value =
    quoted_string | raw[+(char_ - x3::ascii::blank - x3::ascii::cntrl - char_(",\""))];
auto const auth_param = as<ParamAst>("auth-param")[token >> sws >> lit('=') >> sws >> auth_value];

// credentials = auth-scheme LWS auth-param *(COMMA auth-param)
auto const auth_def = sws >> token >> lws >> (auth_param % (sws >> lit(',') >> sws)) >> sws;

BOOST_SPIRIT_DEFINE(auth)

}  // namespace cme::grammar::sip::auth_rules
