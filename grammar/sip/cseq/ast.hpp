#pragma once
// AST of a CSeq value (RFC 3261 §20.16).

#include <cstdint>
#include <string>

namespace cme::grammar::sip {

struct CSeqAst {
  std::uint64_t number = 0;
  std::string method;
};

}  // namespace cme::grammar::sip
