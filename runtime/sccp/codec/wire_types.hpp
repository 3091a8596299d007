#pragma once
// Vocabulary of the SCCP wire (sccp.md §1-2): byte buffers, IPv4 address bytes, protocol
// versions and the header version field.

#include <array>
#include <cstdint>
#include <vector>

#include "runtime/sccp/codec/message_id.hpp"

namespace cme::runtime::sccp {

/// Raw bytes of one or more frames.
using Bytes = std::vector<std::uint8_t>;

/// An IPv4 address as its 4 wire bytes in network order (192.0.2.11 = {192, 0, 2, 11}).
using Ipv4 = std::array<std::uint8_t, 4>;

/// Frame header size: length, header version, message id (sccp.md §1).
inline constexpr std::size_t kHeaderSize = 12;
/// Largest accepted value of the length field (4 + payload), Asterisk's cap (sccp.md §1).
inline constexpr std::uint32_t kMaxFrameLength = 2000;
/// Smallest valid length field: the message id alone.
inline constexpr std::uint32_t kMinFrameLength = 4;

/// Highest protocol version whose layouts this codec writes and reads: the "v17" family of
/// sccp.md §2. RegisterAck advertises it, so a phone never negotiates more; a larger version
/// passed to encode()/decode() is treated as 17.
inline constexpr std::uint32_t kMaxProtocolVersion = 17;

/// The layout version the codec uses for a negotiated `version`: min(version, 17).
constexpr std::uint32_t layout_version(std::uint32_t version) {
  return version > kMaxProtocolVersion ? kMaxProtocolVersion : version;
}

/// The header version field (frame bytes 4..7) for message `id` sent at negotiated `version`
/// (sccp.md §1.2, chan-sccp's rule): 0 for Register, KeepAlive, RegisterAck, RegisterReject,
/// KeepAliveAck and UnregisterAck; else 0 below 10, 11 for 12..14 (Wireshark knows 0, 10, 11
/// and 15..22 only, and 12..14 use the v11 layouts), the layout version otherwise.
constexpr std::uint32_t header_version(MessageId id, std::uint32_t version) {
  switch (id) {
    case MessageId::Register:
    case MessageId::KeepAlive:
    case MessageId::RegisterAck:
    case MessageId::RegisterReject:
    case MessageId::KeepAliveAck:
    case MessageId::UnregisterAck:
      return 0;
    default:
      break;
  }
  const std::uint32_t v = layout_version(version);
  if (v < 10) {
    return 0;
  }
  return (v >= 12 && v <= 14) ? 11 : v;
}

}  // namespace cme::runtime::sccp
