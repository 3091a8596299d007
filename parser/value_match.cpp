#include "parser/value_match.hpp"

#include <charconv>

namespace cme::parser {

using grammar::spec::Element;
using grammar::spec::ValueKind;
using grammar::values::ValueType;

ValueClass value_class(const Element& value) {
  switch (value.value_kind) {
    case ValueKind::Word:
      return ValueClass::Word;
    case ValueKind::Line:
      return ValueClass::Rest;
    case ValueKind::Named:
      return value.named == ValueType::ButtonList ? ValueClass::TypedRest : ValueClass::Typed;
    case ValueKind::Range:
      break;
  }
  return ValueClass::Typed;
}

namespace {

bool accepts_range(const Element& value, std::string_view text) {
  if (text.empty() || text.size() > 19) {
    return false;
  }
  std::int64_t n = 0;
  const auto* end = text.data() + text.size();
  if (text.front() == '+') {
    return false;
  }
  auto [ptr, ec] = std::from_chars(text.data(), end, n);
  return ec == std::errc() && ptr == end && n >= value.lo && n <= value.hi;
}

bool digit_like(ValueType t) { return t == ValueType::E164 || t == ValueType::DialPattern; }

}  // namespace

bool accepts(const Element& value, std::string_view text) {
  switch (value.value_kind) {
    case ValueKind::Range:
      return accepts_range(value, text);
    case ValueKind::Word:
    case ValueKind::Line:
      return !text.empty();
    case ValueKind::Named:
      return grammar::values::validate(value.named, text).ok();
  }
  return false;
}

bool overlap(const Element& a, const Element& b) {
  const bool a_range = a.value_kind == ValueKind::Range;
  const bool b_range = b.value_kind == ValueKind::Range;
  if (a_range && b_range) {
    return a.lo <= b.hi && b.lo <= a.hi;
  }
  if (a_range || b_range) {
    const auto& named = a_range ? b : a;
    return digit_like(named.named);
  }
  if (a.named == b.named) {
    return true;
  }
  auto pair_is = [&](ValueType x, ValueType y) {
    return (a.named == x && b.named == y) || (a.named == y && b.named == x);
  };
  return pair_is(ValueType::E164, ValueType::DialPattern) ||
         pair_is(ValueType::Ipv4, ValueType::DialPattern);
}

}  // namespace cme::parser
