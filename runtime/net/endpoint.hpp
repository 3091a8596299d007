#pragma once
// Endpoint: a transport address (IP literal, port, protocol), as transports and the SIP layer
// see the far end of a message.

#include <cstdint>
#include <string>

namespace cme::runtime::net {

enum class Protocol { Udp, Tcp };

struct Endpoint {
  std::string address;  ///< IP literal ("127.0.0.1", "::1")
  std::uint16_t port = 0;
  Protocol protocol = Protocol::Udp;
  bool operator==(const Endpoint&) const = default;
  auto operator<=>(const Endpoint&) const = default;
};

/// "UDP" / "TCP": the Via transport token (RFC 3261 §20.42).
inline const char* protocol_text(Protocol p) {
  return p == Protocol::Udp ? "UDP" : "TCP";
}

}  // namespace cme::runtime::net
