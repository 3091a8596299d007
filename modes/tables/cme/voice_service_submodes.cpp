// `sip` and `h323` under `voice service voip`: sub-modes (conf-serv-sip, conf-serv-h323) whose
// settings belong to the voice service voip block (model::VoiceServiceVoip::sip, ::h323).
#include "modes/session.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::Section;

Action enter_submode(ModeId mode) {
  return [mode](CommandContext& ctx) -> ActionResult {
    ctx.session.touch(Section::VoiceServiceVoip);
    auto& voip = ctx.edit().cme.voice_service_voip;
    if (!voip) {
      return Err{object_gone()};
    }
    const bool sip = mode == ModeId::VoiceServiceSip;
    if (ctx.negated()) {
      if (sip) {
        voip->sip.reset();
      } else {
        voip->h323 = false;
      }
      return Unit{};
    }
    if (sip && !voip->sip) {
      voip->sip.emplace();
    }
    voip->h323 = voip->h323 || !sip;
    ctx.session.push_mode(ModeFrame{mode});
    return Unit{};
  };
}

model::VoiceServiceSip* voice_service_sip(CommandContext& ctx) {
  auto& voip = ctx.edit().cme.voice_service_voip;
  return voip && voip->sip ? &*voip->sip : nullptr;
}

}  // namespace

ModeSpec voice_service_sip_mode(ModeInfo info) {
  return {info,
          ModeEntry{"sip", {"SIP configuration"}, enter_submode(info.id), ModeId::VoiceServiceVoip},
          [](CommandTable& table) {
            ObjectTable<model::VoiceServiceSip> t(table, voice_service_sip,
                                                  Section::VoiceServiceVoip);
            add_voice_service_sip_commands(t);
            add_voice_service_sip_options(t);
          }};
}

ModeSpec voice_service_h323_mode(ModeInfo info) {
  return {
      info,
      ModeEntry{"h323", {"H.323 configuration"}, enter_submode(info.id), ModeId::VoiceServiceVoip},
      {}};
}

}  // namespace cme::modes
