#pragma once
// Fusion adaptation of the credentials AST (auth/ast.hpp).

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/sip/auth/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::AuthAst, scheme, params)
