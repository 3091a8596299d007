// voice register pool commands with typed fields (command reference, config-register-pool;
// seed 001 for id mac, type, number N dn T, blf-speed-dial; seed 002 for logout-profile).
#include <fmt/format.h>

#include "modes/detail/cme_values.hpp"
#include "modes/detail/phone_commands.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::VoiceRegisterPool;
namespace d = detail;

ActionResult id(CommandContext& ctx, VoiceRegisterPool& p) {
  if (ctx.negated()) {
    p.id.reset();
    return Unit{};
  }
  model::PoolId id;
  if (ctx.args.keyword("mac")) {
    id.kind = model::PoolId::Kind::Mac;
    id.mac = d::mac_arg(ctx.args, "mac");
    const model::Owner self{model::OwnerKind::VoiceRegisterPool, p.tag};
    const auto owner = d::mac_owner(ctx.view().cme, id.mac, self);
    if (!owner.empty()) {
      return Err{make_semantic(
          fmt::format("% MAC address {} is already used by {}", model::to_string(id.mac), owner))};
    }
  } else {
    id.kind = ctx.args.keyword("ip") ? model::PoolId::Kind::Ip : model::PoolId::Kind::Network;
    id.address = d::ipv4_arg(ctx.args, "ip");
    id.mask = d::ipv4_arg(ctx.args, "mask");
  }
  id.device_id_name = d::text_arg(ctx.args, "device");
  p.id = id;
  if (id.kind == model::PoolId::Kind::Mac) {
    d::record_mac(ctx.edit().cme, id.mac, {model::OwnerKind::VoiceRegisterPool, p.tag});
  }
  return Unit{};
}

ActionResult number(CommandContext& ctx, VoiceRegisterPool& p) {
  if (ctx.negated()) {
    d::erase_tag(p.number, ctx.args);
    return Unit{};
  }
  model::PoolNumber n;
  n.tag = static_cast<unsigned>(ctx.args.get_int("tag"));
  n.dn = d::number_arg(ctx.args, "dn");
  if (n.dn && !ctx.view().cme.voice_register_dns.contains(*n.dn)) {
    return Err{make_semantic(fmt::format("% voice register dn {} is not configured", *n.dn))};
  }
  n.pattern = d::text_arg(ctx.args, "pattern");
  n.preference = d::number_arg(ctx.args, "preference");
  n.huntstop = ctx.args.keyword("huntstop");
  model::set_keyed(p.number, n, [](const model::PoolNumber& x) { return x.tag; });
  return Unit{};
}

ActionResult template_tag(CommandContext& ctx, VoiceRegisterPool& p) {
  if (ctx.negated()) {
    p.template_tag.reset();
    return Unit{};
  }
  const auto tag = static_cast<unsigned>(ctx.args.get_int("tag"));
  if (!ctx.view().cme.voice_register_templates.contains(tag)) {
    return Err{make_semantic(fmt::format("% voice register template {} is not configured", tag))};
  }
  p.template_tag = tag;
  return Unit{};
}

}  // namespace

void add_register_pool_commands(ObjectTable<VoiceRegisterPool>& t) {
  t.config(
      "id {mac H.H.H$mac | ip A.B.C.D$ip mask A.B.C.D$mask | "
      "network A.B.C.D$ip mask A.B.C.D$mask} [device-id-name WORD$device]",
      {"How the phone of this pool is identified", "By MAC address", "MAC address", "By IP address",
       "IP address", "Address mask", "Mask", "By IP subnet", "Network address", "Address mask",
       "Mask", "Device name of the phone", "Name"},
      id);
  d::add_phone_type(t, &VoiceRegisterPool::type, d::word_type_spec(3));
  t.config(
      "number <1-114>$tag {dn <1-1000>$dn | PATTERN$pattern [preference <0-10>$preference] "
      "[huntstop]}",
      {"Directory number of the phone", "Number tag (line position)", "A voice register dn",
       "dn tag", "Number pattern (SIP SRST)", "Dial-peer preference",
       "Preference, 0 is the highest", "Stop hunting here"},
      number);
  d::add_username(t, &VoiceRegisterPool::username, "username");
  t.field("description LINE$text", {"Description of the phone", "Up to 128 characters"},
          &VoiceRegisterPool::description);
  d::add_speed_dial(t, &VoiceRegisterPool::speed_dial, 113);
  d::add_blf_speed_dial(t, &VoiceRegisterPool::blf_speed_dial, 113);
  t.config("template <1-10>$tag", {"Apply a voice register template", "Template tag"},
           template_tag);
  d::add_logout_profile(t, &VoiceRegisterPool::logout_profile);
  t.flag("presence call-list",
         {"Presence (BLF) settings", "Watch the numbers in this phone's call lists"},
         &VoiceRegisterPool::presence_call_list);
}

}  // namespace cme::modes
