#pragma once
// Tokenizing a command line (IOS rules): tokens are separated by runs of blanks (space, tab);
// a token that starts with '"' extends to the next '"' (blanks included) and is one token. Every
// token keeps its byte column so that diagnostics can put the caret under it.

#include <cstddef>
#include <string_view>
#include <vector>

namespace cme::parser {

struct Token {
  std::string_view text;  ///< view into the line; quotes included for quoted tokens
  std::size_t column = 0; ///< 0-based byte offset of the first character in the line
  bool quoted = false;    ///< true when the token is a "..." string
  std::size_t end() const { return column + text.size(); }
};

/// Splits `line` into tokens. An unterminated quote runs to the end of the line.
std::vector<Token> tokenize(std::string_view line);

/// True for the blanks that separate tokens.
inline bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace cme::parser
