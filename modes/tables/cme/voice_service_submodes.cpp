// `sip` and `h323` under `voice service voip`: sub-modes (conf-serv-sip, conf-serv-h323).
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

Action enter_submode(ModeId mode) {
  return [mode](CommandContext& ctx) -> ActionResult {
    ctx.session.touch(model::Section::VoiceServiceVoip);
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
    ModeFrame f;
    f.mode = mode;
    ctx.session.push_mode(f);
    return Unit{};
  };
}

}  // namespace

void add_voice_service_submodes(CommandTable& voip) {
  voip.config("sip", {"SIP configuration"}, enter_submode(ModeId::VoiceServiceSip),
              parser::NoForm::Mandatory);
  voip.config("h323", {"H.323 configuration"}, enter_submode(ModeId::VoiceServiceH323),
              parser::NoForm::Mandatory);
}

}  // namespace cme::modes
