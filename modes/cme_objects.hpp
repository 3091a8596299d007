#pragma once
// The model object each CME configuration mode edits, found in the session's candidate by the
// tag its mode frame holds (`ephone 5` pushes a frame with id 5). nullptr when the object was
// removed meanwhile. Used as ObjectTable locators.

#include "model/config.hpp"
#include "modes/command_table.hpp"

namespace cme::modes::cme_objects {

model::TelephonyService* telephony_service(CommandContext& ctx);
model::Ephone* ephone(CommandContext& ctx);
model::EphoneDn* ephone_dn(CommandContext& ctx);
model::EphoneTemplate* ephone_template(CommandContext& ctx);
model::EphoneDnTemplate* ephone_dn_template(CommandContext& ctx);
model::VoiceRegisterGlobal* voice_register_global(CommandContext& ctx);
model::VoiceRegisterPool* voice_register_pool(CommandContext& ctx);
model::VoiceRegisterDn* voice_register_dn(CommandContext& ctx);
model::VoiceRegisterTemplate* voice_register_template(CommandContext& ctx);
model::VoiceRegisterSessionServer* session_server(CommandContext& ctx);
model::Presence* presence(CommandContext& ctx);
model::SipUa* sip_ua(CommandContext& ctx);
model::LogoutProfile* logout_profile(CommandContext& ctx);
model::ProfileLines* logout_profile_lines(CommandContext& ctx);
model::UserProfile* user_profile(CommandContext& ctx);
model::ProfileLines* user_profile_lines(CommandContext& ctx);
model::VoiceServiceVoip* voice_service_voip(CommandContext& ctx);
model::VoiceServiceSip* voice_service_sip(CommandContext& ctx);
model::DialPeer* dial_peer(CommandContext& ctx);

}  // namespace cme::modes::cme_objects
