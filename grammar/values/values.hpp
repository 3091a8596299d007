#pragma once
// IOS value types, validated with Spirit X3 (grammar/values/*_def.hpp). These plain functions are
// the only interface others include; no Spirit header leaks out.
//
// Every parser takes the complete text of the value (for single-token types: one token without
// surrounding blanks; for ButtonList: the rest of the command line) and either returns the typed
// value or a ValueError whose `offset` is the 0-based byte offset inside `text` where the input
// stops being acceptable (the caret column relative to the token start).

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

Result<Ipv4, ValueError> parse_ipv4(std::string_view text);
Result<Ipv4Prefix, ValueError> parse_ipv4_prefix(std::string_view text);
Result<MacAddress, ValueError> parse_mac(std::string_view text);
Result<TimeOfDay, ValueError> parse_time_of_day(std::string_view text);
Result<std::string, ValueError> parse_e164(std::string_view text);          ///< returns the digits
Result<std::string, ValueError> parse_dial_pattern(std::string_view text);  ///< returns the pattern
Result<ButtonList, ValueError> parse_button_list(std::string_view text);
Result<std::string, ValueError> parse_url(std::string_view text);
Result<std::string, ValueError> parse_quoted_string(std::string_view text);  ///< without quotes

/// Validates `text` as `type`, discarding the typed value (used by the command matcher).
Result<Unit, ValueError> validate(ValueType type, std::string_view text);

/// Renders values the way IOS prints them in show running-config.
std::string to_string(const Ipv4& v);        ///< "10.0.0.1"
std::string to_string(const MacAddress& v);  ///< "0011.2233.4455" (lower-case, 4 digits a group)
std::string to_string(const TimeOfDay& v);   ///< "08:05"

}  // namespace cme::grammar::values
