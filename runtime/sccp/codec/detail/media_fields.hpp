#pragma once
// Field lists of the media messages (media_messages.hpp), in wire order per sccp.md §4.4.
// Included by codec.cpp only.

#include <cstdint>

#include "runtime/sccp/codec/detail/wire_io.hpp"
#include "runtime/sccp/codec/media_messages.hpp"

namespace cme::runtime::sccp::detail {

/// An RTP address: ip4 below protocol 17; address type + 16 bytes (IPv4 first) from 17.
template <class Io>
void address(Io& io, std::uint32_t& type, Ipv4& ip, std::uint32_t version) {
  if (version >= 17) {
    io.u32(type);
    io.raw(ip);
    io.zeros(12);
  } else {
    io.raw(ip);
  }
}

/// The 48-byte media encryption block: zeros (clear RTP).
template <class Io>
void encryption_block(Io& io) {
  io.zeros(48);
}

template <class Io>
void fields(Io& io, OpenReceiveChannel& m, std::uint32_t version) {
  words(io, {&m.conference_id, &m.pass_through_party_id, &m.millisecond_packet_size,
             &m.compression_type, &m.echo_cancellation, &m.codec_word, &m.call_reference});
  encryption_block(io);
  words(io, {&m.stream_pass_through_id, &m.associated_stream_id, &m.rfc2833_payload_type,
             &m.dtmf_type});
  if (version < 11) {
    return;
  }
  words(io, {&m.mixing_mode, &m.party_direction});
  address(io, m.address_type, m.source_ip, version);
  io.u32(m.source_port);
  if (version >= 16) {
    io.u32(m.requested_ip_addr_type);
  }
}

template <class Io>
void fields(Io& io, OpenReceiveChannelAck& m, std::uint32_t version) {
  io.u32(m.status);
  address(io, m.address_type, m.ip, version);
  words(io, {&m.port, &m.pass_through_party_id, &m.call_reference});
}

template <class Io>
void fields(Io& io, StartMediaTransmission& m, std::uint32_t version) {
  words(io, {&m.conference_id, &m.pass_through_party_id});
  address(io, m.address_type, m.remote_ip, version);
  words(io, {&m.remote_port, &m.millisecond_packet_size, &m.compression_type, &m.precedence,
             &m.silence_suppression});
  io.u16(m.max_frames_per_packet);
  io.zeros(2);
  words(io, {&m.codec_word, &m.call_reference});
  encryption_block(io);
  words(io, {&m.stream_pass_through_id, &m.associated_stream_id, &m.rfc2833_payload_type,
             &m.dtmf_type, &m.mixing_mode});
  if (version >= 15) {
    io.u32(m.party_direction);
  }
}

template <class Io>
void fields(Io& io, StartMediaTransmissionAck& m, std::uint32_t version) {
  words(io, {&m.conference_id, &m.pass_through_party_id, &m.call_reference});
  address(io, m.address_type, m.ip, version);
  words(io, {&m.port, &m.status});
}

template <class Io, MessageId Id>
void fields(Io& io, MediaStopMessage<Id>& m, std::uint32_t) {
  words(io, {&m.conference_id, &m.pass_through_party_id, &m.call_reference, &m.port_handling});
}

}  // namespace cme::runtime::sccp::detail
