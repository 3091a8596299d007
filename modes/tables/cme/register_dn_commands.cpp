// voice register dn commands with typed fields (command reference, config-register-dn; seed 001
// for number and allow watch).
#include <fmt/format.h>

#include "modes/detail/cme_values.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::VoiceRegisterDn;
namespace d = detail;

/// A number may belong to one voice register dn only (CME matches REGISTERs by it).
ActionResult number(CommandContext& ctx, VoiceRegisterDn& dn) {
  if (ctx.negated()) {
    dn.number.reset();
    return Unit{};
  }
  const std::string text(ctx.args.get("number"));
  if (!d::valid_dn_number(text)) {
    return Err{d::invalid_number(text)};
  }
  for (const auto owner : d::number_owners(ctx.view().cme, text)) {
    if (owner.kind == model::OwnerKind::VoiceRegisterDn && owner.tag != dn.tag) {
      return Err{make_semantic(
          fmt::format("% Number {} is already assigned to voice register dn {}", text, owner.tag))};
    }
  }
  dn.number = text;
  d::record_number(ctx.edit().cme, text, {model::OwnerKind::VoiceRegisterDn, dn.tag});
  return Unit{};
}

}  // namespace

void add_register_dn_commands(ObjectTable<VoiceRegisterDn>& t) {
  t.config("number WORD$number", {"Directory number", "Up to 16 digits"}, number);
  t.field("preference <0-10>$order",
          {"Dial-peer preference of the number", "Preference, 0 is the highest"},
          &VoiceRegisterDn::preference);
  t.field("name LINE$text", {"Name of the person this number belongs to", "First last"},
          &VoiceRegisterDn::name);
  t.field("label LINE$text", {"Text shown next to the line button", "Up to 30 characters"},
          &VoiceRegisterDn::label);
  t.flag("allow watch", {"Allow a feature", "Let watchers monitor this line (BLF presentity)"},
         &VoiceRegisterDn::allow_watch);
}

}  // namespace cme::modes
