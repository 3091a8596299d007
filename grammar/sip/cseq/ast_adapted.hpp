#pragma once
// Fusion adaptation of the CSeq AST (cseq/ast.hpp).

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/sip/cseq/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::CSeqAst, number, method)
