#pragma once
// X3 attribute types of the spec grammar. Private to grammar/spec (spec_def.hpp, spec.cpp).

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cme::grammar::spec::ast {

namespace x3 = boost::spirit::x3;

/// Index into the table of value words (WORD, LINE, A.B.C.D, ...), see spec_def.hpp.
struct value_word {
  int code = 0;
};
struct range {
  std::int64_t lo = 0;
  std::int64_t hi = 0;
};
struct group;
/// A keyword is held as its plain text.
struct atom : x3::variant<range, value_word, std::string, x3::forward_ast<group>> {
  using base_type::base_type;
  using base_type::operator=;
};
struct element {
  atom value;
  boost::optional<std::string> bind;
  std::size_t column = 0;  ///< set by the element rule's on_success, not part of the attribute
};
using sequence = std::vector<element>;
struct group {
  char open = '[';
  std::vector<sequence> alternatives;
  char close = ']';
};

}  // namespace cme::grammar::spec::ast
