#include "model/values.hpp"

#include <cstdio>

namespace cme::model {

namespace {

/// Reads an unsigned number of 1..max_digits digits in `base` from the front of `text`.
std::optional<unsigned> take_number(std::string_view& text, unsigned base, std::size_t max_digits) {
  std::size_t n = 0;
  unsigned value = 0;
  while (n < text.size() && n < max_digits) {
    const char c = text[n];
    unsigned d = 0;
    if (c >= '0' && c <= '9') {
      d = static_cast<unsigned>(c - '0');
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      d = static_cast<unsigned>(c - 'a' + 10);
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      d = static_cast<unsigned>(c - 'A' + 10);
    } else {
      break;
    }
    value = value * base + d;
    ++n;
  }
  if (n == 0) {
    return std::nullopt;
  }
  text.remove_prefix(n);
  return value;
}

/// Reads `count` numbers separated by '.'; the text must end after the last one.
template <std::size_t N>
std::optional<std::array<unsigned, N>> dotted(std::string_view text, unsigned base,
                                              std::size_t digits, unsigned max) {
  std::array<unsigned, N> parts{};
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) {
      if (text.empty() || text.front() != '.') {
        return std::nullopt;
      }
      text.remove_prefix(1);
    }
    const auto v = take_number(text, base, digits);
    if (!v || *v > max) {
      return std::nullopt;
    }
    parts[i] = *v;
  }
  if (!text.empty()) {
    return std::nullopt;
  }
  return parts;
}

}  // namespace

std::string to_string(const Ipv4& v) {
  const auto a = v.address;
  return std::to_string(a >> 24) + '.' + std::to_string((a >> 16) & 0xff) + '.' +
         std::to_string((a >> 8) & 0xff) + '.' + std::to_string(a & 0xff);
}

std::string to_string(const MacAddress& v) {
  char buf[16];
  const auto& b = v.bytes;
  std::snprintf(buf, sizeof buf, "%02X%02X.%02X%02X.%02X%02X", b[0], b[1], b[2], b[3], b[4], b[5]);
  return buf;
}

std::string to_string(const TimeOfDay& v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u:%02u", v.hour % 100, v.minute % 100);
  return buf;
}

std::optional<Ipv4> ipv4_from_text(std::string_view text) {
  const auto parts = dotted<4>(text, 10, 3, 255);
  if (!parts) {
    return std::nullopt;
  }
  Ipv4 ip;
  for (auto p : *parts) {
    ip.address = (ip.address << 8) | p;
  }
  return ip;
}

std::optional<MacAddress> mac_from_text(std::string_view text) {
  const auto parts = dotted<3>(text, 16, 4, 0xffff);
  if (!parts) {
    return std::nullopt;
  }
  MacAddress mac;
  for (std::size_t i = 0; i < 3; ++i) {
    mac.bytes[2 * i] = static_cast<std::uint8_t>((*parts)[i] >> 8);
    mac.bytes[2 * i + 1] = static_cast<std::uint8_t>((*parts)[i] & 0xff);
  }
  return mac;
}

}  // namespace cme::model
