#include "runtime/sccp/session/sccp_debug.hpp"

#include <fmt/format.h>

namespace cme::runtime::sccp {

namespace {

/// "4  0  0  0  " as IOS dumps bytes: hex without leading zeros, two spaces after each.
template <class It>
std::string hex_bytes(It first, It last) {
  std::string out;
  for (auto it = first; it != last; ++it) {
    out += fmt::format("{:x}  ", static_cast<unsigned>(*it));
  }
  return out;
}

std::string ip_text(const Ipv4& ip) {
  return fmt::format("{}.{}.{}.{}", ip[0], ip[1], ip[2], ip[3]);
}

}  // namespace

std::string debug_prefix(unsigned tag, unsigned socket) {
  return tag == 0 ? fmt::format("ephone-({})[{}] ", socket, socket)
                  : fmt::format("ephone-{}[{}]:", tag, socket);
}

std::vector<std::string> register_lines(const Register& r, unsigned socket,
                                        const std::string& address) {
  const auto p = debug_prefix(0, socket);
  return {
      fmt::format("{}StationRegisterMessage from {}", p, address),
      fmt::format("{}Register StationIdentifier DeviceName {}", p, r.device_name),
      fmt::format("{}StationIdentifier Instance {}    deviceType {}", p, r.instance,
                  r.device_type),
      fmt::format("{}stationIpAddr {}", p, ip_text(r.station_ip)),
      fmt::format("{}maxStreams {}", p, r.max_streams),
      fmt::format("{}protocol version {} load {}", p, static_cast<unsigned>(r.protocol_version),
                  r.firmware_load_name),
  };
}

std::vector<std::string> raw_received_lines(const Frame& frame, unsigned socket) {
  std::vector<std::uint8_t> body;
  for (unsigned i = 0; i < 4; ++i) {
    body.push_back(static_cast<std::uint8_t>(frame.message_id >> (8 * i)));
  }
  body.insert(body.end(), frame.payload.begin(), frame.payload.end());
  return {fmt::format("skinny socket received {} bytes on socket [{}]", body.size(), socket),
          hex_bytes(body.begin(), body.end()), "",
          fmt::format("SkinnyMessageID = {}", frame.message_id)};
}

std::vector<std::string> raw_sent_lines(const Bytes& frame, unsigned socket) {
  const std::size_t length = frame.size() >= 4 ? frame.size() - 8 : 0;
  return {fmt::format("skinny send {} bytes", length), hex_bytes(frame.begin(), frame.end()),
          fmt::format("socket [{}] sent {} bytes OK (incl hdr) for ephone-({})", socket,
                      frame.size(), socket)};
}

}  // namespace cme::runtime::sccp
