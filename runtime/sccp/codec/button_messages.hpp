#pragma once
// SCCP button, line, speed-dial, forward, feature and soft-key messages (sccp.md §4.2).
// Fixed-size tables (button template, soft-key template and sets) are kept at their wire size;
// the count fields say how many entries are meaningful.

#include <array>
#include <cstdint>
#include <string>

#include "runtime/sccp/codec/message_id.hpp"

namespace cme::runtime::sccp {

/// One slot of ButtonTemplate: per-type instance number and button type (sccp.md §11.3).
struct ButtonDefinition {
  std::uint8_t instance = 0;
  std::uint8_t type = 0;
  bool operator==(const ButtonDefinition&) const = default;
};

/// ButtonTemplate 0x0097 (down), payload 96: offset, count, total, 42 slots.
struct ButtonTemplate {
  static constexpr MessageId kId = MessageId::ButtonTemplate;
  static constexpr std::size_t kSlots = 42;
  std::uint32_t button_offset = 0;
  std::uint32_t button_count = 0;
  std::uint32_t total_button_count = 0;
  std::array<ButtonDefinition, kSlots> buttons{};
  bool operator==(const ButtonTemplate&) const = default;
};

/// One soft key of the template: char[16] label (usually the escape 0x80 nn) and its event.
struct SoftKeyDefinition {
  std::string label;
  std::uint32_t event = 0;
  bool operator==(const SoftKeyDefinition&) const = default;
};

/// SoftKeyTemplateRes 0x0108 (down), payload 652: offset, count, total, 32 definitions.
struct SoftKeyTemplateRes {
  static constexpr MessageId kId = MessageId::SoftKeyTemplateRes;
  static constexpr std::size_t kSlots = 32;
  std::uint32_t soft_key_offset = 0;
  std::uint32_t soft_key_count = 0;
  std::uint32_t total_soft_key_count = 0;
  std::array<SoftKeyDefinition, kSlots> definitions{};
  bool operator==(const SoftKeyTemplateRes&) const = default;
};

/// One soft-key set: 16 template positions (1-based, 0 = blank) and 16 info indexes.
struct SoftKeySet {
  std::array<std::uint8_t, 16> template_index{};
  std::array<std::uint16_t, 16> info_index{};
  bool operator==(const SoftKeySet&) const = default;
};

/// SoftKeySetRes 0x0109 (down), payload 780: offset, count, total, 16 sets (sccp.md §11.7).
struct SoftKeySetRes {
  static constexpr MessageId kId = MessageId::SoftKeySetRes;
  static constexpr std::size_t kSlots = 16;
  std::uint32_t soft_key_set_offset = 0;
  std::uint32_t soft_key_set_count = 0;
  std::uint32_t total_soft_key_set_count = 0;
  std::array<SoftKeySet, kSlots> sets{};
  bool operator==(const SoftKeySetRes&) const = default;
};

/// SelectSoftKeys 0x0110 (down), payload 16.
struct SelectSoftKeys {
  static constexpr MessageId kId = MessageId::SelectSoftKeys;
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  std::uint32_t soft_key_set_index = 0;       ///< sccp.md §11.7
  std::uint32_t valid_key_mask = 0xFFFFFFFF;  ///< bit n-1 enables key n
  bool operator==(const SelectSoftKeys&) const = default;
};

/// SoftKeyEvent 0x0026 (up), payload 12.
struct SoftKeyEvent {
  static constexpr MessageId kId = MessageId::SoftKeyEvent;
  std::uint32_t event = 0;  ///< the template's event number
  std::uint32_t line_instance = 0;
  std::uint32_t call_reference = 0;
  bool operator==(const SoftKeyEvent&) const = default;
};

/// Stimulus 0x0005 (up), payload 16.
struct Stimulus {
  static constexpr MessageId kId = MessageId::Stimulus;
  std::uint32_t stimulus = 0;  ///< sccp.md §11.2
  std::uint32_t instance = 0;
  std::uint32_t call_reference = 0;
  std::uint32_t status = 0;
  bool operator==(const Stimulus&) const = default;
};

/// LineStat 0x0092 (down), payload 112.
struct LineStat {
  static constexpr MessageId kId = MessageId::LineStat;
  std::uint32_t line_number = 0;
  std::string dir_number;              ///< char[24]
  std::string fully_qualified_name;    ///< char[40]
  std::string text_label;              ///< char[40]
  std::uint32_t display_options = 15;  ///< bits, sccp.md §11.15
  bool operator==(const LineStat&) const = default;
};

/// LineStatV2 0x0147 (down, dynamic): line, type, then three cstr.
struct LineStatV2 {
  static constexpr MessageId kId = MessageId::LineStatV2;
  std::uint32_t line_number = 0;
  std::uint32_t line_type = 15;
  std::string dir_number;
  std::string fully_qualified_name;
  std::string text_label;
  bool operator==(const LineStatV2&) const = default;
};

/// SpeedDialStat 0x0091 (down), payload 68.
struct SpeedDialStat {
  static constexpr MessageId kId = MessageId::SpeedDialStat;
  std::uint32_t speed_dial_number = 0;
  std::string number;  ///< char[24]
  std::string label;   ///< char[40]
  bool operator==(const SpeedDialStat&) const = default;
};

/// ForwardStat 0x0090 (down), payload 92 (the v < 18 layout; the codec caps at 17).
struct ForwardStat {
  static constexpr MessageId kId = MessageId::ForwardStat;
  std::uint32_t active_forward = 0;
  std::uint32_t line_number = 0;
  std::uint32_t forward_all_active = 0;
  std::string forward_all_number;  ///< char[24]
  std::uint32_t forward_busy_active = 0;
  std::string forward_busy_number;
  std::uint32_t forward_no_answer_active = 0;
  std::string forward_no_answer_number;
  bool operator==(const ForwardStat&) const = default;
};

/// FeatureStatReq 0x0034 (up), payload 8.
struct FeatureStatReq {
  static constexpr MessageId kId = MessageId::FeatureStatReq;
  std::uint32_t feature_index = 0;
  std::uint32_t feature_capabilities = 0;  ///< 1 = can show BLF
  bool operator==(const FeatureStatReq&) const = default;
};

/// FeatureStat 0x011F (down), payload 52.
struct FeatureStat {
  static constexpr MessageId kId = MessageId::FeatureStat;
  std::uint32_t feature_index = 0;
  std::uint32_t feature_id = 0;  ///< button type, sccp.md §11.3
  std::string label;             ///< char[40]
  std::uint32_t status = 0;
  bool operator==(const FeatureStat&) const = default;
};

/// FeatureStatV2 0x0146 (down, dynamic): BLF state (sccp.md §8).
struct FeatureStatV2 {
  static constexpr MessageId kId = MessageId::FeatureStatV2;
  std::uint32_t feature_index = 0;
  std::uint32_t feature_id = 0;
  std::uint32_t status = 0;  ///< BLF: 0 unknown, 1 idle, 2 busy, 3 DND, 4 ringing
  std::string label;
  bool operator==(const FeatureStatV2&) const = default;
};

}  // namespace cme::runtime::sccp
