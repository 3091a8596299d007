#pragma once
// SCCP media messages (sccp.md §4.4): receive channels, media transmission and their acks.
// Addresses are IPv4 only: below protocol 17 a 4-byte ip4; from 17 an address type word and a
// 16-byte slot holding the IPv4 bytes first. The 48-byte media encryption block is sent as
// zeros (clear RTP) and ignored when read.

#include <cstdint>

#include "runtime/sccp/codec/message_id.hpp"
#include "runtime/sccp/codec/wire_types.hpp"

namespace cme::runtime::sccp {

/// OpenReceiveChannel 0x0105 (down): payload 92 (v < 11), 108 (v 11-15), 112 (v 16), 128 (v 17).
struct OpenReceiveChannel {
  static constexpr MessageId kId = MessageId::OpenReceiveChannel;
  std::uint32_t conference_id = 0;
  std::uint32_t pass_through_party_id = 0;
  std::uint32_t millisecond_packet_size = 20;
  std::uint32_t compression_type = 4;  ///< codec, sccp.md §11.13 (4 = G.711 mu-law)
  std::uint32_t echo_cancellation = 0;
  std::uint32_t codec_word = 0;  ///< G.723.1 bitrate, else codec parameter bytes
  std::uint32_t call_reference = 0;
  std::uint32_t stream_pass_through_id = 0;
  std::uint32_t associated_stream_id = 0;
  std::uint32_t rfc2833_payload_type = 101;
  std::uint32_t dtmf_type = 10;
  std::uint32_t mixing_mode = 0;             ///< v >= 11
  std::uint32_t party_direction = 0;         ///< v >= 11
  std::uint32_t address_type = 0;            ///< v >= 17 (0 IPv4)
  Ipv4 source_ip{};                          ///< v >= 11
  std::uint32_t source_port = 0;             ///< v >= 11
  std::uint32_t requested_ip_addr_type = 0;  ///< v >= 16
  bool operator==(const OpenReceiveChannel&) const = default;
};

/// OpenReceiveChannelAck 0x0022 (up): payload 20 (v < 17) or 36 (v 17).
struct OpenReceiveChannelAck {
  static constexpr MessageId kId = MessageId::OpenReceiveChannelAck;
  std::uint32_t status = 0;        ///< sccp.md §11.14, 0 = OK
  std::uint32_t address_type = 0;  ///< v >= 17
  Ipv4 ip{};                       ///< phone's RTP receive address
  std::uint32_t port = 0;
  std::uint32_t pass_through_party_id = 0;
  std::uint32_t call_reference = 0;
  bool operator==(const OpenReceiveChannelAck&) const = default;
};

/// StartMediaTransmission 0x008A (down): payload 112 (v < 15), 116 (v 15-16), 132 (v 17).
struct StartMediaTransmission {
  static constexpr MessageId kId = MessageId::StartMediaTransmission;
  std::uint32_t conference_id = 0;
  std::uint32_t pass_through_party_id = 0;
  std::uint32_t address_type = 0;  ///< v >= 17
  Ipv4 remote_ip{};
  std::uint32_t remote_port = 0;
  std::uint32_t millisecond_packet_size = 20;
  std::uint32_t compression_type = 4;
  std::uint32_t precedence = 0;
  std::uint32_t silence_suppression = 0;
  std::uint16_t max_frames_per_packet = 0;
  std::uint32_t codec_word = 0;
  std::uint32_t call_reference = 0;
  std::uint32_t stream_pass_through_id = 0;
  std::uint32_t associated_stream_id = 0;
  std::uint32_t rfc2833_payload_type = 101;
  std::uint32_t dtmf_type = 10;
  std::uint32_t mixing_mode = 0;
  std::uint32_t party_direction = 0;  ///< v >= 15
  bool operator==(const StartMediaTransmission&) const = default;
};

/// StartMediaTransmissionAck 0x0154 (up): payload 24 (v < 17) or 40 (v 17).
struct StartMediaTransmissionAck {
  static constexpr MessageId kId = MessageId::StartMediaTransmissionAck;
  std::uint32_t conference_id = 0;
  std::uint32_t pass_through_party_id = 0;
  std::uint32_t call_reference = 0;
  std::uint32_t address_type = 0;  ///< v >= 17
  Ipv4 ip{};
  std::uint32_t port = 0;
  std::uint32_t status = 0;
  bool operator==(const StartMediaTransmissionAck&) const = default;
};

/// StopMediaTransmission 0x008B and CloseReceiveChannel 0x0106 (down), payload 16.
template <MessageId Id>
struct MediaStopMessage {
  static constexpr MessageId kId = Id;
  std::uint32_t conference_id = 0;
  std::uint32_t pass_through_party_id = 0;
  std::uint32_t call_reference = 0;
  std::uint32_t port_handling = 0;  ///< 0 close port, 1 keep it
  bool operator==(const MediaStopMessage&) const = default;
};
using StopMediaTransmission = MediaStopMessage<MessageId::StopMediaTransmission>;
using CloseReceiveChannel = MediaStopMessage<MessageId::CloseReceiveChannel>;

}  // namespace cme::runtime::sccp
