// voice service voip and its sip and trusted-list sub-modes: typed commands (seed 001:
// allow-connections sip to sip, registrar server expires max … min …; seed 004:
// midcall-signaling passthru; seed 000: ip address trusted list / ipv4 A.B.C.D).
#include <algorithm>

#include "modes/detail/cme_values.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::VoiceServiceSip;
using model::VoiceServiceVoip;

ActionResult allow_connections(CommandContext& ctx, VoiceServiceVoip& v) {
  const model::AllowConnections a{std::string(ctx.args.get("from")),
                                  std::string(ctx.args.get("to"))};
  std::erase(v.allow_connections, a);
  if (!ctx.negated()) {
    v.allow_connections.push_back(a);
  }
  return Unit{};
}

ActionResult registrar_server(CommandContext& ctx, VoiceServiceSip& s) {
  if (ctx.negated()) {
    s.registrar_server.reset();
    return Unit{};
  }
  model::RegistrarServer r{detail::number_arg(ctx.args, "max"),
                           detail::number_arg(ctx.args, "min")};
  if (r.max && r.min && *r.min > *r.max) {
    return Err{make_semantic("% The minimum expiry cannot be larger than the maximum")};
  }
  s.registrar_server = r;
  return Unit{};
}

/// `ipv4 A.B.C.D [network-mask]`: added once, at the end; `no` removes exactly that entry.
ActionResult trusted_address(CommandContext& ctx, model::TrustedList& list) {
  model::TrustedAddress a{detail::ipv4_arg(ctx.args, "address"), std::nullopt};
  if (ctx.args.has("mask")) {
    a.mask = detail::ipv4_arg(ctx.args, "mask");
    if (!model::is_network_mask(*a.mask)) {
      return Err{make_semantic("% Invalid network mask " + model::to_string(*a.mask))};
    }
  }
  const bool present = std::find(list.ipv4.begin(), list.ipv4.end(), a) != list.ipv4.end();
  if (ctx.negated()) {
    std::erase(list.ipv4, a);
  } else if (!present && list.ipv4.size() >= model::kTrustedListMax) {
    return Err{make_semantic("% The trusted list is full (" +
                             std::to_string(model::kTrustedListMax) + " entries)")};
  } else if (!present) {
    list.ipv4.push_back(a);
  }
  return Unit{};
}

}  // namespace

void add_voice_service_commands(ObjectTable<VoiceServiceVoip>& t) {
  t.config(
      "allow-connections {h323 | sip}$from to {h323 | sip}$to",
      {"Allow calls between VoIP protocols", "From H.323", "From SIP", "To", "To H.323", "To SIP"},
      allow_connections, parser::NoForm::Mandatory);
}

void add_voice_service_sip_commands(ObjectTable<VoiceServiceSip>& t) {
  // Range of max: seed 001 configures "max 240"; the reference's 600 lower bound would
  // refuse Cisco's own example, so the lower bound is 120.
  t.config("registrar server [expires [max <120-86400>$max] [min <60-3600>$min]]",
           {"SIP registrar", "Act as the registrar of the SIP phones",
            "Limits of the registration expiry", "Longest expiry granted", "Seconds (default 3600)",
            "Shortest expiry accepted", "Seconds (default 60)"},
           registrar_server);
  t.flag(
      "midcall-signaling passthru",
      {"How mid-call signaling is handled", "Pass re-INVITE and UPDATE from one leg to the other"},
      &VoiceServiceSip::midcall_signaling_passthru);
}

void add_trusted_list_commands(ObjectTable<model::TrustedList>& t) {
  t.config("ipv4 A.B.C.D$address [A.B.C.D$mask]",
           {"Trusted IPv4 address or subnet", "IPv4 address", "Network mask"}, trusted_address);
}

}  // namespace cme::modes
