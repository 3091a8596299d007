#pragma once
// Small ASCII text helpers for IOS keyword handling (keywords are ASCII, case-insensitive).

#include <cstddef>
#include <string>
#include <string_view>

namespace cme::parser {

inline char lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

inline std::string to_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    c = lower_ascii(c);
  }
  return out;
}

/// Length of the longest common prefix of `a` and `b`, ignoring ASCII case.
inline std::size_t common_prefix_ci(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && lower_ascii(a[n]) == lower_ascii(b[n])) {
    ++n;
  }
  return n;
}

/// `s` without trailing blanks.
/// True when `a` and `b` are the same word in any case (ASCII).
inline bool equal_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && common_prefix_ci(a, b) == a.size();
}

inline std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace cme::parser
