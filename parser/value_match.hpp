#pragma once
// Whether a value element of a command spec accepts a token (used by the matcher and by the
// graph's start-up conflict checks).

#include <string_view>

#include "grammar/spec/spec.hpp"

namespace cme::parser {

/// Priority class of a value child when several could take a token: lower is tried first.
enum class ValueClass {
  Typed = 0,     ///< ranges and single-token named types
  TypedRest = 1, ///< named types that take the rest of the line (button lists)
  Word = 2,      ///< WORD
  Rest = 3,      ///< LINE
};

ValueClass value_class(const grammar::spec::Element& value);

/// True when `value` accepts `text`: for Typed/Word a single token, for TypedRest/Rest the rest
/// of the line (blanks inside). Ranges take decimal integers within [lo, hi].
bool accepts(const grammar::spec::Element& value, std::string_view text);

/// True when two typed values of one node could both accept some token (a start-up conflict).
bool overlap(const grammar::spec::Element& a, const grammar::spec::Element& b);

}  // namespace cme::parser
