// parse_e164, parse_dial_pattern, parse_button_list and parse_quoted_string (values.hpp) on top of
// the rules in cme_def.hpp.

#include <algorithm>

#include "grammar/values/cme_def.hpp"
#include "grammar/values/values.hpp"

namespace cme::grammar::values {

namespace {

/// Longest dial pattern IOS accepts (dial-peer destination-pattern).
constexpr std::size_t kMaxDialPatternLength = 32;

}  // namespace

Result<std::string, ValueError> parse_e164(std::string_view text) {
  return detail::parse_whole<std::string>(text, cme_rules::e164);
}

Result<std::string, ValueError> parse_dial_pattern(std::string_view text) {
  auto pattern = detail::parse_whole<std::string>(text, cme_rules::dial_pattern);
  if (text.size() <= kMaxDialPatternLength) {
    return pattern;
  }
  // Too long: report the first character past the limit, or an earlier syntax error.
  std::size_t offset = kMaxDialPatternLength;
  if (!pattern) {
    offset = std::min(offset, pattern.error().offset);
  }
  return Err{ValueError{offset, cme_rules::dial_pattern.name}};
}

Result<ButtonList, ValueError> parse_button_list(std::string_view text) {
  return detail::parse_whole<ButtonList>(text, cme_rules::button_list);
}

Result<std::string, ValueError> parse_quoted_string(std::string_view text) {
  return detail::parse_whole<std::string>(text, cme_rules::quoted_string);
}

}  // namespace cme::grammar::values
