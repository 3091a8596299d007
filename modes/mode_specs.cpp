// One row per IOS mode (mode_spec.hpp): name, prompt and parent (prompts as in the CME command
// reference, e.g. "Router(config-ephone)#"), the command that enters the mode and the functions
// that fill its table. A CME mode's object is the CmeConfig member its row names, a row of
// model::kCmeObjects; the entry ranges are the command reference's platform ranges.
#include <algorithm>
#include <cassert>
#include <iterator>

#include "model/cme_edit.hpp"
#include "modes/detail/object_mode.hpp"
#include "modes/mode_spec.hpp"
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"
#include "modes/tables/ephone_show.hpp"

namespace cme::modes {

namespace {

using M = ModeId;
using detail::single_mode;
using detail::tagged_mode;
using model::CmeConfig;

/// A mode whose table the general-IOS table functions fill (registry.hpp).
ModeSpec plain_mode(ModeInfo info) {
  return {info, std::nullopt, {}};
}

/// The `number ... type ...` lines of an Extension Mobility profile.
template <class Profile>
void add_lines(ObjectTable<Profile>& t) {
  auto lines = t.member(&Profile::lines);
  add_profile_commands(lines);
}

/// EXEC, global configuration, line and general-IOS blocks: filled by registry.hpp's functions.
std::vector<ModeSpec> ios_modes() {
  return {
      plain_mode({M::UserExec, "user EXEC", "", M::UserExec}),
      plain_mode({M::PrivExec, "privileged EXEC", "", M::UserExec}),
      plain_mode({M::Config, "global configuration", "config", M::PrivExec}),
      plain_mode({M::Line, "line", "config-line", M::Config}),
      plain_mode({M::Verbatim, "general IOS block", "config-if", M::Config}),
  };
}

/// Cisco Unified CME for SCCP phones.
std::vector<ModeSpec> sccp_modes() {
  return {
      single_mode<&CmeConfig::telephony_service>(
          {M::Telephony, "telephony-service", "config-telephony", M::Config}, "telephony-service",
          {"Configure Cisco Unified CME (SCCP phones)"}, add_telephony_commands,
          add_telephony_phone_options, add_telephony_feature_options, add_telephony_reset_commands),
      tagged_mode<&CmeConfig::ephones>(
          {M::Ephone, "ephone", "config-ephone", M::Config}, "ephone <1-10000>$tag",
          {"Configure an SCCP IP phone (ephone)", "ephone tag"},
          {.maximum = "max-ephones", .limit = ephone_limit}, add_ephone_commands,
          add_ephone_options, add_ephone_reset_commands),
      tagged_mode<&CmeConfig::ephone_dns>(
          {M::EphoneDn, "ephone-dn", "config-ephone-dn", M::Config},
          "ephone-dn <1-15000>$tag [{dual-line | octo-line}$line_mode]",
          {"Configure an ephone directory number", "ephone-dn tag",
           "Two calls per directory number", "Eight calls per directory number"},
          {.maximum = "max-dn",
           .limit = dn_limit,
           .remove = model::remove_ephone_dn,
           .prepare = prepare_ephone_dn},
          add_ephone_dn_commands, add_ephone_dn_options),
      tagged_mode<&CmeConfig::ephone_templates>(
          {M::EphoneTemplate, "ephone-template", "config-ephone-template", M::Config},
          "ephone-template <1-20>$tag", {"Configure an ephone template", "template tag"},
          {.remove = model::remove_ephone_template}, add_ephone_template_commands,
          add_ephone_template_options),
      tagged_mode<&CmeConfig::ephone_dn_templates>(
          {M::EphoneDnTemplate, "ephone-dn-template", "config-ephone-dn-template", M::Config},
          "ephone-dn-template <1-15>$tag", {"Configure an ephone-dn template", "template tag"},
          {.remove = model::remove_ephone_dn_template}, add_ephone_dn_template_options),
  };
}

/// SIP phones (voice register), presence and the SIP user agent.
std::vector<ModeSpec> sip_phone_modes() {
  return {
      single_mode<&CmeConfig::voice_register_global>(
          {M::RegisterGlobal, "voice register global", "config-register-global", M::Config},
          "voice register global",
          {"Voice configuration", "SIP phone registration", "Global SIP phone settings"},
          add_register_global_commands, add_register_global_options),
      tagged_mode<&CmeConfig::voice_register_pools>(
          {M::RegisterPool, "voice register pool", "config-register-pool", M::Config},
          "voice register pool <1-1000>$tag",
          {"", "", "Configure a pool of SIP phones", "pool tag"},
          {.maximum = "max-pool", .limit = pool_limit}, add_register_pool_commands,
          add_register_pool_options),
      tagged_mode<&CmeConfig::voice_register_dns>(
          {M::RegisterDn, "voice register dn", "config-register-dn", M::Config},
          "voice register dn <1-1000>$tag", {"", "", "Configure a SIP directory number", "dn tag"},
          {.maximum = "max-dn",
           .limit = register_dn_limit,
           .remove = model::remove_voice_register_dn},
          add_register_dn_commands, add_register_dn_options),
      tagged_mode<&CmeConfig::voice_register_templates>(
          {M::RegisterTemplate, "voice register template", "config-register-temp", M::Config},
          "voice register template <1-10>$tag",
          {"", "", "Configure a SIP phone template", "template tag"},
          {.remove = model::remove_voice_register_template}, add_register_template_options),
      tagged_mode<&CmeConfig::session_servers>(
          {M::RegisterSessionServer, "voice register session-server", "config-register-fs",
           M::Config},
          "voice register session-server <1-1000>$tag",
          {"", "", "Configure a session manager for external feature servers",
           "session-server tag"},
          {}, add_session_server_commands, add_session_server_options),
      single_mode<&CmeConfig::presence>({M::Presence, "presence", "config-presence", M::Config},
                                        "presence", {"Configure the presence service (BLF)"},
                                        add_presence_commands),
      single_mode<&CmeConfig::sip_ua>({M::SipUa, "sip-ua", "config-sip-ua", M::Config}, "sip-ua",
                                      {"SIP user agent configuration"}, add_sip_ua_commands,
                                      add_sip_ua_options),
  };
}

/// Extension Mobility profiles, voice service voip and dial peers.
std::vector<ModeSpec> voice_modes() {
  return {
      tagged_mode<&CmeConfig::logout_profiles>(
          {M::LogoutProfile, "voice logout-profile", "config-logout-profile", M::Config},
          "voice logout-profile <1-1000>$tag",
          {"", "Configure an Extension Mobility logout profile", "profile tag"},
          {.remove = model::remove_logout_profile}, add_lines<model::LogoutProfile>,
          add_profile_options<model::LogoutProfile>),
      tagged_mode<&CmeConfig::user_profiles>(
          {M::UserProfile, "voice user-profile", "config-user-profile", M::Config},
          "voice user-profile <1-3000>$tag",
          {"", "Configure an Extension Mobility user profile", "profile tag"}, {},
          add_lines<model::UserProfile>, add_user_profile_commands,
          add_profile_options<model::UserProfile>),
      single_mode<&CmeConfig::voice_service_voip>(
          {M::VoiceServiceVoip, "voice service voip", "conf-voi-serv", M::Config},
          "voice service voip", {"", "Global voice services", "Voice over IP encapsulation"},
          add_voice_service_commands, add_voice_service_options),
      voice_service_sip_mode(
          {M::VoiceServiceSip, "voice service voip sip", "conf-serv-sip", M::VoiceServiceVoip}),
      voice_service_h323_mode(
          {M::VoiceServiceH323, "voice service voip h323", "conf-serv-h323", M::VoiceServiceVoip}),
      trusted_list_mode(
          {M::TrustedList, "ip address trusted list", "cfg-iptrust-list", M::VoiceServiceVoip}),
      tagged_mode<&CmeConfig::dial_peers>(
          {M::DialPeer, "dial-peer voice", "config-dial-peer", M::Config},
          "dial-peer voice <1-2147483647>$tag {pots | voip}$encapsulation",
          {"Dial plan configuration", "Voice dial peer", "dial peer tag",
           "Telephony (POTS) dial peer", "Voice over IP dial peer"},
          {.prepare = prepare_dial_peer}, add_dial_peer_commands, add_dial_peer_options),
  };
}

/// Every row, in ModeId order.
std::vector<ModeSpec> build_mode_specs() {
  std::vector<ModeSpec> rows;
  for (auto group : {ios_modes, sccp_modes, sip_phone_modes, voice_modes}) {
    auto part = group();
    std::move(part.begin(), part.end(), std::back_inserter(rows));
  }
  std::sort(rows.begin(), rows.end(),
            [](const ModeSpec& a, const ModeSpec& b) { return a.info.id < b.info.id; });
  return rows;
}

}  // namespace

const std::vector<ModeSpec>& mode_specs() {
  static const std::vector<ModeSpec> rows = [] {
    auto built = build_mode_specs();
    for (std::size_t i = 0; i < built.size(); ++i) {
      assert(static_cast<std::size_t>(built[i].info.id) == i && "one row per mode");
    }
    assert(built.size() == kModeCount);
    return built;
  }();
  return rows;
}

}  // namespace cme::modes
