#pragma once
// Field lists of the registration and management messages (registration_messages.hpp), in wire
// order per sccp.md §4.1. Included by codec.cpp only.

#include <algorithm>
#include <cstdint>

#include "runtime/sccp/codec/detail/wire_io.hpp"
#include "runtime/sccp/codec/registration_messages.hpp"

namespace cme::runtime::sccp::detail {

template <class Io, MessageId Id>
void fields(Io&, EmptyMessage<Id>&, std::uint32_t) {}

template <class Io, MessageId Id>
void fields(Io& io, WordMessage<Id>& m, std::uint32_t) {
  io.u32(m.value);
}

/// Register: each optional tail is sent when `payload_size` covers it, read when bytes remain.
template <class Io>
void fields(Io& io, Register& m, std::uint32_t) {
  io.text(m.device_name, 16);
  words(io, {&m.user_id, &m.instance});
  io.raw(m.station_ip);
  words(io, {&m.device_type, &m.max_streams});
  if (!io.more(m.payload_size >= 44)) {
    return;
  }
  io.u32(m.active_streams);
  io.u8(m.protocol_version);
  io.u8(m.unknown_flags);
  io.u16(m.phone_features);
  if (!io.more(m.payload_size >= 48)) {
    return;
  }
  io.u32(m.max_conferences);
  if (!io.more(m.payload_size >= 52)) {
    return;
  }
  io.u32(m.active_conferences);
  if (!io.more(m.payload_size >= 68)) {
    return;
  }
  io.raw(m.mac);
  io.u32(m.ipv4_address_scope);
  if (!io.more(m.payload_size >= 72)) {
    return;
  }
  io.u32(m.max_number_of_lines);
  if (!io.more(m.payload_size >= 124)) {
    return;
  }
  io.raw(m.ipv6_address);
  io.u32(m.ipv6_address_scope);
  io.text(m.firmware_load_name, 32);
  if (io.more(m.payload_size >= 172)) {
    io.text(m.config_version_stamp, 48);
  }
}

template <class Io>
void fields(Io& io, RegisterAck& m, std::uint32_t) {
  io.u32(m.keepalive_interval);
  io.text(m.date_template, 6);
  io.zeros(2);
  io.u32(m.secondary_keepalive_interval);
  io.u8(m.max_protocol_version);
  io.u8(m.flags);
  io.u16(m.features);
}

template <class Io>
void fields(Io& io, RegisterReject& m, std::uint32_t) {
  io.text(m.text, 32);
}

template <class Io>
void fields(Io& io, Unregister& m, std::uint32_t) {
  if (io.more(m.has_reason)) {
    m.has_reason = true;
    io.u32(m.reason);
  }
}

template <class Io>
void fields(Io& io, UnregisterAck& m, std::uint32_t) {
  io.u32(m.status);
}

template <class Io>
void fields(Io& io, CapabilitiesRes& m, std::uint32_t) {
  m.count = std::min(m.count, CapabilitiesRes::kMaxCapabilities);
  io.u32(m.count);
  m.count = std::min(m.count, CapabilitiesRes::kMaxCapabilities);
  for (std::uint32_t i = 0; i < m.count; ++i) {
    io.u32(m.capabilities[i].payload_capability);
    io.u32(m.capabilities[i].max_frames_per_packet);
    io.raw(m.capabilities[i].codec_params);
  }
}

template <class Io>
void fields(Io& io, Version& m, std::uint32_t) {
  io.text(m.load_name, 16);
}

template <class Io>
void fields(Io& io, DefineTimeDate& m, std::uint32_t) {
  words(io, {&m.year, &m.month, &m.day_of_week, &m.day, &m.hour, &m.minute, &m.second,
             &m.milliseconds, &m.system_time});
}

template <class Io>
void fields(Io& io, ConfigStat& m, std::uint32_t) {
  io.text(m.device_name, 16);
  words(io, {&m.user_id, &m.instance});
  io.text(m.user_name, 40);
  io.text(m.server_name, 40);
  words(io, {&m.number_of_lines, &m.number_of_speed_dials});
}

template <class Io>
void fields(Io& io, Alarm& m, std::uint32_t) {
  io.u32(m.severity);
  io.text(m.text, 80);
  words(io, {&m.param1, &m.param2});
}

template <class Io>
void fields(Io& io, ServerRes& m, std::uint32_t) {
  for (auto& name : m.names) {
    io.text(name, 48);
  }
  for (auto& port : m.ports) {
    io.u32(port);
  }
  for (auto& address : m.addresses) {
    io.raw(address);
  }
}

}  // namespace cme::runtime::sccp::detail
