// validate and to_string (values.hpp): the Spirit-free part of the value types.

#include "grammar/values/values.hpp"

#include <cstdio>

namespace cme::grammar::values {

namespace {

template <class T>
Result<Unit, ValueError> discard(Result<T, ValueError> result) {
  if (!result) {
    return Err{std::move(result).error()};
  }
  return Unit{};
}

}  // namespace

Result<Unit, ValueError> validate(ValueType type, std::string_view text) {
  switch (type) {
    case ValueType::Ipv4:
      return discard(parse_ipv4(text));
    case ValueType::Ipv4Prefix:
      return discard(parse_ipv4_prefix(text));
    case ValueType::Mac:
      return discard(parse_mac(text));
    case ValueType::TimeOfDay:
      return discard(parse_time_of_day(text));
    case ValueType::E164:
      return discard(parse_e164(text));
    case ValueType::DialPattern:
      return discard(parse_dial_pattern(text));
    case ValueType::ButtonList:
      return discard(parse_button_list(text));
    case ValueType::Url:
      return discard(parse_url(text));
    case ValueType::QuotedString:
      return discard(parse_quoted_string(text));
  }
  return Err{ValueError{0, "value"}};  // unreachable for a valid enumerator
}

std::string to_string(const Ipv4& v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", (v.address >> 24) & 0xffu,
                (v.address >> 16) & 0xffu, (v.address >> 8) & 0xffu, v.address & 0xffu);
  return buf;
}

std::string to_string(const MacAddress& v) {
  char buf[15];
  std::snprintf(buf, sizeof buf, "%02x%02x.%02x%02x.%02x%02x", v.bytes[0], v.bytes[1], v.bytes[2],
                v.bytes[3], v.bytes[4], v.bytes[5]);
  return buf;
}

std::string to_string(const TimeOfDay& v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%02u:%02u", v.hour, v.minute);
  return buf;
}

}  // namespace cme::grammar::values
