#pragma once
// The token characters of RFC 3261 §25.1, as a table for the hand-written scanners of the
// message layer (head.cpp) and the transport (via_stamp.cpp).

#include <array>
#include <string_view>

namespace cme::runtime::sip::detail {

/// token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~"):
/// kTokenChars[byte] is true for each of those bytes.
inline constexpr std::array<bool, 256> kTokenChars = [] {
  std::array<bool, 256> table{};
  for (int c = '0'; c <= '9'; ++c) {
    table[c] = true;
  }
  for (int c = 'a'; c <= 'z'; ++c) {
    table[c] = true;
    table[c - 32] = true;
  }
  for (char const c : std::string_view("-.!%*_+`'~")) {
    table[static_cast<unsigned char>(c)] = true;
  }
  return table;
}();

/// True for a token character (RFC 3261 §25.1).
inline bool is_token_char(char c) {
  return kTokenChars[static_cast<unsigned char>(c)];
}

}  // namespace cme::runtime::sip::detail
