#pragma once
// SCCP registration and management messages (sccp.md §4.1): Register and its answers, keepalive,
// capabilities, version, time, config, alarm, server list, unregister and reset.
// Field names follow the spec; offsets and sizes are in sccp.md §4.1. Strings are char[n] on the
// wire: at most n-1 bytes are sent, NUL padded.

#include <array>
#include <cstdint>
#include <string>

#include "runtime/sccp/codec/message_id.hpp"
#include "runtime/sccp/codec/wire_types.hpp"

namespace cme::runtime::sccp {

/// Empty messages: the id is the whole message.
template <MessageId Id>
struct EmptyMessage {
  static constexpr MessageId kId = Id;
  bool operator==(const EmptyMessage&) const = default;
};
using KeepAlive = EmptyMessage<MessageId::KeepAlive>;
using KeepAliveAck = EmptyMessage<MessageId::KeepAliveAck>;
using CapabilitiesReq = EmptyMessage<MessageId::CapabilitiesReq>;
using ConfigStatReq = EmptyMessage<MessageId::ConfigStatReq>;
using TimeDateReq = EmptyMessage<MessageId::TimeDateReq>;
using ButtonTemplateReq = EmptyMessage<MessageId::ButtonTemplateReq>;
using VersionReq = EmptyMessage<MessageId::VersionReq>;
using ServerReq = EmptyMessage<MessageId::ServerReq>;
using SoftKeySetReq = EmptyMessage<MessageId::SoftKeySetReq>;
using SoftKeyTemplateReq = EmptyMessage<MessageId::SoftKeyTemplateReq>;
using ClearDisplay = EmptyMessage<MessageId::ClearDisplay>;
using ClearNotify = EmptyMessage<MessageId::ClearNotify>;
using DeactivateCallPlane = EmptyMessage<MessageId::DeactivateCallPlane>;

/// Register 0x0001 (up). The layout has optional tails; `payload_size` selects them when
/// encoding (a field is sent when it ends at or before it; then zeros up to it) and is the
/// received size (rounded down to 4, at most 172) after decoding. Seen sizes: 44 (7936),
/// 68 (7960 fw 8.1), 124 (7941 fw 8.5), 172 (newest firmware).
struct Register {
  static constexpr MessageId kId = MessageId::Register;
  static constexpr std::uint32_t kMinPayload = 36;  ///< up to maxStreams
  static constexpr std::uint32_t kMaxPayload = 172;
  std::string device_name;  ///< "SEP" + 12 upper-case hex digits of the MAC, char[16]
  std::uint32_t user_id = 0;
  std::uint32_t instance = 1;
  Ipv4 station_ip{};
  std::uint32_t device_type = 0;  ///< sccp.md §11.8 (7941 = 115, 7960 = 7)
  std::uint32_t max_streams = 0;
  std::uint32_t active_streams = 0;             ///< from payload 40
  std::uint8_t protocol_version = 0;            ///< phone's maximum, byte 40 (from payload 44)
  std::uint8_t unknown_flags = 0;               ///< byte 41
  std::uint16_t phone_features = 0;             ///< bytes 42..43, sccp.md §14.1
  std::uint32_t max_conferences = 0;            ///< from payload 48
  std::uint32_t active_conferences = 0;         ///< from payload 52
  std::array<std::uint8_t, 12> mac{};           ///< from payload 64
  std::uint32_t ipv4_address_scope = 0;         ///< from payload 68
  std::uint32_t max_number_of_lines = 0;        ///< from payload 72
  std::array<std::uint8_t, 16> ipv6_address{};  ///< from payload 88
  std::uint32_t ipv6_address_scope = 0;         ///< from payload 92
  std::string firmware_load_name;               ///< char[32], from payload 124
  std::string config_version_stamp;             ///< char[48], from payload 172
  std::uint32_t payload_size = 124;
  bool operator==(const Register&) const = default;
};

/// RegisterAck 0x0081 (down, header version 0), payload 20.
struct RegisterAck {
  static constexpr MessageId kId = MessageId::RegisterAck;
  std::uint32_t keepalive_interval = 30;  ///< seconds
  std::string date_template;              ///< char[6], "M/D/Y"
  std::uint32_t secondary_keepalive_interval = 30;
  std::uint8_t max_protocol_version = kMaxProtocolVersion;
  std::uint8_t flags = 0x20;        ///< chan-sccp's value for v >= 4 (sccp.md §14.2)
  std::uint16_t features = 0xFFF1;  ///< chan-sccp's value for v >= 11
  bool operator==(const RegisterAck&) const = default;
};

/// RegisterReject 0x009D (down, header 0): char[32] reason text.
struct RegisterReject {
  static constexpr MessageId kId = MessageId::RegisterReject;
  std::string text;
  bool operator==(const RegisterReject&) const = default;
};

/// Unregister 0x0027 (up): empty, or a u32 reason (0 unknown, 1 power-save).
struct Unregister {
  static constexpr MessageId kId = MessageId::Unregister;
  bool has_reason = false;  ///< encode the reason word; set by decode when present
  std::uint32_t reason = 0;
  bool operator==(const Unregister&) const = default;
};

/// UnregisterAck 0x0118 (down, header 0): 0 OK, 1 error, 2 NAK.
struct UnregisterAck {
  static constexpr MessageId kId = MessageId::UnregisterAck;
  std::uint32_t status = 0;
  bool operator==(const UnregisterAck&) const = default;
};

/// One-word messages: a single u32 (sccp.md §4.1-4.3).
template <MessageId Id>
struct WordMessage {
  static constexpr MessageId kId = Id;
  std::uint32_t value = 0;
  bool operator==(const WordMessage&) const = default;
};
using Reset = WordMessage<MessageId::Reset>;                  ///< 1 reset, 2 restart, 3 apply
using IpPort = WordMessage<MessageId::IpPort>;                ///< RTP media port
using HeadsetStatus = WordMessage<MessageId::HeadsetStatus>;  ///< 1 on, 2 off
using RegisterAvailableLines = WordMessage<MessageId::RegisterAvailableLines>;
using ForwardStatReq = WordMessage<MessageId::ForwardStatReq>;        ///< line number
using SpeedDialStatReq = WordMessage<MessageId::SpeedDialStatReq>;    ///< speed-dial instance
using LineStatReq = WordMessage<MessageId::LineStatReq>;              ///< line instance
using SetSpeakerMode = WordMessage<MessageId::SetSpeakerMode>;        ///< 1 on, 2 off
using SetMicroMode = WordMessage<MessageId::SetMicroMode>;            ///< 1 on, 2 off
using ActivateCallPlane = WordMessage<MessageId::ActivateCallPlane>;  ///< line instance
using ClearPriNotify = WordMessage<MessageId::ClearPriNotify>;        ///< priority

/// One codec entry of CapabilitiesRes.
struct Capability {
  std::uint32_t payload_capability = 0;  ///< codec, sccp.md §11.13
  std::uint32_t max_frames_per_packet = 0;
  std::array<std::uint8_t, 8> codec_params{};  ///< G.723.1 bitrate word, or mode/payload/params
  bool operator==(const Capability&) const = default;
};

/// CapabilitiesRes 0x0010 (up): capCount then capCount entries of 16 bytes (at most 18).
struct CapabilitiesRes {
  static constexpr MessageId kId = MessageId::CapabilitiesRes;
  static constexpr std::uint32_t kMaxCapabilities = 18;
  std::uint32_t count = 0;  ///< decode clamps it to 18
  std::array<Capability, kMaxCapabilities> capabilities{};
  bool operator==(const CapabilitiesRes&) const = default;
};

/// Version 0x0098 (down): char[16] firmware load name.
struct Version {
  static constexpr MessageId kId = MessageId::Version;
  std::string load_name;
  bool operator==(const Version&) const = default;
};

/// DefineTimeDate 0x0094 (down), payload 36.
struct DefineTimeDate {
  static constexpr MessageId kId = MessageId::DefineTimeDate;
  std::uint32_t year = 0;
  std::uint32_t month = 0;        ///< 1..12
  std::uint32_t day_of_week = 0;  ///< 0 = Sunday
  std::uint32_t day = 0;
  std::uint32_t hour = 0;
  std::uint32_t minute = 0;
  std::uint32_t second = 0;
  std::uint32_t milliseconds = 0;
  std::uint32_t system_time = 0;  ///< Unix seconds
  bool operator==(const DefineTimeDate&) const = default;
};

/// ConfigStat 0x0093 (down), payload 112.
struct ConfigStat {
  static constexpr MessageId kId = MessageId::ConfigStat;
  std::string device_name;  ///< char[16]
  std::uint32_t user_id = 0;
  std::uint32_t instance = 1;
  std::string user_name;    ///< char[40]
  std::string server_name;  ///< char[40]
  std::uint32_t number_of_lines = 0;
  std::uint32_t number_of_speed_dials = 0;
  bool operator==(const ConfigStat&) const = default;
};

/// Alarm 0x0020 (up), payload 92.
struct Alarm {
  static constexpr MessageId kId = MessageId::Alarm;
  std::uint32_t severity = 0;  ///< sccp.md §11.15
  std::string text;            ///< char[80]
  std::uint32_t param1 = 0;
  std::uint32_t param2 = 0;
  bool operator==(const Alarm&) const = default;
};

/// ServerRes 0x009E (down), payload 280: five char[48] names, five u32 ports, five ip4.
struct ServerRes {
  static constexpr MessageId kId = MessageId::ServerRes;
  static constexpr std::size_t kServers = 5;
  std::array<std::string, kServers> names;
  std::array<std::uint32_t, kServers> ports{};
  std::array<Ipv4, kServers> addresses{};
  bool operator==(const ServerRes&) const = default;
};

}  // namespace cme::runtime::sccp
