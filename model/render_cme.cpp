// show running-config text of the CME blocks (issue 3). Block headers, field order and the "!"
// lines after each block follow seed 001's example configuration.
#include <string>

#include "model/cme_config.hpp"
#include "model/detail/render_fields.hpp"

namespace cme::model {

namespace {

/// Renders one block: `head`, its typed fields, its options, then `bangs` lines of "!".
template <class Obj>
void block(std::string& out, const std::string& head, const Obj& obj, int bangs) {
  out += head;
  out += '\n';
  detail::RenderFields r{out};
  visit_fields(obj, r);
  if constexpr (requires { obj.options; }) {
    r.options(obj.options);
  }
  for (int i = 0; i < bangs; ++i) {
    out += "!\n";
  }
}

template <class Obj>
void blocks(std::string& out, const char* head, const std::map<unsigned, Obj>& objects, int bangs) {
  for (const auto& [tag, obj] : objects) {
    block(out, std::string(head) + ' ' + std::to_string(tag), obj, bangs);
  }
}

void voice_service_voip(std::string& out, const VoiceServiceVoip& v) {
  out += "voice service voip\n";
  detail::RenderFields r{out};
  visit_fields(v, r);
  r.options(v.options);
  if (v.h323) {
    out += " h323\n";
  }
  if (v.sip) {
    out += " sip\n";
    detail::RenderFields sub{out, "  "};
    visit_fields(*v.sip, sub);
    sub.options(v.sip->options);
  }
  out += "!\n";
}

void ephone_dns(std::string& out, const std::map<unsigned, EphoneDn>& dns) {
  for (const auto& [tag, dn] : dns) {
    std::string head = "ephone-dn " + std::to_string(tag);
    if (dn.line_mode != LineMode::Single) {
      head += ' ';
      head += line_mode_word(dn.line_mode);
    }
    block(out, head, dn, 2);
  }
}

void dial_peers(std::string& out, const std::map<unsigned, DialPeer>& peers) {
  for (const auto& [tag, peer] : peers) {
    block(out, "dial-peer voice " + std::to_string(tag) + (peer.voip ? " voip" : " pots"), peer, 1);
  }
}

}  // namespace

void render_cme_section(std::string& out, const CmeConfig& c, Section section) {
  switch (section) {
    case Section::VoiceServiceVoip:
      if (c.voice_service_voip) {
        voice_service_voip(out, *c.voice_service_voip);
      }
      break;
    case Section::RegisterGlobal:
      if (c.voice_register_global) {
        block(out, "voice register global", *c.voice_register_global, 1);
      }
      break;
    case Section::LogoutProfiles:
      blocks(out, "voice logout-profile", c.logout_profiles, 1);
      break;
    case Section::UserProfiles:
      blocks(out, "voice user-profile", c.user_profiles, 1);
      break;
    case Section::RegisterDns:
      blocks(out, "voice register dn", c.voice_register_dns, 1);
      break;
    case Section::RegisterTemplates:
      blocks(out, "voice register template", c.voice_register_templates, 1);
      break;
    case Section::RegisterPools:
      blocks(out, "voice register pool", c.voice_register_pools, 1);
      break;
    case Section::SessionServers:
      blocks(out, "voice register session-server", c.session_servers, 1);
      break;
    case Section::DialPeers:
      dial_peers(out, c.dial_peers);
      break;
    case Section::Presence:
      if (c.presence) {
        block(out, "presence", *c.presence, 1);
      }
      break;
    case Section::SipUa:
      if (c.sip_ua) {
        block(out, "sip-ua", *c.sip_ua, 2);
      }
      break;
    case Section::Telephony:
      if (c.telephony_service) {
        block(out, "telephony-service", *c.telephony_service, 2);
      }
      break;
    case Section::EphoneDnTemplates:
      blocks(out, "ephone-dn-template", c.ephone_dn_templates, 2);
      break;
    case Section::EphoneTemplates:
      blocks(out, "ephone-template", c.ephone_templates, 2);
      break;
    case Section::EphoneDns:
      ephone_dns(out, c.ephone_dns);
      break;
    case Section::Ephones:
      blocks(out, "ephone", c.ephones, 3);
      break;
    default:
      break;
  }
}

}  // namespace cme::model
