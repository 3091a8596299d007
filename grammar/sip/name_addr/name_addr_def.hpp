#pragma once
// X3 rules of name-addr / addr-spec values (RFC 3261 §25.1). The URI itself is parsed by
// parse_uri() on the text matched here. Included by name_addr/name_addr.cpp only.

#include "grammar/config.hpp"
#include "grammar/sip/detail/lexical.hpp"
#include "grammar/sip/name_addr/ast.hpp"
#include "grammar/sip/name_addr/ast_adapted.hpp"

namespace cme::grammar::sip::name_addr_rules {

using namespace lexical;

struct name_addr_form_class;
struct addr_spec_form_class;

x3::rule<name_addr_form_class, NameAddrFormAst> const name_addr_form = "name-addr";
x3::rule<addr_spec_form_class, AddrSpecFormAst> const addr_spec_form = "addr-spec";

// display-name = *(token LWS) / quoted-string
auto const display_name =
    as<std::string>("display-name")[quoted_string | raw[token >> *(lws >> token)]];

// [display-name] LAQUOT addr-spec RAQUOT *(SEMI generic-param)
auto const name_addr_form_def = sws >> -display_name >> sws >> lit('<') >> raw[*(char_ - '>')] >>
                                lit('>') >> *semi_param >> sws;

// addr-spec *(SEMI generic-param): the URI runs to the first blank or ';'.
auto const addr_spec_form_def = sws >> raw[+(char_ - x3::ascii::blank - ';')] >> *semi_param >> sws;

BOOST_SPIRIT_DEFINE(name_addr_form, addr_spec_form)

}  // namespace cme::grammar::sip::name_addr_rules
