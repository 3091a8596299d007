#pragma once
// X3 rules of a Via value (RFC 3261 §25.1 via-parm). Included by via/via.cpp only.

#include "grammar/config.hpp"
#include "grammar/sip/detail/lexical.hpp"
#include "grammar/sip/via/ast.hpp"
#include "grammar/sip/via/ast_adapted.hpp"

namespace cme::grammar::sip::via_rules {

using namespace lexical;

struct via_class;

x3::rule<via_class, ViaAst> const via = "Via";

auto const slash = sws >> lit('/') >> sws;
auto const port = x3::uint_parser<unsigned, 10, 1, 5>{};

// via-parm = sent-protocol LWS sent-by *( SEMI via-params )
// sent-protocol = protocol-name SLASH protocol-version SLASH transport
// sent-by = host [ COLON port ]
auto const via_def = sws >> token >> slash >> token >> slash >> token >> lws >> host >>
                     -(sws >> lit(':') >> sws >> port) >> *semi_param >> sws;

BOOST_SPIRIT_DEFINE(via)

}  // namespace cme::grammar::sip::via_rules
