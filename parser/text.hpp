#pragma once
// Small ASCII text helpers for IOS keyword handling (keywords are ASCII, case-insensitive).

#include <string_view>

#include "common/ascii.hpp"

namespace cme::parser {

using cme::common_prefix_ci;
using cme::equal_ci;
using cme::lower_ascii;
using cme::to_lower;

/// `s` without trailing blanks (space, tab, CR).
inline std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace cme::parser
