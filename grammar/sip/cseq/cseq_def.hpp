#pragma once
// X3 rule of a CSeq value. Included by cseq/cseq.cpp only.

#include "grammar/config.hpp"
#include "grammar/sip/cseq/ast.hpp"
#include "grammar/sip/cseq/ast_adapted.hpp"
#include "grammar/sip/detail/lexical.hpp"

namespace cme::grammar::sip::cseq_rules {

using namespace lexical;

struct cseq_class;

x3::rule<cseq_class, CSeqAst> const cseq = "CSeq";

// CSeq = 1*DIGIT LWS Method. Up to 20 digits: the parser fails on 64-bit overflow, and
// parse_cseq() checks the 32-bit limit.
auto const cseq_def = sws >> x3::uint_parser<std::uint64_t, 10, 1, 20>{} >> lws >> token >> sws;

BOOST_SPIRIT_DEFINE(cseq)

}  // namespace cme::grammar::sip::cseq_rules
