// The sub-modes of `voice service voip`: `sip` (conf-serv-sip), `h323` (conf-serv-h323) and
// `ip address trusted list` (cfg-iptrust-list), whose settings belong to the voice service voip
// block (model::VoiceServiceVoip::sip, ::h323, ::trusted_list).
#include "modes/session.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::Section;
using model::VoiceServiceVoip;

/// Enters `mode` after `edit` set the sub-block up; `no` runs `edit` alone. `edit(voip, on)`.
template <class Edit>
Action enter_submode(ModeId mode, Edit edit) {
  return [mode, edit](CommandContext& ctx) -> ActionResult {
    ctx.session.touch(Section::VoiceServiceVoip);
    auto& voip = ctx.edit().cme.voice_service_voip;
    if (!voip) {
      return Err{object_gone()};
    }
    edit(*voip, !ctx.negated());
    if (!ctx.negated()) {
      ctx.session.push_mode(ModeFrame{mode});
    }
    return Unit{};
  };
}

/// The sub-block `member` of voice service voip: created on entry, removed by `no`.
template <class Sub>
Action enter_optional(ModeId mode, std::optional<Sub> VoiceServiceVoip::*member) {
  return enter_submode(mode, [member](VoiceServiceVoip& voip, bool on) {
    if (!on) {
      (voip.*member).reset();
    } else if (!(voip.*member)) {
      (voip.*member).emplace();
    }
  });
}

/// The sub-block `member` of the voice service voip being edited; nullptr when gone.
template <class Sub>
Locate<Sub> locate_sub(std::optional<Sub> VoiceServiceVoip::*member) {
  return [member](CommandContext& ctx) -> Sub* {
    auto& voip = ctx.edit().cme.voice_service_voip;
    return voip && (*voip).*member ? &*((*voip).*member) : nullptr;
  };
}

}  // namespace

ModeSpec voice_service_sip_mode(ModeInfo info) {
  return {info,
          ModeEntry{"sip",
                    {"SIP configuration"},
                    enter_optional(info.id, &VoiceServiceVoip::sip),
                    ModeId::VoiceServiceVoip},
          [](CommandTable& table) {
            ObjectTable<model::VoiceServiceSip> t(table, locate_sub(&VoiceServiceVoip::sip),
                                                  Section::VoiceServiceVoip);
            add_voice_service_sip_commands(t);
            add_voice_service_sip_options(t);
          }};
}

ModeSpec voice_service_h323_mode(ModeInfo info) {
  return {info,
          ModeEntry{"h323",
                    {"H.323 configuration"},
                    enter_submode(info.id, [](VoiceServiceVoip& voip, bool on) { voip.h323 = on; }),
                    ModeId::VoiceServiceVoip},
          {}};
}

ModeSpec trusted_list_mode(ModeInfo info) {
  return {info,
          ModeEntry{"ip address trusted list",
                    {"", "", "", "Source addresses trusted for VoIP calls"},
                    enter_optional(info.id, &VoiceServiceVoip::trusted_list),
                    ModeId::VoiceServiceVoip},
          [](CommandTable& table) {
            ObjectTable<model::TrustedList> t(table, locate_sub(&VoiceServiceVoip::trusted_list),
                                              Section::VoiceServiceVoip);
            add_trusted_list_commands(t);
          }};
}

}  // namespace cme::modes
