#include "modes/tables/cme/cme_tables.hpp"

#include "modes/cme_objects.hpp"

namespace cme::modes {

namespace {

namespace o = cme_objects;
using model::Section;

}  // namespace

void add_cme_commands(const std::function<CommandTable&(ModeId)>& table) {
  {
    ObjectTable<model::TelephonyService> t(table(ModeId::Telephony), o::telephony_service,
                                           Section::Telephony);
    add_telephony_commands(t);
    add_telephony_options(t);
  }
  {
    ObjectTable<model::Ephone> t(table(ModeId::Ephone), o::ephone, Section::Ephones);
    add_ephone_commands(t);
    add_ephone_options(t);
  }
  {
    ObjectTable<model::EphoneTemplate> t(table(ModeId::EphoneTemplate), o::ephone_template,
                                         Section::EphoneTemplates);
    add_ephone_template_commands(t);
    add_ephone_template_options(t);
  }
  {
    ObjectTable<model::EphoneDn> t(table(ModeId::EphoneDn), o::ephone_dn, Section::EphoneDns);
    add_ephone_dn_commands(t);
    add_ephone_dn_options(t);
  }
  {
    ObjectTable<model::EphoneDnTemplate> t(table(ModeId::EphoneDnTemplate), o::ephone_dn_template,
                                           Section::EphoneDnTemplates);
    add_ephone_dn_template_options(t);
  }
  {
    ObjectTable<model::VoiceRegisterGlobal> t(table(ModeId::RegisterGlobal),
                                              o::voice_register_global, Section::RegisterGlobal);
    add_register_global_commands(t);
    add_register_global_options(t);
  }
  {
    ObjectTable<model::VoiceRegisterPool> t(table(ModeId::RegisterPool), o::voice_register_pool,
                                            Section::RegisterPools);
    add_register_pool_commands(t);
    add_register_pool_options(t);
  }
  {
    ObjectTable<model::VoiceRegisterDn> t(table(ModeId::RegisterDn), o::voice_register_dn,
                                          Section::RegisterDns);
    add_register_dn_commands(t);
    add_register_dn_options(t);
  }
  {
    ObjectTable<model::VoiceRegisterTemplate> t(
        table(ModeId::RegisterTemplate), o::voice_register_template, Section::RegisterTemplates);
    add_register_template_options(t);
  }
  {
    ObjectTable<model::VoiceRegisterSessionServer> t(table(ModeId::RegisterSessionServer),
                                                     o::session_server, Section::SessionServers);
    add_session_server_commands(t);
    add_session_server_options(t);
  }
  {
    ObjectTable<model::Presence> t(table(ModeId::Presence), o::presence, Section::Presence);
    add_presence_commands(t);
  }
  {
    ObjectTable<model::SipUa> t(table(ModeId::SipUa), o::sip_ua, Section::SipUa);
    add_sip_ua_commands(t);
    add_sip_ua_options(t);
  }
  {
    ObjectTable<model::ProfileLines> lines(table(ModeId::LogoutProfile), o::logout_profile_lines,
                                           Section::LogoutProfiles);
    add_profile_commands(lines);
    ObjectTable<model::LogoutProfile> t(table(ModeId::LogoutProfile), o::logout_profile,
                                        Section::LogoutProfiles);
    add_logout_profile_options(t);
  }
  {
    ObjectTable<model::ProfileLines> lines(table(ModeId::UserProfile), o::user_profile_lines,
                                           Section::UserProfiles);
    add_profile_commands(lines);
    ObjectTable<model::UserProfile> t(table(ModeId::UserProfile), o::user_profile,
                                      Section::UserProfiles);
    add_user_profile_commands(t);
    add_user_profile_options(t);
  }
  {
    ObjectTable<model::VoiceServiceVoip> t(table(ModeId::VoiceServiceVoip), o::voice_service_voip,
                                           Section::VoiceServiceVoip);
    add_voice_service_commands(t);
    add_voice_service_options(t);
  }
  {
    ObjectTable<model::VoiceServiceSip> t(table(ModeId::VoiceServiceSip), o::voice_service_sip,
                                          Section::VoiceServiceVoip);
    add_voice_service_sip_commands(t);
    add_voice_service_sip_options(t);
  }
  {
    ObjectTable<model::DialPeer> t(table(ModeId::DialPeer), o::dial_peer, Section::DialPeers);
    add_dial_peer_commands(t);
    add_dial_peer_options(t);
  }
}

}  // namespace cme::modes
