// parse_via (via.hpp) on top of the rules in via_def.hpp.

#include "grammar/sip/via/via.hpp"

#include "grammar/sip/detail/parse_whole.hpp"
#include "grammar/sip/via/via_def.hpp"

namespace cme::grammar::sip {

Result<ViaAst, SyntaxError> parse_via(std::string_view text) {
  ViaAst via;
  via.params.reserve(count_char(text, ';'));
  std::size_t offset = 0;
  if (!detail::parse_whole(text, via_rules::via, via, offset)) {
    return Err{SyntaxError{offset, "Via"}};
  }
  if (!valid_host(via.host)) {
    return Err{SyntaxError{text.find(via.host), "host"}};
  }
  if (via.port != kNoPort && via.port > kMaxPort) {
    return Err{SyntaxError{text.find(via.host), "port"}};
  }
  cook_host(via.host);
  for (char& c : via.transport) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  for (auto& param : via.params) {
    if (!cook_param(param, false)) {
      return Err{SyntaxError{text.find(';'), "Via"}};
    }
  }
  return via;
}

}  // namespace cme::grammar::sip
