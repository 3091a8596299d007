#include "runtime/sccp/session/profile_messages.hpp"

namespace cme::runtime::sccp {

namespace {

std::uint8_t wire_type(ButtonKind kind, std::uint32_t protocol) {
  switch (kind) {
    case ButtonKind::Line:
      return kButtonLine;
    case ButtonKind::SpeedDial:
      return kButtonSpeedDial;
    case ButtonKind::BlfSpeedDial:
      return protocol >= kBlfProtocolVersion ? kButtonBlfSpeedDial : kButtonSpeedDial;
    case ButtonKind::Hold:
      return kButtonHold;
    case ButtonKind::Unused:
      break;
  }
  return kButtonUnused;
}

const SpeedDialButton* speed_dial(const EphoneProfile& p, std::uint32_t index) {
  return index >= 1 && index <= p.speed_dials.size() ? &p.speed_dials[index - 1] : nullptr;
}

}  // namespace

ButtonTemplate button_template(const EphoneProfile& profile, std::uint32_t protocol) {
  ButtonTemplate t;
  const auto count = std::min(profile.buttons.size(), ButtonTemplate::kSlots);
  for (std::size_t i = 0; i < count; ++i) {
    const auto& slot = profile.buttons[i];
    t.buttons[i] = {static_cast<std::uint8_t>(slot.instance), wire_type(slot.kind, protocol)};
  }
  t.button_count = t.total_button_count = static_cast<std::uint32_t>(count);
  return t;
}

LineStat line_stat(const EphoneProfile& profile, std::uint32_t line) {
  LineStat s;
  s.line_number = line;
  if (line >= 1 && line <= profile.lines.size()) {
    const auto& l = profile.lines[line - 1];
    s.dir_number = l.number;
    s.fully_qualified_name = l.name;
    s.text_label = l.label;
  }
  return s;
}

SpeedDialStat speed_dial_stat(const EphoneProfile& profile, std::uint32_t index) {
  SpeedDialStat s;
  s.speed_dial_number = index;
  if (const auto* sd = speed_dial(profile, index)) {
    s.number = sd->number;
    s.label = sd->label.empty() ? sd->number : sd->label;
  }
  return s;
}

ForwardStat forward_stat(std::uint32_t line) {
  ForwardStat s;
  s.line_number = line;
  return s;
}

FeatureStat feature_stat(const EphoneProfile& profile, std::uint32_t index) {
  FeatureStat s;
  s.feature_index = index;
  s.feature_id = kButtonBlfSpeedDial;
  if (const auto* sd = speed_dial(profile, index)) {
    s.label = sd->label.empty() ? sd->number : sd->label;
  }
  return s;
}

ConfigStat config_stat(const EphoneProfile& profile, const std::string& device_name) {
  ConfigStat s;
  s.device_name = device_name;
  s.server_name = "OpenCME";
  s.number_of_lines = static_cast<std::uint32_t>(profile.lines.size());
  s.number_of_speed_dials = static_cast<std::uint32_t>(profile.speed_dials.size());
  return s;
}

}  // namespace cme::runtime::sccp
