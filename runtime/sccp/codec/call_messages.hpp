#pragma once
// SCCP call-control messages (sccp.md §4.3): hook, keypad, enbloc, tones, ringer, lamp, call
// state, call info, dialed number. Numbers are char[24] (the v < 18 layouts; the codec caps at
// protocol 17).

#include <cstdint>
#include <string>

#include "runtime/sccp/codec/message_id.hpp"

namespace cme::runtime::sccp {

/// OffHook 0x0006, OnHook 0x0007, HookFlash 0x0008, ClearPromptStatus 0x0113: line + call
/// reference (payload 8; old phones send OffHook/OnHook empty, which decodes as short).
template <MessageId Id>
struct LineCallMessage {
  static constexpr MessageId kId = Id;
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  bool operator==(const LineCallMessage&) const = default;
};
using OffHook = LineCallMessage<MessageId::OffHook>;
using OnHook = LineCallMessage<MessageId::OnHook>;
using HookFlash = LineCallMessage<MessageId::HookFlash>;
using ClearPromptStatus = LineCallMessage<MessageId::ClearPromptStatus>;

/// KeypadButton 0x0003 (up), payload 12.
struct KeypadButton {
  static constexpr MessageId kId = MessageId::KeypadButton;
  std::uint32_t button = 0;  ///< sccp.md §11.11: 0-9, 0xE '*', 0xF '#'
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  bool operator==(const KeypadButton&) const = default;
};

/// EnblocCall 0x0004 (up), payload 28.
struct EnblocCall {
  static constexpr MessageId kId = MessageId::EnblocCall;
  std::string called_party;  ///< char[24]
  std::uint32_t line_instance = 0;
  bool operator==(const EnblocCall&) const = default;
};

/// OffHookWithCgpn 0x0024 (up), payload 52.
struct OffHookWithCgpn {
  static constexpr MessageId kId = MessageId::OffHookWithCgpn;
  std::string calling_party;       ///< char[24]
  std::string cgpn_voice_mailbox;  ///< char[24]
  std::uint32_t line_instance = 0;
  bool operator==(const OffHookWithCgpn&) const = default;
};

/// StartTone 0x0082 (down), payload 16.
struct StartTone {
  static constexpr MessageId kId = MessageId::StartTone;
  std::uint32_t tone = 0;       ///< sccp.md §11.10
  std::uint32_t direction = 0;  ///< 0 user, 1 network, 2 both
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  bool operator==(const StartTone&) const = default;
};

/// StopTone 0x0083 (down), payload 8, or 12 from protocol 11 (+ tone).
struct StopTone {
  static constexpr MessageId kId = MessageId::StopTone;
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  std::uint32_t tone = 0;  ///< protocol >= 11 only
  bool operator==(const StopTone&) const = default;
};

/// SetRinger 0x0085 (down), payload 16.
struct SetRinger {
  static constexpr MessageId kId = MessageId::SetRinger;
  std::uint32_t ring_mode = 1;      ///< sccp.md §11.5
  std::uint32_t ring_duration = 1;  ///< 1 repeat, 2 single
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  bool operator==(const SetRinger&) const = default;
};

/// SetLamp 0x0086 (down), payload 12.
struct SetLamp {
  static constexpr MessageId kId = MessageId::SetLamp;
  std::uint32_t stimulus = 0;  ///< sccp.md §11.2 (9 line, 0x0F voicemail)
  std::uint32_t instance = 0;
  std::uint32_t lamp_mode = 1;  ///< sccp.md §11.4
  bool operator==(const SetLamp&) const = default;
};

/// CallState 0x0111 (down), payload 24.
struct CallState {
  static constexpr MessageId kId = MessageId::CallState;
  std::uint32_t call_state = 0;  ///< sccp.md §11.1
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  std::uint32_t privacy = 0;
  std::uint32_t precedence_level = 4;
  std::uint32_t precedence_domain = 0;
  bool operator==(const CallState&) const = default;
};

/// The parties of a call, shared by CallInfo and CallInfoV2.
struct CallParties {
  std::string calling_party_name;
  std::string calling_party;
  std::string called_party_name;
  std::string called_party;
  std::string original_called_party_name;
  std::string original_called_party;
  std::string last_redirecting_party_name;
  std::string last_redirecting_party;
  std::string cgpn_voice_mailbox;
  std::string cdpn_voice_mailbox;
  std::string original_cdpn_voice_mailbox;
  std::string last_redirecting_voice_mailbox;
  bool operator==(const CallParties&) const = default;
};

/// The numeric fields shared by CallInfo and CallInfoV2.
struct CallInfoWords {
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  std::uint32_t call_type = 0;  ///< 1 inbound, 2 outbound, 3 forward
  std::uint32_t original_cdpn_redirect_reason = 0;
  std::uint32_t last_redirecting_reason = 0;
  std::uint32_t call_instance = 0;
  std::uint32_t call_security_status = 0;
  std::uint32_t party_pi_restriction_bits = 0;
  bool operator==(const CallInfoWords&) const = default;
};

/// CallInfo 0x008F (down), payload 384: names char[40], numbers char[24] (sccp.md §4.3).
struct CallInfo {
  static constexpr MessageId kId = MessageId::CallInfo;
  CallInfoWords words;
  CallParties parties;
  bool operator==(const CallInfo&) const = default;
};

/// CallInfoV2 0x014A (down, dynamic): 8 words, 13 cstr, plus hunt pilot number/name from v17.
struct CallInfoV2 {
  static constexpr MessageId kId = MessageId::CallInfoV2;
  CallInfoWords words;
  CallParties parties;
  std::string alternate_calling_party;
  std::string hunt_pilot_number;  ///< protocol >= 17 only
  std::string hunt_pilot_name;    ///< protocol >= 17 only
  bool operator==(const CallInfoV2&) const = default;
};

/// DialedNumber 0x011D (down), payload 32.
struct DialedNumber {
  static constexpr MessageId kId = MessageId::DialedNumber;
  std::string number;  ///< char[24]
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  bool operator==(const DialedNumber&) const = default;
};

}  // namespace cme::runtime::sccp
