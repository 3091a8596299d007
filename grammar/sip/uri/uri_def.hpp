#pragma once
// X3 rules of SIP/SIPS and tel URIs (RFC 3261 §25.1, RFC 3966). Included by uri/uri.cpp only.

#include "grammar/config.hpp"
#include "grammar/sip/detail/lexical.hpp"
#include "grammar/sip/uri/ast.hpp"
#include "grammar/sip/uri/ast_adapted.hpp"

namespace cme::grammar::sip::uri_rules {

using namespace lexical;

struct userinfo_class;
struct sip_uri_class;
struct tel_uri_class;

x3::rule<userinfo_class, UserInfoAst> const userinfo = "userinfo";
x3::rule<sip_uri_class, UriAst> const sip_uri = "SIP URI";
x3::rule<tel_uri_class, TelAst> const tel_uri = "tel URI";

// user = 1*(unreserved / escaped / user-unreserved); password = *(unreserved / escaped /
// "&" / "=" / "+" / "$" / ",")
auto const user_char = unreserved | escaped | char_("&=+$,;?/");
auto const password_char = unreserved | escaped | char_("&=+$,");
auto const userinfo_def = raw[+user_char] >> -(lit(':') >> raw[*password_char]);
// Only a userinfo that is followed by '@' is one ("sip:host;x" has none): look ahead first so
// that a failed attempt leaves no partial attribute behind.
auto const userinfo_ahead = &(+user_char >> -(lit(':') >> *password_char) >> lit('@'));

// uri-parameter = pname ["=" pvalue]; paramchar = param-unreserved / unreserved / escaped
auto const param_char = unreserved | escaped | char_("[]/:&+$");
auto const uri_param =
    as<ParamAst>("uri-parameter")[raw[+param_char] >> -(lit('=') >> raw[+param_char])];
// header = hname "=" hvalue; hnv-unreserved = "[" / "]" / "/" / "?" / ":" / "+" / "$"
auto const header_char = unreserved | escaped | char_("[]/?:+$");
auto const uri_header =
    as<UriHeaderAst>("URI header")[raw[+header_char] >> lit('=') >> raw[*header_char]];

auto const port = x3::uint_parser<unsigned, 10, 1, 5>{};

// SIP-URI after "sip:": [userinfo] hostport uri-parameters [headers]
auto const sip_uri_def = -(userinfo_ahead >> userinfo >> lit('@')) >> host >> -(lit(':') >> port) >>
                         *(lit(';') >> uri_param) >> -(lit('?') >> (uri_header % lit('&')));

// tel URI after "tel:": the number (digits, visual separators, '*', '#') and parameters.
auto const tel_uri_def = raw[+(alphanum | char_("+-.()*#"))] >> *(lit(';') >> uri_param);

BOOST_SPIRIT_DEFINE(userinfo, sip_uri, tel_uri)

}  // namespace cme::grammar::sip::uri_rules
