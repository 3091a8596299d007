#pragma once
// Typed values of the CME model that several objects share: IPv4 addresses, MAC addresses and
// times of day as the model stores them, with the text IOS prints for them. The command tables
// (modes/) validate user input with grammar/values and convert it to these; the JSON reader
// (model/json.*) uses the strict text readers below.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cme::model {

/// IPv4 address, host byte order.
struct Ipv4 {
  std::uint32_t address = 0;
  bool operator==(const Ipv4&) const = default;
  auto operator<=>(const Ipv4&) const = default;
};

/// MAC address (ephone `mac-address`, voice register pool `id mac`).
struct MacAddress {
  std::array<std::uint8_t, 6> bytes{};
  bool operator==(const MacAddress&) const = default;
  auto operator<=>(const MacAddress&) const = default;
};

/// Time of day `hh:mm`, 00:00-24:00 (24:00 is midnight at the end of the day, as `em logout`
/// accepts it).
struct TimeOfDay {
  unsigned hour = 0;
  unsigned minute = 0;
  bool operator==(const TimeOfDay&) const = default;
};

/// "10.1.1.2".
std::string to_string(const Ipv4& v);
/// Cisco dotted form as CME prints `mac-address`: "0012.7F57.62A5" (upper-case hex, 4 digits a
/// group; seed 001's example configuration).
std::string to_string(const MacAddress& v);
/// "08:05".
std::string to_string(const TimeOfDay& v);

/// Strict readers for JSON input: the whole text must be the value (IPv4 dotted quad with 1-3
/// digit octets 0-255; MAC `H.H.H` with 1-4 hex digits a group). nullopt otherwise.
std::optional<Ipv4> ipv4_from_text(std::string_view text);
std::optional<MacAddress> mac_from_text(std::string_view text);

}  // namespace cme::model
