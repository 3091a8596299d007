// parse_ipv4, parse_ipv4_prefix, parse_mac, parse_time_of_day and parse_url (values.hpp) on top of
// the rules in network_def.hpp.

#include "grammar/values/network_def.hpp"
#include "grammar/values/values.hpp"

namespace cme::grammar::values {

namespace {

Ipv4 to_ipv4(const detail::Quad& q) {
  return Ipv4{(q.a << 24) | (q.b << 16) | (q.c << 8) | q.d};
}

}  // namespace

Result<Ipv4, ValueError> parse_ipv4(std::string_view text) {
  auto quad = detail::parse_whole<detail::Quad>(text, network_rules::ipv4);
  if (!quad) {
    return Err{std::move(quad).error()};
  }
  return to_ipv4(*quad);
}

Result<Ipv4Prefix, ValueError> parse_ipv4_prefix(std::string_view text) {
  auto prefix = detail::parse_whole<detail::QuadPrefix>(text, network_rules::ipv4_prefix);
  if (!prefix) {
    return Err{std::move(prefix).error()};
  }
  return Ipv4Prefix{to_ipv4(prefix->quad), prefix->length};
}

Result<MacAddress, ValueError> parse_mac(std::string_view text) {
  auto groups = detail::parse_whole<detail::MacGroups>(text, network_rules::mac);
  if (!groups) {
    return Err{std::move(groups).error()};
  }
  MacAddress mac;
  unsigned const words[] = {groups->high, groups->middle, groups->low};
  for (std::size_t i = 0; i < 3; ++i) {
    mac.bytes[2 * i] = static_cast<std::uint8_t>(words[i] >> 8);
    mac.bytes[2 * i + 1] = static_cast<std::uint8_t>(words[i] & 0xff);
  }
  return mac;
}

Result<TimeOfDay, ValueError> parse_time_of_day(std::string_view text) {
  return detail::parse_whole<TimeOfDay>(text, network_rules::time_of_day);
}

Result<std::string, ValueError> parse_url(std::string_view text) {
  return detail::parse_whole<std::string>(text, network_rules::url);
}

}  // namespace cme::grammar::values
