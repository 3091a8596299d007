#pragma once
// ASCII text helpers shared by every layer: IOS keywords, SIP header names and tokens are ASCII
// and compared without regard to case (RFC 3261 §7.3.1 header names, IOS keywords).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cme {

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

/// True when `a` and `b` are the same word in any case (ASCII).
inline bool equal_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && common_prefix_ci(a, b) == a.size();
}

/// True when `text` contains `word` in any case (ASCII). An empty `word` is always contained.
inline bool contains_ci(std::string_view text, std::string_view word) {
  for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
    if (equal_ci(text.substr(i, word.size()), word)) {
      return true;
    }
  }
  return false;
}

/// The blank-separated words of `text` (spaces and tabs; runs of them count once), in order:
/// "softkeys idle  Redial Dnd" -> {"softkeys", "idle", "Redial", "Dnd"}.
inline std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
      ++i;
    }
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') {
      ++i;
    }
    if (i > start) {
      out.emplace_back(text.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace cme
