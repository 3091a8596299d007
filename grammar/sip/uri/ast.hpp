#pragma once
// AST of SIP, SIPS and tel URIs (RFC 3261 §19.1, §25.1; RFC 3966) and the opaque form of other
// schemes. Plain structs; parse_uri() (uri.hpp) returns them cooked: escapes decoded, host lower
// case without IPv6 brackets.

#include <string>
#include <vector>

#include "grammar/sip/common.hpp"

namespace cme::grammar::sip {

/// userinfo = user [":" password] "@"
struct UserInfoAst {
  std::string user;
  std::string password;
};

/// One `?name=value` / `&name=value` URI header.
struct UriHeaderAst {
  std::string name;
  std::string value;
};

struct UriAst {
  std::string scheme;    ///< lower case: "sip", "sips", "tel", or another scheme
  UserInfoAst userinfo;  ///< tel: the subscriber number in `user`
  std::string host;
  unsigned port = kNoPort;
  std::vector<ParamAst> params;
  std::vector<UriHeaderAst> headers;
  std::string opaque;  ///< schemes other than sip/sips/tel: everything after "scheme:"
};

/// tel URI before cooking: the number and its parameters.
struct TelAst {
  std::string number;
  std::vector<ParamAst> params;
};

}  // namespace cme::grammar::sip
