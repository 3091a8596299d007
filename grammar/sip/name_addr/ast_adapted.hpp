#pragma once
// Fusion adaptation of the name-addr AST (name_addr/ast.hpp).

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/sip/name_addr/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::NameAddrFormAst, display, uri, params)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::AddrSpecFormAst, uri, params)
