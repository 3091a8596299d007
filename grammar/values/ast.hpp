#pragma once
// Typed IOS values (the results of grammar/values): plain structs, no Spirit.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace cme::grammar::values {

/// IPv4 address, host byte order (`A.B.C.D`, each octet 0-255, no leading '+'/'-').
struct Ipv4 {
  std::uint32_t address = 0;
  bool operator==(const Ipv4&) const = default;
};

/// `A.B.C.D/M`, M in 0-32.
struct Ipv4Prefix {
  Ipv4 address;
  unsigned length = 0;
  bool operator==(const Ipv4Prefix&) const = default;
};

/// MAC address in Cisco dotted form `H.H.H` (three groups of 1-4 hex digits).
struct MacAddress {
  std::array<std::uint8_t, 6> bytes{};
  bool operator==(const MacAddress&) const = default;
};

/// Time of day `HH:MM` (00:00-23:59; one-digit hour accepted).
struct TimeOfDay {
  unsigned hour = 0;
  unsigned minute = 0;
  bool operator==(const TimeOfDay&) const = default;
};

/// One entry of an ephone `button` list, e.g. `4o13,14,15` = index 4, separator 'o', dns 13 14 15.
/// Separators (CME command reference, `button`): ':' normal, 's' silent, 'b' beep-no-ring,
/// 'f' feature ring, 'm' monitor, 'w' watch, 'o' overlay, 'c' call-waiting overlay,
/// 'x' overlay rollover.
struct ButtonEntry {
  unsigned index = 0;
  char separator = ':';
  std::vector<unsigned> dns;
  bool operator==(const ButtonEntry&) const = default;
};
using ButtonList = std::vector<ButtonEntry>;

}  // namespace cme::grammar::values
