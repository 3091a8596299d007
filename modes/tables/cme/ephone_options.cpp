// Reference commands of `ephone` kept as options (issue 3), from
// ../shared/reference/cme-commands.md (mode config-ephone). The commands `ephone-template`
// also takes are in ephone_shared_options.cpp.
//
// Typed elsewhere (ephone_commands.cpp): mac-address, ephone-template, username, description,
// speed-dial, fastdial, blf-speed-dial, type, button, keepalive, logout-profile,
// presence call-list.
// Left out (actions, not settings; they never appear in running-config):
//   reset        - reboots the phone (an action: ephone_reset_commands.cpp)
//   reset tapi   - resets the phone's TAPI connection
//   restart      - fast-reboots the phone (an action: ephone_reset_commands.cpp)
// Choices made where the reference leaves room:
// - `auto-line`: on by default but takes arguments: `auto-line 2 answer-incoming` and
//   `no auto-line` are stored, a bare `auto-line` restores the default. The button range is not
//   given; <1-99>, the button index range of `button`. `missed-calls [all]` likewise.
// - `headset auto-answer line`, `mwi-line`: logical lines <1-34> (the reference's mwi-line
//   range; headset gives none).
// - `capf-auth-str`: 1-32 digits (the reference says a string of digits, no length).
// - `vm-device-id`: the two characters after the hyphen must be VI, as the reference says.
#include "modes/tables/cme/ephone_shared_options.hpp"

namespace cme::modes {

namespace {

using Ephones = ObjectTable<model::Ephone>;

/// `vm-device-id`: the characters after the first hyphen start with upper-case "VI".
std::optional<std::string> check_vm_device_id(const parser::Args&,
                                              std::vector<std::string>& words) {
  if (words.size() < 2) {
    return std::nullopt;
  }
  const auto& id = words[1];
  const auto dash = id.find('-');
  if (dash == std::string::npos || id.compare(dash + 1, 2, "VI") != 0) {
    return "The device ID needs \"VI\" right after its hyphen, e.g. CiscoUM-VI1";
  }
  return std::nullopt;
}

void add_lines_and_security(Ephones& t) {
  t.option("auto-line [<1-99> [answer-incoming] | incoming]",
           {"Select a line automatically when the handset is lifted", "Button whose line is seized",
            "Also answer ringing calls on that button", "Only answer ringing calls"},
           {fixed_key("auto-line"), {}, OptionDefault::On});
  t.option("capf-auth-str WORD",
           {"Set the CAPF authentication string of the phone", "String of digits"},
           {fixed_key("capf-auth-str"), {digits(1, 1, 32, "authentication string")}});
  t.option("device-security-mode {authenticated | none | encrypted}",
           {"Set the signaling security mode of the phone", "Signaling over TLS", "No security",
            "Signaling over TLS and SRTP media"},
           {fixed_key("device-security-mode")});
  t.option("dnd feature-ring",
           {"Do-not-disturb settings", "Let feature-ring lines ring during DND"});
  t.option("headset auto-answer line <1-34>",
           {"Headset settings", "Answer calls automatically on the headset", "Line to answer on",
            "Logical line number"},
           1);
  t.option("missed-calls [all]",
           {"Report missed calls", "Also report missed calls on overlay buttons"},
           {fixed_key("missed-calls"), {}, OptionDefault::On});
  t.option("mwi-line <1-34>",
           {"Line whose voice mail lights the message lamp", "Logical line number"});
}

void add_ui_and_video(Ephones& t) {
  t.option("phone-ui park-list", {"Phone user interface items", "Show the parked calls list"}, 0,
           OptionDefault::On);
  t.option("phone-ui speeddial-fastdial",
           {"", "Let users set speed dials and fast dials from the phone"}, 0, OptionDefault::On);
  t.option("phone-ui voice-hunt-groups", {"", "Show the voice hunt groups menu"}, 0,
           OptionDefault::On);
  t.option("pin WORD", {"Set the PIN that lifts after-hours call blocking", "PIN of 4 to 8 digits"},
           {fixed_key("pin"), {digits(1, 4, 8, "PIN")}});
  t.option("provision-tag <1-2147483647>",
           {"Set the tag Extension Assigner uses for this phone", "Provision tag"});
  t.option("video", {"Enable video on the phone"});
  t.option("video-bitrate <64-102400>",
           {"Set the most video bandwidth of the phone", "Bit rate in kbps"});
  t.option("vm-device-id WORD",
           {"Set the device ID of a voice-mail port", "Device ID, e.g. CiscoUM-VI1"},
           {fixed_key("vm-device-id"), {check_vm_device_id}});
}

}  // namespace

void add_ephone_options(Ephones& t) {
  add_lines_and_security(t);
  add_ephone_shared_options(t);
  add_ui_and_video(t);
}

}  // namespace cme::modes
