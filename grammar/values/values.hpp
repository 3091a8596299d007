#pragma once
// IOS value types, validated with Spirit X3 (grammar/values/*_def.hpp). These plain functions are
// the only interface others include; no Spirit header leaks out.
//
// Every parser takes the complete text of the value (for single-token types: one token without
// surrounding blanks; for ButtonList: the rest of the command line) and either returns the typed
// value or a ValueError whose `offset` is the 0-based byte offset inside `text` where the input
// stops being acceptable (the caret column relative to the token start).
//
// Offsets are reported per component: the start of the first component (octet, group, number,
// separator, ...) that is malformed or missing, or the first character after a complete value
// (trailing junk). Examples: "10.1.300.4" -> 5, "10.1.1.1x" -> 8, "10.1.1" -> 6, "12:5" -> 3.
// `expected` is the type's user-facing name given with each parser below. No function throws.

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "grammar/values/ast.hpp"

namespace cme::grammar::values {

struct ValueError {
  std::size_t offset = 0;  ///< bytes into the text where parsing failed
  std::string expected;    ///< user-facing name of what was expected, e.g. "MAC address"
};

/// The named value types a command spec can use (grammar/spec maps spec words to these).
enum class ValueType {
  Ipv4,         ///< A.B.C.D
  Ipv4Prefix,   ///< A.B.C.D/M
  Mac,          ///< H.H.H
  TimeOfDay,    ///< HH:MM
  E164,         ///< a dialable number: digits, optional leading '+', '*' and '#' allowed, 1-32 chars
  DialPattern,  ///< E.164 digits plus '.', 'T', '[...]' classes, '+', '*', '#', ',' (dial-peer
                ///< destination-pattern and ephone-dn number patterns), 1-32 chars
  ButtonList,   ///< ephone `button` list: entries `<index><sep><dn>[,<dn>...]` separated by blanks
  Url,          ///< scheme://host[:port][/path...]; scheme http, https, tftp (as CME uses them)
  QuotedString, ///< "..." with no embedded quote; the token includes the quotes
};

/// IPv4 address `A.B.C.D` (IOS "A.B.C.D"): four decimal octets 0-255 of 1-3 digits (leading zeros
/// allowed, "010" = 10). Error: at the bad octet or dot; expected "IP address".
Result<Ipv4, ValueError> parse_ipv4(std::string_view text);
/// `A.B.C.D/M`, M 0-32 (1-2 digits). Host bits are not checked. Expected "IP prefix".
Result<Ipv4Prefix, ValueError> parse_ipv4_prefix(std::string_view text);
/// MAC address in Cisco form `H.H.H` (ephone `mac-address`): three groups of 1-4 hex digits in
/// either case, each zero-padded to 16 bits ("1.2.3" = 0001.0002.0003). Expected "MAC address".
Result<MacAddress, ValueError> parse_mac(std::string_view text);
/// `hh:mm` (telephony-service `after-hours day`, `night-service day` times): hour 0-23 of 1-2
/// digits, minute 00-59 of exactly 2 digits. Expected "time of day".
Result<TimeOfDay, ValueError> parse_time_of_day(std::string_view text);
/// E.164 number (ephone-dn `number`): an optional leading '+', then 1-32 of 0-9, '*', '#'.
/// Returns the text as written, including the '+'. Expected "E.164 number".
Result<std::string, ValueError> parse_e164(std::string_view text);
/// Dial pattern (dial-peer `destination-pattern`, CME dial-plan patterns): 1-32 characters of
/// 0-9 + * # . , and bracket classes of digits, ranges and commas with an optional leading '^'
/// ("[1-5]", "[^0]", "[2,4-6]"; not nested, not empty), with an optional 'T' as the last
/// character ("T" alone is accepted). Range order inside classes is not checked. Returns the
/// pattern unchanged; a pattern longer than 32 fails at offset 32 unless it fails earlier.
/// Expected "dial pattern".
Result<std::string, ValueError> parse_dial_pattern(std::string_view text);
/// Ephone `button` list (CME command reference, `button`): entries separated by runs of blanks
/// (blanks before the first and after the last are allowed); entry = index 1-99, a separator,
/// dn tags 1-65535. Separators ':' 's' 'b' 'f' 'm' 'w' (lower case) take exactly one dn; overlay
/// separators 'o' 'c' 'x' take 1-25 comma-separated dns. Duplicate indexes are not checked here.
/// Offsets count from the start of the whole text. Expected "button list".
Result<ButtonList, ValueError> parse_button_list(std::string_view text);
/// URL `scheme://host[:port][/path]` (CME `url services`, `url directories`, TFTP/HTTP
/// provisioning): scheme http, https or tftp in any case; host an IPv4 address or an RFC 1123
/// host name whose last label is not all digits; port 1-65535; path from '/' on, any printable
/// ASCII. Returns the text unchanged. Expected "URL".
Result<std::string, ValueError> parse_url(std::string_view text);
/// `"..."` with no '"' inside; blanks allowed. Returns the text between the quotes. Expected
/// "quoted string".
Result<std::string, ValueError> parse_quoted_string(std::string_view text);

/// Validates `text` as `type` with the parser above, discarding the typed value (used by the
/// command matcher); the error is that parser's.
Result<Unit, ValueError> validate(ValueType type, std::string_view text);

/// Renders values the way IOS prints them in show running-config.
std::string to_string(const Ipv4& v);        ///< "10.0.0.1"
std::string to_string(const MacAddress& v);  ///< "0011.2233.4455" (lower-case, 4 digits a group)
std::string to_string(const TimeOfDay& v);   ///< "08:05"

}  // namespace cme::grammar::values
