#pragma once
// Fusion adaptation of the URI AST (uri/ast.hpp) for X3 attribute propagation.

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/sip/uri/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::UserInfoAst, user, password)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::UriHeaderAst, name, value)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::UriAst, userinfo, host, port, params, headers)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::TelAst, number, params)
