// ephone commands with typed fields (command reference, config-ephone; seed 001 for
// mac-address, fastdial, blf-speed-dial, type, button; seed 002 for logout-profile; seed 000 for
// keepalive).
#include <fmt/format.h>

#include "grammar/values/values.hpp"
#include "modes/detail/cme_values.hpp"
#include "modes/detail/phone_commands.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::Ephone;
namespace d = detail;

ActionResult mac_address(CommandContext& ctx, Ephone& e) {
  if (ctx.negated()) {
    e.mac_address.reset();
    return Unit{};
  }
  const auto mac = d::mac_arg(ctx.args, "mac");
  const model::Owner self{model::OwnerKind::Ephone, e.tag};
  const auto owner = d::mac_owner(ctx.view().cme, mac, self);
  if (!owner.empty()) {
    return Err{make_semantic(
        fmt::format("% MAC address {} is already used by {}", model::to_string(mac), owner))};
  }
  e.mac_address = mac;
  d::record_mac(ctx.edit().cme, mac, self);
  return Unit{};
}

ActionResult ephone_template(CommandContext& ctx, Ephone& e) {
  if (ctx.negated()) {
    e.ephone_template.reset();
    return Unit{};
  }
  const auto tag = static_cast<unsigned>(ctx.args.get_int("tag"));
  if (!ctx.view().cme.ephone_templates.contains(tag)) {
    return Err{make_semantic(fmt::format("% ephone-template {} is not configured", tag))};
  }
  e.ephone_template = tag;
  return Unit{};
}

/// The button entries of the `button` argument (validated by the matcher).
std::vector<model::Button> buttons_arg(const parser::Args& args) {
  std::vector<model::Button> out;
  if (auto list = grammar::values::parse_button_list(args.get("buttons"))) {
    for (const auto& b : *list) {
      out.push_back(model::Button{b.index, b.separator, b.dns});
    }
  }
  return out;
}

ActionResult button(CommandContext& ctx, Ephone& e) {
  const auto entries = buttons_arg(ctx.args);
  if (ctx.negated()) {
    if (entries.empty()) {
      e.button.clear();
    }
    for (const auto& b : entries) {
      std::erase_if(e.button, [&](const model::Button& x) { return x.index == b.index; });
    }
    return Unit{};
  }
  std::string missing;
  for (const auto& b : entries) {
    model::set_keyed(e.button, b, [](const model::Button& x) { return x.index; });
    for (auto dn : b.dns) {
      // 'x' (overlay rollover) names a button index, not an ephone-dn.
      if (b.separator != 'x' && !ctx.view().cme.ephone_dns.contains(dn)) {
        missing += (missing.empty() ? "" : ", ") + std::to_string(dn);
      }
    }
  }
  if (!missing.empty()) {
    // Seed 001 assigns buttons to ephone-dns its example does not show: a warning, not an
    // error, so such a configuration still loads.
    return Err{make_warning(fmt::format("% Warning: ephone-dn {} not configured", missing))};
  }
  return Unit{};
}

}  // namespace

void add_ephone_commands(ObjectTable<Ephone>& t) {
  t.config("mac-address H.H.H$mac", {"MAC address of the phone", "MAC address"}, mac_address);
  t.config("ephone-template <1-20>$tag", {"Apply an ephone template", "Template tag"},
           ephone_template);
  d::add_username(t, &Ephone::username, "username");
  t.field("description LINE$text", {"Description of the phone", "Up to 128 characters"},
          &Ephone::description);
  d::add_speed_dial(t, &Ephone::speed_dial, 33);
  d::add_fastdial(t, &Ephone::fastdial);
  d::add_blf_speed_dial(t, &Ephone::blf_speed_dial, 75);
  d::add_phone_type(t, &Ephone::type, d::sccp_type_spec());
  t.config("button BUTTONS$buttons",
           {"Assign ephone-dns to the phone's buttons",
            "Entries like 1:10 2:11 3b12 4o13,14,15 (index, separator, ephone-dn tags)"},
           button);
  t.field("keepalive <10-65535>$seconds",
          {"Keepalive interval of this phone",
           "Seconds (default: ephone-template, then "
           "telephony-service)"},
          &Ephone::keepalive);
  d::add_logout_profile(t, &Ephone::logout_profile);
  t.flag("presence call-list",
         {"Presence (BLF) settings", "Watch the numbers in this phone's call lists"},
         &Ephone::presence_call_list);
}

}  // namespace cme::modes
