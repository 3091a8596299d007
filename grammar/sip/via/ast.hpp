#pragma once
// AST of one Via value, via-parm (RFC 3261 §20.42, §25.1).

#include <string>
#include <vector>

#include "grammar/sip/common.hpp"

namespace cme::grammar::sip {

struct ViaAst {
  std::string protocol;   ///< protocol-name, "SIP"
  std::string version;    ///< protocol-version, "2.0"
  std::string transport;  ///< upper case after parse_via(): "UDP", "TCP", "TLS", "SCTP", ...
  std::string host;       ///< lower case, IPv6 without brackets after parse_via()
  unsigned port = kNoPort;
  std::vector<ParamAst> params;
};

}  // namespace cme::grammar::sip
