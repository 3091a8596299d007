// `show ephone` and its variants, `clear telephony-service ephone-attempted-registrations`
// (ephone_show.hpp). Texts: ios-texts.md §1.A-§1.O; syntax: cme-commands.md (`show ephone*`).
//
// Variants of the command reference left out, and why:
// - `show ephone phone-type`: the type list is version specific, and a WORD there would take
//   every keyword variant's place; `show ephone | include` on the model does the same.
// - `registered summary`, `unregistered summary`, `summary brief`, `summary types`: the only
//   samples are tab-mangled (§1.H, §1.L, §1.P); their columns are unknown.
// - `cfa`, `dnd`, `overlay`, `remote`, `login`, `moh`, `socket`, `tapiclients`, `rtp
//   connections`: the port has no forwarding, DND, overlay, TAPI or RTP data.
// Choices: `show ephone summary` prints the blocks and the first two footer lines of §1.K (no
// MOH block: OpenCME has no music on hold); `show ephone dn N` and `telephone-number` read the
// configuration (MACs as the model prints them); `phone-load` lists the phones the service
// knows (none without the port).
#include <fmt/format.h>

#include <functional>

#include "modes/detail/cme_values.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/ephone_show.hpp"
#include "modes/tables/ephone_view.hpp"

namespace cme::modes {

namespace {

using Filter = std::function<bool(const EphoneView&)>;

/// The blocks of the phones `keep` selects, or the empty-result text.
ActionResult print_blocks(CommandContext& ctx, const Filter& keep) {
  std::string out;
  for (const auto& v : ephone_views(ctx.view(), ctx.device.sccp())) {
    if (keep(v)) {
      out += ephone_block(v, ephone_debug_on(ctx.device.debug_flags(), v.status.mac));
    }
  }
  ctx.out += out.empty() ? kNoEphoneMatch : out;
  return Unit{};
}

Filter filter_of(const parser::Args& args) {
  using model::EphoneState;
  if (args.has("mac")) {
    const auto mac = detail::mac_arg(args, "mac");
    return [mac](const EphoneView& v) { return v.status.mac == mac; };
  }
  if (args.keyword("registered")) {
    return [](const EphoneView& v) { return v.status.state == EphoneState::Registered; };
  }
  if (args.keyword("unregistered")) {
    return [](const EphoneView& v) { return v.status.state != EphoneState::Registered; };
  }
  if (args.keyword("offhook")) {
    return [](const EphoneView& v) { return v.status.offhook; };
  }
  if (args.keyword("ringing")) {
    return [](const EphoneView& v) { return v.status.ringing; };
  }
  return [](const EphoneView&) { return true; };
}

ActionResult show_ephone(CommandContext& ctx) {
  return print_blocks(ctx, filter_of(ctx.args));
}

/// The `ephone 1, mac-address 0030.94C3.CAA2, line 2` lines of the ephones with dn `tag` on a
/// button (§1.B), each after `indent`.
std::string dn_phone_lines(const model::Config& config, unsigned tag, const char* indent) {
  std::string out;
  for (const auto& [etag, e] : config.cme.ephones) {
    for (const auto& b : e.button) {
      const bool on =
          b.separator != 'x' && std::find(b.dns.begin(), b.dns.end(), tag) != b.dns.end();
      if (on) {
        out += fmt::format("{}ephone {}, mac-address {}, line {}\n", indent, etag,
                           model::to_string(e.mac_address.value_or(model::MacAddress{})), b.index);
      }
    }
  }
  return out;
}

ActionResult show_ephone_dn(CommandContext& ctx) {
  const auto tag = static_cast<unsigned>(ctx.args.get_int("dn"));
  if (!ctx.view().cme.ephone_dns.contains(tag)) {
    ctx.out += kNoEphoneMatch;
    return Unit{};
  }
  ctx.out += fmt::format("Tag {}, Normal or Intercom dn \n", tag);
  ctx.out += dn_phone_lines(ctx.view(), tag, "");
  return Unit{};
}

ActionResult show_telephone_number(CommandContext& ctx) {
  const std::string number(ctx.args.get("number"));
  std::string out;
  for (const auto& [tag, dn] : ctx.view().cme.ephone_dns) {
    if (!dn.number) {
      continue;
    }
    const bool primary = dn.number->number == number;
    if (primary || dn.number->secondary == number) {
      out += fmt::format("DP tag: 0, {}\nTag {}, Normal or Intercom dn\n",
                         primary ? "primary" : "secondary", tag);
      out += dn_phone_lines(ctx.view(), tag, "  ");
    }
  }
  ctx.out += out.empty() ? kNoEphoneMatch : out;
  return Unit{};
}

/// §1.C: the 77-dash rule, Num (7 columns), Mac Address (20), DateTime (34), DeviceType.
ActionResult show_attempts(CommandContext& ctx) {
  ctx.out +=
      "Attempting Mac address:\n"
      "Num    Mac Address         DateTime                          DeviceType\n" +
      std::string(77, '-') + "\n";
  if (const auto* sccp = ctx.device.sccp()) {
    std::size_t n = 0;
    for (const auto& a : sccp->attempts()) {
      ctx.out += fmt::format("{:<7}{:<20}{:<34}{} \n", ++n, model::to_string(a.mac),
                             attempt_time(clock_text(ctx.device.local(a.last))), a.device_type);
    }
  }
  return Unit{};
}

/// §1.F: DeviceName (18 columns), CurrentPhoneload (23), PreviousPhoneload (23), LastReset.
ActionResult show_phone_load(CommandContext& ctx) {
  ctx.out += "DeviceName        CurrentPhoneload       PreviousPhoneload      LastReset\n" +
             std::string(69, '=') + "\n";
  for (const auto& v : ephone_views(ctx.view(), ctx.device.sccp())) {
    if (v.reported) {
      const auto& s = v.status;
      auto name = "SEP" + model::to_string(s.mac);
      std::erase(name, '.');
      ctx.out += fmt::format("{:<18}{:<23}{:<23}{}\n", name, s.load, s.previous_load, s.last_reset);
    }
  }
  return Unit{};
}

/// §1.K: `hairpin_block:`, the summary blocks, then the counts.
ActionResult show_summary(CommandContext& ctx) {
  const auto& cme = ctx.view().cme;
  const auto views = ephone_views(ctx.view(), ctx.device.sccp());
  std::size_t registered = 0, deceased = 0, sockets = 0;
  std::string out = "hairpin_block:\n";
  for (const auto& v : views) {
    out += ephone_summary_block(v, ephone_debug_on(ctx.device.debug_flags(), v.status.mac));
    registered += v.status.state == model::EphoneState::Registered ? 1 : 0;
    deceased += v.status.state == model::EphoneState::Deceased ? 1 : 0;
    sockets += v.status.socket >= 0 ? 1 : 0;
  }
  const auto& ts = cme.telephony_service;
  const unsigned max_ephones = ts && ts->max_ephones ? *ts->max_ephones : 0;
  out +=
      fmt::format("Max {}, Registered {}, Unregistered {}, Deceased {}, Sockets {}\n", max_ephones,
                  registered, views.size() - registered - deceased, deceased, sockets);
  const unsigned conferences = ts && ts->max_conferences ? ts->max_conferences->count : 0;
  out += fmt::format("Max Conferences {} with 0 active ({} allowed)\n", conferences, conferences);
  ctx.out += out;
  return Unit{};
}

ActionResult clear_attempts(CommandContext& ctx) {
  if (auto* sccp = ctx.device.sccp()) {
    sccp->clear_attempts();
  }
  return Unit{};
}

}  // namespace

void add_ephone_show_commands(CommandTable& t) {
  t.show(
      "show ephone [{H.H.H$mac | registered | unregistered | offhook | ringing}]",
      {"", "SCCP phone (ephone) status", "MAC address of one ephone", "Ephones that are registered",
       "Ephones that are not registered", "Ephones that are off hook", "Ephones that are ringing"},
      show_ephone);
  t.show("show ephone dn <1-15000>$dn",
         {"", "", "The ephones with an ephone-dn on a button", "ephone-dn tag"}, show_ephone_dn);
  t.show("show ephone telephone-number WORD$number",
         {"", "", "The ephones with a telephone number on a button", "Telephone number"},
         show_telephone_number);
  t.show("show ephone attempted-registrations",
         {"", "", "Phones refused because no ephone has their MAC address"}, show_attempts);
  t.show("show ephone phone-load", {"", "", "Firmware loads of the ephones"}, show_phone_load);
  t.show("show ephone summary", {"", "", "One short block per ephone, then the counts"},
         show_summary);
  t.plain(
      "clear telephony-service ephone-attempted-registrations",
      {"", "Cisco Unified CME (SCCP phones)", "Forget the phones refused for want of an ephone"},
      clear_attempts);
}

}  // namespace cme::modes
