#pragma once
// AST of name-addr / addr-spec values with header parameters: From, To, Contact, Route,
// Record-Route, Reply-To, Refer-To, Referred-By, P-Asserted-Identity (RFC 3261 §20.10, §25.1).

#include <boost/range/iterator_range.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/sip/common.hpp"
#include "grammar/sip/uri/ast.hpp"

namespace cme::grammar::sip {

/// The cooked result of parse_name_addr().
struct NameAddrAst {
  bool star = false;    ///< Contact `*`
  std::string display;  ///< display-name, unquoted and unescaped; tokens as written
  UriAst uri;
  std::vector<ParamAst> params;
};

/// The matched text of a part of the value (not copied: parse_uri reads it in place).
using TextRange = boost::iterator_range<std::string_view::const_iterator>;

/// `[display-name] LAQUOT addr-spec RAQUOT *(SEMI generic-param)` as matched: the display name
/// raw (quotes included) and the URI text between the angle brackets.
struct NameAddrFormAst {
  std::string display;
  TextRange uri;
  std::vector<ParamAst> params;
};

/// `addr-spec *(SEMI generic-param)` as matched.
struct AddrSpecFormAst {
  TextRange uri;
  std::vector<ParamAst> params;
};

}  // namespace cme::grammar::sip
