#pragma once
// SCCP display messages (sccp.md §4.3): text, prompt line, notify and priority notify, static
// (char[32] text) and dynamic "V2" (cstr text) forms.

#include <cstdint>
#include <string>

#include "runtime/sccp/codec/message_id.hpp"

namespace cme::runtime::sccp {

/// DisplayText 0x0099 (down), payload 32.
struct DisplayText {
  static constexpr MessageId kId = MessageId::DisplayText;
  std::string text;  ///< char[32]
  bool operator==(const DisplayText&) const = default;
};

/// DisplayPromptStatus 0x0112 (down), payload 44.
struct DisplayPromptStatus {
  static constexpr MessageId kId = MessageId::DisplayPromptStatus;
  std::uint32_t timeout = 0;  ///< seconds, 0 = stay
  std::string text;           ///< char[32]
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  bool operator==(const DisplayPromptStatus&) const = default;
};

/// DisplayPromptStatusV2 0x0145 (down, dynamic).
struct DisplayPromptStatusV2 {
  static constexpr MessageId kId = MessageId::DisplayPromptStatusV2;
  std::uint32_t timeout = 0;
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  std::string text;
  bool operator==(const DisplayPromptStatusV2&) const = default;
};

/// DisplayNotify 0x0114 (down), payload 36.
struct DisplayNotify {
  static constexpr MessageId kId = MessageId::DisplayNotify;
  std::uint32_t timeout = 0;
  std::string text;  ///< char[32]
  bool operator==(const DisplayNotify&) const = default;
};

/// DisplayNotifyV2 0x0143 (down, dynamic).
struct DisplayNotifyV2 {
  static constexpr MessageId kId = MessageId::DisplayNotifyV2;
  std::uint32_t timeout = 0;
  std::string text;
  bool operator==(const DisplayNotifyV2&) const = default;
};

/// DisplayPriNotify 0x0120 (down), payload 40.
struct DisplayPriNotify {
  static constexpr MessageId kId = MessageId::DisplayPriNotify;
  std::uint32_t timeout = 0;
  std::uint32_t priority = 0;
  std::string text;  ///< char[32]
  bool operator==(const DisplayPriNotify&) const = default;
};

/// DisplayPriNotifyV2 0x0144 (down, dynamic).
struct DisplayPriNotifyV2 {
  static constexpr MessageId kId = MessageId::DisplayPriNotifyV2;
  std::uint32_t timeout = 0;
  std::uint32_t priority = 0;
  std::string text;
  bool operator==(const DisplayPriNotifyV2&) const = default;
};

}  // namespace cme::runtime::sccp
