// parse_auth (auth.hpp) on top of the rules in auth_def.hpp.

#include "grammar/sip/auth/auth.hpp"

#include "grammar/sip/auth/auth_def.hpp"
#include "grammar/sip/detail/parse_whole.hpp"

namespace cme::grammar::sip {

Result<AuthAst, SyntaxError> parse_auth(std::string_view text) {
  AuthAst auth;
  auth.params.reserve(count_char(text, '='));
  std::size_t offset = 0;
  if (!detail::parse_whole(text, auth_rules::auth, auth, offset)) {
    return Err{SyntaxError{offset, "credentials"}};
  }
  for (auto& param : auth.params) {
    if (!cook_param(param, false)) {
      return Err{SyntaxError{offset, "credentials"}};
    }
  }
  return auth;
}

}  // namespace cme::grammar::sip
