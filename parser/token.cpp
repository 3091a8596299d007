#include "parser/token.hpp"

namespace cme::parser {

std::vector<Token> tokenize(std::string_view line) {
  std::vector<Token> tokens;
  tokens.reserve(8);  // one allocation for nearly every configuration line
  std::size_t i = 0;
  const std::size_t n = line.size();
  while (i < n) {
    while (i < n && is_blank(line[i])) {
      ++i;
    }
    if (i >= n) {
      break;
    }
    const std::size_t start = i;
    bool quoted = false;
    if (line[i] == '"') {
      quoted = true;
      const auto close = line.find('"', i + 1);
      i = close == std::string_view::npos ? n : close + 1;
    } else {
      while (i < n && !is_blank(line[i])) {
        ++i;
      }
    }
    tokens.push_back(Token{line.substr(start, i - start), start, quoted});
  }
  return tokens;
}

}  // namespace cme::parser
