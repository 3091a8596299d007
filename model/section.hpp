#pragma once
// The blocks of show running-config in the order IOS prints them (seed 001's example
// configuration for the CME blocks). Verbatim (unmodelled) IOS lines remember the section that
// preceded them in the input and are rendered right after it, so a pasted router configuration
// comes back in its own order. A section's objects must come after everything they refer to
// (dns before pools and ephones, profiles before the phones naming them), so that a rendered
// configuration applies cleanly to an empty router.

#include <array>

namespace cme::model {

enum class Section {
  Start = 0,       ///< before everything typed (version, service ...)
  Hostname = 10,
  Enable = 20,
  VoiceServiceVoip = 30,
  RegisterGlobal = 32,
  LogoutProfiles = 34,
  UserProfiles = 36,
  RegisterDns = 38,
  RegisterTemplates = 40,
  RegisterPools = 42,
  SessionServers = 44,
  DialPeers = 50,
  Presence = 52,
  SipUa = 54,
  Telephony = 60,
  EphoneDnTemplates = 62,
  EphoneTemplates = 64,
  EphoneDns = 66,
  Ephones = 68,
  Lines = 90,      ///< line con / aux / vty
};

/// The CME sections, in rendering order.
inline constexpr std::array kCmeSections = {
    Section::VoiceServiceVoip, Section::RegisterGlobal,    Section::LogoutProfiles,
    Section::UserProfiles,     Section::RegisterDns,       Section::RegisterTemplates,
    Section::RegisterPools,    Section::SessionServers,    Section::DialPeers,
    Section::Presence,         Section::SipUa,             Section::Telephony,
    Section::EphoneDnTemplates, Section::EphoneTemplates,  Section::EphoneDns,
    Section::Ephones};

}  // namespace cme::model
