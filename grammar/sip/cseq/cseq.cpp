// parse_cseq (cseq.hpp) on top of the rule in cseq_def.hpp.

#include "grammar/sip/cseq/cseq.hpp"

#include "grammar/sip/cseq/cseq_def.hpp"
#include "grammar/sip/detail/parse_whole.hpp"

namespace cme::grammar::sip {

Result<CSeqAst, SyntaxError> parse_cseq(std::string_view text) {
  CSeqAst cseq;
  std::size_t offset = 0;
  if (!detail::parse_whole(text, cseq_rules::cseq, cseq, offset)) {
    return Err{SyntaxError{offset, "CSeq"}};
  }
  if (cseq.number > kMaxCSeq) {
    return Err{SyntaxError{text.find_first_not_of(" \t"), "CSeq number"}};
  }
  return cseq;
}

}  // namespace cme::grammar::sip
