#pragma once
#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/spec/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::spec::ast::range, lo, hi)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::spec::ast::element, value, bind)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::spec::ast::group, open, alternatives, close)
