// ephone-dn commands with typed fields (command reference, config-ephone-dn; seed 001 for
// number and allow watch).
#include <fmt/format.h>

#include "modes/detail/cme_values.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::EphoneDn;
namespace d = detail;

/// CME lets several ephone-dns share a number (their `preference` orders them); the same
/// number on a voice register dn, or twice with the same preference, is worth a warning.
std::optional<std::string> number_conflict(const model::CmeConfig& c, const EphoneDn& self,
                                           const std::string& number) {
  for (const auto owner : d::number_owners(c, number)) {
    if (owner.kind == model::OwnerKind::VoiceRegisterDn) {
      return d::owner_name(owner);
    }
    const auto& other = c.ephone_dns.at(owner.tag);
    if (owner.tag != self.tag && other.preference.value_or(0) == self.preference.value_or(0)) {
      return d::owner_name(owner) + " with the same preference";
    }
  }
  return std::nullopt;
}

ActionResult number(CommandContext& ctx, EphoneDn& dn) {
  if (ctx.negated()) {
    dn.number.reset();
    return Unit{};
  }
  model::DnNumber n{std::string(ctx.args.get("number")), d::text_arg(ctx.args, "secondary"), {}};
  for (const auto* text : {&n.number, n.secondary ? &*n.secondary : nullptr}) {
    if (text != nullptr && !d::valid_dn_number(*text)) {
      return Err{d::invalid_number(*text)};
    }
  }
  if (ctx.args.keyword("no-reg")) {
    n.no_reg = std::string(ctx.args.get("no_reg"));
  }
  const auto conflict = number_conflict(ctx.view().cme, dn, n.number);
  dn.number = n;
  d::record_number(ctx.edit().cme, n.number, {model::OwnerKind::EphoneDn, dn.tag});
  if (conflict) {
    return Err{make_warning(
        fmt::format("% Warning: number {} is also configured on {}", n.number, *conflict))};
  }
  return Unit{};
}

ActionResult dn_template(CommandContext& ctx, EphoneDn& dn) {
  if (ctx.negated()) {
    dn.ephone_dn_template.reset();
    return Unit{};
  }
  const auto tag = static_cast<unsigned>(ctx.args.get_int("tag"));
  if (!ctx.view().cme.ephone_dn_templates.contains(tag)) {
    return Err{make_semantic(fmt::format("% ephone-dn-template {} is not configured", tag))};
  }
  dn.ephone_dn_template = tag;
  return Unit{};
}

/// `call-forward busy|noan|all ...` into `member`.
ObjectTable<EphoneDn>::Edit call_forward(std::optional<model::CallForward> EphoneDn::*member) {
  return [member](CommandContext& ctx, EphoneDn& dn) -> ActionResult {
    if (ctx.negated()) {
      (dn.*member).reset();
      return Unit{};
    }
    model::CallForward f;
    f.number = std::string(ctx.args.get("number"));
    f.timeout = d::number_arg(ctx.args, "timeout");
    f.scope = d::text_arg(ctx.args, "scope");
    f.dialplan_pattern = ctx.args.keyword("dialplan-pattern");
    dn.*member = f;
    return Unit{};
  };
}

}  // namespace

void add_ephone_dn_commands(ObjectTable<EphoneDn>& t) {
  t.config("number WORD$number [secondary WORD$secondary] [no-reg [{both | primary}$no_reg]]",
           {"Directory number of this ephone-dn", "Up to 16 digits", "A second number",
            "The second number (may contain wildcards)",
            "Do not register with a gatekeeper or SIP proxy", "Neither number",
            "Only the primary number"},
           number);
  t.field("preference <0-10>$order",
          {"Dial-peer preference of the number", "Preference, 0 is the highest"},
          &EphoneDn::preference);
  t.field("label LINE$text", {"Text shown next to the line button", "Up to 30 characters"},
          &EphoneDn::label);
  t.field("description LINE$text", {"Description in the phone's header bar", "Text"},
          &EphoneDn::description);
  t.field("name LINE$text", {"Name of the person this number belongs to", "First last"},
          &EphoneDn::name);
  t.config("ephone-dn-template <1-15>$tag", {"Apply an ephone-dn template", "Template tag"},
           dn_template);
  const std::vector<std::string> scope_help = {"Only the primary number's dial peer",
                                               "Only the secondary number's dial peer",
                                               "Only the dial peers made by dialplan-pattern"};
  std::vector<std::string> busy = {"Call forwarding", "Forward when the line is busy",
                                   "Target number"};
  busy.insert(busy.end(), scope_help.begin(), scope_help.end());
  t.config("call-forward busy WORD$number [{primary | secondary}$scope] [dialplan-pattern]", busy,
           call_forward(&EphoneDn::call_forward_busy));
  std::vector<std::string> noan = {"", "Forward when there is no answer", "Target number",
                                   "Ring time before forwarding", "Seconds"};
  noan.insert(noan.end(), scope_help.begin(), scope_help.end());
  t.config(
      "call-forward noan WORD$number timeout <3-60000>$timeout "
      "[{primary | secondary}$scope] [dialplan-pattern]",
      noan, call_forward(&EphoneDn::call_forward_noan));
  t.config("call-forward all WORD$number", {"", "Forward every call", "Target number"},
           call_forward(&EphoneDn::call_forward_all));
  t.flag("allow watch", {"Allow a feature", "Let watchers monitor this line (BLF presentity)"},
         &EphoneDn::allow_watch);
}

}  // namespace cme::modes
