#pragma once
// The IOS mode tree of OpenCME: every mode, its prompt and its parent (issue 2; prompts as in the
// CME command reference, e.g. "Router(config-ephone)#").

#include <array>
#include <cstddef>
#include <string_view>

namespace cme::modes {

enum class ModeId {
  UserExec,
  PrivExec,
  Config,
  Line,
  Telephony,
  Ephone,
  EphoneDn,
  EphoneTemplate,
  EphoneDnTemplate,
  RegisterGlobal,
  RegisterPool,
  RegisterDn,
  RegisterTemplate,
  RegisterSessionServer,
  Presence,
  SipUa,
  LogoutProfile,
  UserProfile,
  VoiceServiceVoip,
  VoiceServiceSip,
  VoiceServiceH323,
  TrustedList,  ///< `ip address trusted list` under voice service voip
  DialPeer,
  Verbatim,  ///< a general-IOS block OpenCME keeps as text (config-if, config-router, ...)
};

inline constexpr std::size_t kModeCount = static_cast<std::size_t>(ModeId::Verbatim) + 1;

struct ModeInfo {
  ModeId id;
  std::string_view name;    ///< for messages and tables
  std::string_view prompt;  ///< "config-ephone"; "" for the EXEC modes; "config" for global
  ModeId parent;
};

/// The static description of `id`.
const ModeInfo& mode_info(ModeId id);

/// True for global configuration mode and every mode below it.
inline bool is_config(ModeId id) {
  return id != ModeId::UserExec && id != ModeId::PrivExec;
}

}  // namespace cme::modes
