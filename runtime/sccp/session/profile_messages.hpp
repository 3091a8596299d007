#pragma once
// The answers to a registering phone's requests, built from its EphoneProfile (sccp.md §4.2,
// §5.1, §6, §8): ButtonTemplate, LineStat, SpeedDialStat, ForwardStat, FeatureStat and
// ConfigStat. Pure functions; the session sends what they return.

#include <cstdint>
#include <string>

#include "runtime/sccp/codec/button_messages.hpp"
#include "runtime/sccp/codec/registration_messages.hpp"
#include "runtime/sccp/session/ephone_profile.hpp"

namespace cme::runtime::sccp {

/// Button types on the wire (sccp.md §11.3).
inline constexpr std::uint8_t kButtonUnused = 0x00;
inline constexpr std::uint8_t kButtonSpeedDial = 0x02;
inline constexpr std::uint8_t kButtonHold = 0x03;
inline constexpr std::uint8_t kButtonLine = 0x09;
inline constexpr std::uint8_t kButtonBlfSpeedDial = 0x15;

/// The first protocol version that shows BLF speed-dial buttons (sccp.md §6, chan-sccp's rule):
/// below it a BLF speed-dial is sent as a plain speed-dial.
inline constexpr std::uint32_t kBlfProtocolVersion = 15;

/// ButtonTemplate for `profile` at negotiated `protocol` (at most 42 buttons).
ButtonTemplate button_template(const EphoneProfile& profile, std::uint32_t protocol);

/// LineStat for line instance `line` (LineStatReq): its number, caller ID name and label; an
/// instance the profile has not is answered empty (the phone shows a blank line).
LineStat line_stat(const EphoneProfile& profile, std::uint32_t line);

/// SpeedDialStat for speed-dial instance `index`; empty when there is none.
SpeedDialStat speed_dial_stat(const EphoneProfile& profile, std::uint32_t index);

/// ForwardStat for line `line`: nothing forwarded (call forwarding is the call-control issue's).
ForwardStat forward_stat(std::uint32_t line);

/// FeatureStat for feature index `index` (a BLF speed-dial): its label, status 0 (unknown:
/// presence is not watched yet).
FeatureStat feature_stat(const EphoneProfile& profile, std::uint32_t index);

/// ConfigStat: the device name, the server name ("OpenCME"), the counts of lines and
/// speed-dials of `profile`.
ConfigStat config_stat(const EphoneProfile& profile, const std::string& device_name);

}  // namespace cme::runtime::sccp
