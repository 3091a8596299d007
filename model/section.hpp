#pragma once
// The blocks of show running-config in the order IOS prints them (seed 001's example
// configuration for the CME blocks). Verbatim (unmodelled) IOS lines remember the section that
// preceded them in the input and are rendered right after it, so a pasted router configuration
// comes back in its own order. A section's objects must come after everything they refer to
// (dns before pools and ephones; Extension Mobility profiles after the dns their numbers name
// and before the ephones naming them), so that a rendered configuration applies cleanly to an
// empty router. Voice register pools come before the profiles, as in seed 001's order; a pool's
// `logout-profile` is not checked (seed 002 shows CME accepting one that is not configured).

namespace cme::model {

enum class Section {
  Start = 0,  ///< before everything typed (version, service ...)
  Hostname = 10,
  Logging = 15,  ///< logging buffered/console/monitor: same block as enable, before it
  Enable = 20,
  VoiceServiceVoip = 30,
  RegisterGlobal = 32,
  RegisterDns = 38,
  RegisterTemplates = 40,
  RegisterPools = 42,
  SessionServers = 44,
  Usernames = 46,  ///< username: after the voice register blocks, before the dial-peers
  DialPeers = 50,
  Presence = 52,
  SipUa = 54,
  Telephony = 60,
  EphoneDnTemplates = 62,
  EphoneTemplates = 64,
  EphoneDns = 66,
  LogoutProfiles = 67,  ///< after the dns their numbers name, before the ephones naming them
  UserProfiles = 68,
  Ephones = 69,
  Lines = 90,  ///< line con / aux / vty
};

}  // namespace cme::model
