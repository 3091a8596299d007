#pragma once
// The command tables of the CME configuration modes (issue 3), named by the mode rows of
// modes/mode_specs.cpp. Per mode, `*_commands.cpp` holds the commands that edit typed fields
// (the seeds' commands and what the runtime uses) and `*_options.cpp` the other commands of the
// command reference for that mode, kept as options (model/option_list.hpp). Both add to the same
// table, in the order the mode's row lists them; that order is the render order of options.

#include <optional>

#include "model/config.hpp"
#include "modes/command_table.hpp"
#include "modes/mode_spec.hpp"
#include "modes/object_table.hpp"

namespace cme::modes {

// Entry rules of the tagged modes (entry_rules.cpp): configured maxima, head words.
std::optional<unsigned> ephone_limit(const model::CmeConfig& c);
std::optional<unsigned> dn_limit(const model::CmeConfig& c);
std::optional<unsigned> register_dn_limit(const model::CmeConfig& c);
std::optional<unsigned> pool_limit(const model::CmeConfig& c);
/// `ephone-dn N [dual-line | octo-line]`: an existing dn keeps its line mode.
ActionResult prepare_ephone_dn(CommandContext& ctx, model::EphoneDn& dn, bool created);
/// `dial-peer voice N {pots | voip}`: an existing peer keeps its encapsulation.
ActionResult prepare_dial_peer(CommandContext& ctx, model::DialPeer& peer, bool created);

/// The rows of `sip`, `h323` and `ip address trusted list` under `voice service voip`
/// (voice_service_submodes.cpp).
ModeSpec voice_service_sip_mode(ModeInfo info);
ModeSpec voice_service_h323_mode(ModeInfo info);
ModeSpec trusted_list_mode(ModeInfo info);

// Typed commands, one file each.
void add_telephony_commands(ObjectTable<model::TelephonyService>& t);
void add_ephone_commands(ObjectTable<model::Ephone>& t);
void add_ephone_dn_commands(ObjectTable<model::EphoneDn>& t);
void add_ephone_template_commands(ObjectTable<model::EphoneTemplate>& t);
void add_register_global_commands(ObjectTable<model::VoiceRegisterGlobal>& t);
void add_register_pool_commands(ObjectTable<model::VoiceRegisterPool>& t);
void add_register_dn_commands(ObjectTable<model::VoiceRegisterDn>& t);
void add_session_server_commands(ObjectTable<model::VoiceRegisterSessionServer>& t);
void add_presence_commands(ObjectTable<model::Presence>& t);
void add_sip_ua_commands(ObjectTable<model::SipUa>& t);
void add_profile_commands(ObjectTable<model::ProfileLines>& t);
void add_user_profile_commands(ObjectTable<model::UserProfile>& t);
void add_voice_service_commands(ObjectTable<model::VoiceServiceVoip>& t);
void add_voice_service_sip_commands(ObjectTable<model::VoiceServiceSip>& t);
void add_trusted_list_commands(ObjectTable<model::TrustedList>& t);
void add_dial_peer_commands(ObjectTable<model::DialPeer>& t);

// Reference commands kept as options, one file per mode.
void add_telephony_phone_options(ObjectTable<model::TelephonyService>& t);
void add_telephony_feature_options(ObjectTable<model::TelephonyService>& t);
void add_ephone_options(ObjectTable<model::Ephone>& t);
void add_ephone_template_options(ObjectTable<model::EphoneTemplate>& t);
void add_ephone_dn_options(ObjectTable<model::EphoneDn>& t);
void add_ephone_dn_template_options(ObjectTable<model::EphoneDnTemplate>& t);
void add_register_global_options(ObjectTable<model::VoiceRegisterGlobal>& t);
void add_register_pool_options(ObjectTable<model::VoiceRegisterPool>& t);
void add_register_dn_options(ObjectTable<model::VoiceRegisterDn>& t);
void add_register_template_options(ObjectTable<model::VoiceRegisterTemplate>& t);
void add_session_server_options(ObjectTable<model::VoiceRegisterSessionServer>& t);
void add_sip_ua_options(ObjectTable<model::SipUa>& t);
void add_voice_service_options(ObjectTable<model::VoiceServiceVoip>& t);
void add_voice_service_sip_options(ObjectTable<model::VoiceServiceSip>& t);
void add_dial_peer_options(ObjectTable<model::DialPeer>& t);

}  // namespace cme::modes
