#pragma once
// AST of credentials and challenges: Authorization, Proxy-Authorization, WWW-Authenticate,
// Proxy-Authenticate (RFC 3261 §20.7, §25.1; RFC 2617 §3.2; RFC 7616 §3.3-3.4).

#include <string>
#include <vector>

#include "grammar/sip/common.hpp"

namespace cme::grammar::sip {

struct AuthAst {
  std::string scheme;  ///< "Digest" as written
  std::vector<ParamAst> params;
};

}  // namespace cme::grammar::sip
