#pragma once
// parse_cseq: a CSeq value (RFC 3261 §20.16, §25.1 `CSeq = 1*DIGIT LWS Method`). Spirit-free
// interface of cseq_def.hpp.

#include <string_view>

#include "common/result.hpp"
#include "grammar/sip/common.hpp"
#include "grammar/sip/cseq/ast.hpp"

namespace cme::grammar::sip {

/// Largest CSeq number: a 32-bit unsigned integer (RFC 3261 §20.16).
inline constexpr std::uint64_t kMaxCSeq = 0xffffffffu;

/// Parses the number (leading zeros allowed, at most 2**32-1) and the method token (kept as
/// written: methods are case-sensitive). Errors: "CSeq" (syntax), "CSeq number" (too large).
Result<CSeqAst, SyntaxError> parse_cseq(std::string_view text);

}  // namespace cme::grammar::sip
