#pragma once
// parse_whole: runs an X3 rule over a complete value. Include only from grammar/sip/**/*.cpp.

#include <cstddef>
#include <string_view>

#include "grammar/config.hpp"

namespace cme::grammar::sip::detail {

/// Parses all of `text` with `rule` into `attr`. Returns true when the rule matched the whole
/// text; otherwise `offset` is where matching stopped. The SIP rules use `>>` only, so nothing
/// throws.
template <class Rule, class Attr>
bool parse_whole(std::string_view text, Rule const& rule, Attr& attr, std::size_t& offset) {
  iterator_type first = text.begin();
  iterator_type const last = text.end();
  bool const ok = x3::parse(first, last, rule, attr);
  offset = static_cast<std::size_t>(first - text.begin());
  return ok && first == last;
}

}  // namespace cme::grammar::sip::detail
