#include "modes/cme_objects.hpp"

#include "modes/session.hpp"

namespace cme::modes::cme_objects {

namespace {

template <class Obj>
Obj* by_tag(CommandContext& ctx, std::map<unsigned, Obj>& objects) {
  const auto it = objects.find(static_cast<unsigned>(ctx.session.frame().id));
  return it == objects.end() ? nullptr : &it->second;
}

template <class Obj>
Obj* single(std::optional<Obj>& object) {
  return object ? &*object : nullptr;
}

model::CmeConfig& cme(CommandContext& ctx) {
  return ctx.edit().cme;
}

}  // namespace

model::TelephonyService* telephony_service(CommandContext& ctx) {
  return single(cme(ctx).telephony_service);
}
model::Ephone* ephone(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).ephones);
}
model::EphoneDn* ephone_dn(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).ephone_dns);
}
model::EphoneTemplate* ephone_template(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).ephone_templates);
}
model::EphoneDnTemplate* ephone_dn_template(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).ephone_dn_templates);
}
model::VoiceRegisterGlobal* voice_register_global(CommandContext& ctx) {
  return single(cme(ctx).voice_register_global);
}
model::VoiceRegisterPool* voice_register_pool(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).voice_register_pools);
}
model::VoiceRegisterDn* voice_register_dn(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).voice_register_dns);
}
model::VoiceRegisterTemplate* voice_register_template(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).voice_register_templates);
}
model::VoiceRegisterSessionServer* session_server(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).session_servers);
}
model::Presence* presence(CommandContext& ctx) {
  return single(cme(ctx).presence);
}
model::SipUa* sip_ua(CommandContext& ctx) {
  return single(cme(ctx).sip_ua);
}
model::LogoutProfile* logout_profile(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).logout_profiles);
}
model::ProfileLines* logout_profile_lines(CommandContext& ctx) {
  auto* p = logout_profile(ctx);
  return p ? &p->lines : nullptr;
}
model::UserProfile* user_profile(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).user_profiles);
}
model::ProfileLines* user_profile_lines(CommandContext& ctx) {
  auto* p = user_profile(ctx);
  return p ? &p->lines : nullptr;
}
model::VoiceServiceVoip* voice_service_voip(CommandContext& ctx) {
  return single(cme(ctx).voice_service_voip);
}
model::VoiceServiceSip* voice_service_sip(CommandContext& ctx) {
  auto* v = voice_service_voip(ctx);
  return v && v->sip ? &*v->sip : nullptr;
}
model::DialPeer* dial_peer(CommandContext& ctx) {
  return by_tag(ctx, cme(ctx).dial_peers);
}

}  // namespace cme::modes::cme_objects
