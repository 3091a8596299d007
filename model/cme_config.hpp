#pragma once
// CmeConfig: the typed Cisco Unified CME configuration (issue 3), the part of model::Config the
// runtime runs. Objects with a tag are kept in maps by tag (the tag is also stored in the
// object); an optional object exists once its mode was entered.

#include <map>
#include <optional>
#include <string>

#include "model/cme_index.hpp"
#include "model/dial_peer.hpp"
#include "model/ephone.hpp"
#include "model/ephone_dn.hpp"
#include "model/ephone_dn_template.hpp"
#include "model/ephone_template.hpp"
#include "model/mobility_profile.hpp"
#include "model/presence.hpp"
#include "model/section.hpp"
#include "model/sip_ua.hpp"
#include "model/telephony_service.hpp"
#include "model/voice_register_dn.hpp"
#include "model/voice_register_global.hpp"
#include "model/voice_register_pool.hpp"
#include "model/voice_register_session_server.hpp"
#include "model/voice_register_template.hpp"
#include "model/voice_service_voip.hpp"

namespace cme::model {

struct CmeConfig {
  std::optional<VoiceServiceVoip> voice_service_voip;
  std::optional<VoiceRegisterGlobal> voice_register_global;
  std::map<unsigned, LogoutProfile> logout_profiles;
  std::map<unsigned, UserProfile> user_profiles;
  std::map<unsigned, VoiceRegisterDn> voice_register_dns;
  std::map<unsigned, VoiceRegisterTemplate> voice_register_templates;
  std::map<unsigned, VoiceRegisterPool> voice_register_pools;
  std::map<unsigned, VoiceRegisterSessionServer> session_servers;
  std::map<unsigned, DialPeer> dial_peers;
  std::optional<Presence> presence;
  std::optional<SipUa> sip_ua;
  std::optional<TelephonyService> telephony_service;
  std::map<unsigned, EphoneDnTemplate> ephone_dn_templates;
  std::map<unsigned, EphoneTemplate> ephone_templates;
  std::map<unsigned, EphoneDn> ephone_dns;
  std::map<unsigned, Ephone> ephones;
  CmeIndex index;  ///< derived lookups (numbers, MAC addresses); not part of the value
  bool operator==(const CmeConfig&) const = default;
};

}  // namespace cme::model
