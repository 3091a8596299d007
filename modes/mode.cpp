#include "modes/mode.hpp"

namespace cme::modes {

namespace {

using M = ModeId;

constexpr std::array<ModeInfo, kModeCount> kModes{{
    {M::UserExec, "user EXEC", "", M::UserExec},
    {M::PrivExec, "privileged EXEC", "", M::UserExec},
    {M::Config, "global configuration", "config", M::PrivExec},
    {M::Line, "line", "config-line", M::Config},
    {M::Telephony, "telephony-service", "config-telephony", M::Config},
    {M::Ephone, "ephone", "config-ephone", M::Config},
    {M::EphoneDn, "ephone-dn", "config-ephone-dn", M::Config},
    {M::EphoneTemplate, "ephone-template", "config-ephone-template", M::Config},
    {M::EphoneDnTemplate, "ephone-dn-template", "config-ephone-dn-template", M::Config},
    {M::RegisterGlobal, "voice register global", "config-register-global", M::Config},
    {M::RegisterPool, "voice register pool", "config-register-pool", M::Config},
    {M::RegisterDn, "voice register dn", "config-register-dn", M::Config},
    {M::RegisterTemplate, "voice register template", "config-register-temp", M::Config},
    {M::RegisterSessionServer, "voice register session-server", "config-register-fs", M::Config},
    {M::Presence, "presence", "config-presence", M::Config},
    {M::SipUa, "sip-ua", "config-sip-ua", M::Config},
    {M::LogoutProfile, "voice logout-profile", "config-logout-profile", M::Config},
    {M::UserProfile, "voice user-profile", "config-user-profile", M::Config},
    {M::VoiceServiceVoip, "voice service voip", "conf-voi-serv", M::Config},
    {M::VoiceServiceSip, "voice service voip sip", "conf-serv-sip", M::VoiceServiceVoip},
    {M::VoiceServiceH323, "voice service voip h323", "conf-serv-h323", M::VoiceServiceVoip},
    {M::DialPeer, "dial-peer voice", "config-dial-peer", M::Config},
    {M::Verbatim, "general IOS block", "config-if", M::Config},
}};

}  // namespace

const ModeInfo& mode_info(ModeId id) {
  return kModes[static_cast<std::size_t>(id)];
}

}  // namespace cme::modes
