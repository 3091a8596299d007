#pragma once
// Vocabulary shared by the SIP wire grammars (grammar/sip/*, RFC 3261 §25.1): the syntax error,
// the parameter AST, and the Spirit-free helpers that turn matched text into values (%HH
// unescaping, quoted-string unquoting, host checks). Header field values reach these grammars
// unfolded (RFC 3261 §7.3.1): linear white space is only SP and HTAB.

#include <cstddef>
#include <string>
#include <string_view>

namespace cme::grammar::sip {

/// Why a value does not match its grammar.
struct SyntaxError {
  std::size_t offset = 0;  ///< bytes into the text where the value stops matching
  std::string what;        ///< the element that is wrong ("URI", "Via", "host", "port")
};

/// A `;name=value` parameter (uri-parameter, generic-param, via-params) or a `name=value`
/// auth-param. The grammars capture `value` raw (quotes included); cook_param() finishes it.
struct ParamAst {
  std::string name;
  std::string value;
  bool has_value = false;  ///< `name=value` rather than `name`
  bool quoted = false;     ///< the value was a quoted-string (now unquoted and unescaped)
};

/// Occurrences of `c` in `text`: a parameter-list capacity hint (the rules append to the
/// vectors they are given, so reserving first saves reallocations).
std::size_t count_char(std::string_view text, char c);

/// Port attribute value when no port was given.
inline constexpr unsigned kNoPort = ~0u;
/// Largest value of a port (RFC 3261 §25.1 `port = 1*DIGIT`, limited to 16 bits).
inline constexpr unsigned kMaxPort = 65535;

/// Decodes %HH escapes in place (RFC 3261 §19.1.2); a '%' not followed by two hex digits stays
/// as is.
void unescape(std::string& text);
/// Unquotes a quoted-string (`"..."` with `\x` quoted-pairs, RFC 3261 §25.1). False when `text`
/// is not exactly one quoted-string.
bool unquote(std::string_view text, std::string& out);
/// Lower-cases ASCII letters in place.
void to_lower(std::string& text);
/// True for a hostname (RFC 3261 §25.1 `hostname`: labels of letters, digits, '-' and '_', the
/// last one starting with a letter, an optional final dot), a dotted IPv4 address with octets
/// 0-255, or an IPv6 address written inside brackets ("[2001:db8::1]").
bool valid_host(std::string_view host);
/// Lower-cases `host` in place and removes the brackets of an IPv6 reference.
void cook_host(std::string& host);
/// Completes a raw parameter: sets has_value, unquotes a quoted value (setting `quoted`), and
/// when `unescape_text` is set (uri-parameters) decodes %HH in the name and value. False for an
/// unterminated quoted value.
bool cook_param(ParamAst& param, bool unescape_text);

}  // namespace cme::grammar::sip
