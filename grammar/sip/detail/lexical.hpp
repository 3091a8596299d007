#pragma once
// X3 building blocks shared by the SIP grammars: the character classes and small productions of
// RFC 3261 §25.1. These are parser expressions, not rules, so every grammar TU that uses them
// instantiates only what it needs. Values arrive unfolded: LWS is SP / HTAB.
// Include only from grammar/sip/**/*_def.hpp.

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/config.hpp"
#include "grammar/sip/common.hpp"

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::ParamAst, name, value)

namespace cme::grammar::sip::lexical {

using x3::char_;
using x3::lit;
using x3::raw;

/// SWS / LWS after unfolding: optional and required blanks.
inline auto const sws = x3::omit[*x3::ascii::blank];
inline auto const lws = x3::omit[+x3::ascii::blank];

/// alphanum, mark and unreserved.
inline auto const alphanum = x3::ascii::alnum;
inline auto const unreserved = alphanum | char_("-_.!~*'()");
/// escaped = "%" HEXDIG HEXDIG
inline auto const escaped = char_('%') >> x3::ascii::xdigit >> x3::ascii::xdigit;

/// token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~")
inline auto const token_char = alphanum | char_("-.!%*_+`'~");
inline auto const token = raw[+token_char];

/// quoted-string = DQUOTE *(qdtext / quoted-pair) DQUOTE, captured with its quotes.
/// qdtext = LWS / %x21 / %x23-5B / %x5D-7E / UTF8-NONASCII: any byte but DQUOTE, backslash and
/// ASCII controls other than HTAB (UTF-8 is not validated). quoted-pair = "\" followed by any
/// byte but CR and LF.
inline auto const qdtext = (char_ - '"' - '\\' - x3::ascii::cntrl) | char_('\t');
inline auto const quoted_pair = lit('\\') >> (char_ - char_("\r\n"));
inline auto const quoted_string = raw[lit('"') >> *(quoted_pair | qdtext) >> lit('"')];

/// host as written: an IPv6 reference or a run of hostname / IPv4 characters. Checked afterwards
/// with valid_host().
inline auto const host =
    raw[(lit('[') >> +(x3::ascii::xdigit | char_(":.")) >> lit(']')) | +(alphanum | char_("-._"))];

/// A generic parameter value: quoted-string, or token / host characters (':' and brackets allow
/// the unbracketed IPv6 of via-received and maddr).
inline auto const gen_value = quoted_string | raw[+(token_char | char_(":[]"))];

/// as<T>(name)[p]: p with its attribute collected into a T (an inline rule), so that sequences
/// inside repetitions build one T per repetition.
template <class T>
struct as_gen {
  char const* name;
  template <class Subject>
  constexpr auto operator[](Subject const& subject) const {
    return x3::rule<T, T>{name} = x3::as_parser(subject);
  }
};
template <class T>
constexpr as_gen<T> as(char const* name) {
  return {name};
}

/// generic-param: `name [= value]` with optional blanks around '='.
inline auto const generic_param =
    as<ParamAst>("parameter")[token >> -(sws >> lit('=') >> sws >> gen_value)];
/// SEMI generic-param
inline auto const semi_param = sws >> lit(';') >> sws >> generic_param;

/// Decimal digits into an unsigned (port, CSeq number): up to `MaxDigits` digits.
template <int MaxDigits>
inline auto const decimal = x3::uint_parser<unsigned long long, 10, 1, MaxDigits>{};

}  // namespace cme::grammar::sip::lexical
