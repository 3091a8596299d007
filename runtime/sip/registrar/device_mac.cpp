#include "runtime/sip/registrar/device_mac.hpp"

#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "model/values.hpp"

namespace cme::runtime::sip {
namespace {

int hex_value(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (std::isdigit(u)) {
    return c - '0';
  }
  if (std::isxdigit(u)) {
    return std::tolower(u) - 'a' + 10;
  }
  return -1;
}

/// 12 hex digits -> MAC.
std::optional<model::MacAddress> mac_from_hex12(std::string_view hex) {
  if (hex.size() != 12) {
    return std::nullopt;
  }
  model::MacAddress mac;
  for (std::size_t i = 0; i < 6; ++i) {
    const int hi = hex_value(hex[2 * i]);
    const int lo = hex_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) {
      return std::nullopt;
    }
    mac.bytes[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return mac;
}

bool istarts_with(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) {
      return false;
    }
  }
  return true;
}

std::string_view strip(std::string_view text, char open, char close) {
  if (text.size() >= 2 && text.front() == open && text.back() == close) {
    return text.substr(1, text.size() - 2);
  }
  return text;
}

/// True when `uuid` is 8-4-4-4-12 hex digits.
bool uuid_shape(std::string_view uuid) {
  if (uuid.size() != 36) {
    return false;
  }
  for (std::size_t i = 0; i < uuid.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? uuid[i] != '-' : hex_value(uuid[i]) < 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<model::MacAddress> mac_from_instance(std::string_view instance) {
  std::string_view text = strip(strip(instance, '"', '"'), '<', '>');
  if (!istarts_with(text, "urn:uuid:")) {
    return std::nullopt;
  }
  const std::string_view uuid = text.substr(9);
  if (!uuid_shape(uuid)) {
    return std::nullopt;
  }
  const bool cisco_form = uuid.substr(0, 23) == "00000000-0000-0000-0000";
  const bool version_1 = uuid[14] == '1';
  const auto mac = mac_from_hex12(uuid.substr(24));
  if (!mac || !(cisco_form || version_1)) {
    return std::nullopt;
  }
  // RFC 4122 §4.5: a node id that is not a MAC address has the multicast bit set.
  if (!cisco_form && (mac->bytes[0] & 0x01) != 0) {
    return std::nullopt;
  }
  return mac;
}

std::optional<model::MacAddress> mac_from_device_name(std::string_view name) {
  if (name.size() != 15 || !(istarts_with(name, "sep") || istarts_with(name, "ata"))) {
    return std::nullopt;
  }
  return mac_from_hex12(name.substr(3));
}

}  // namespace cme::runtime::sip
