// The checks of the entry commands of tagged CME modes (mode_specs.cpp): the configured maxima
// that bound the tags (command reference: max-ephones, max-dn in telephony-service; max-dn,
// max-pool in voice register global) and the head words an existing object must keep.
#include <fmt/format.h>

#include "modes/session.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

using model::CmeConfig;

std::optional<unsigned> ephone_limit(const CmeConfig& c) {
  return c.telephony_service ? c.telephony_service->max_ephones : std::nullopt;
}

std::optional<unsigned> dn_limit(const CmeConfig& c) {
  if (c.telephony_service && c.telephony_service->max_dn) {
    return c.telephony_service->max_dn->count;
  }
  return std::nullopt;
}

std::optional<unsigned> register_dn_limit(const CmeConfig& c) {
  return c.voice_register_global ? c.voice_register_global->max_dn : std::nullopt;
}

std::optional<unsigned> pool_limit(const CmeConfig& c) {
  return c.voice_register_global ? c.voice_register_global->max_pool : std::nullopt;
}

ActionResult prepare_ephone_dn(CommandContext& ctx, model::EphoneDn& dn, bool created) {
  auto mode = model::LineMode::Single;
  if (ctx.args.keyword("dual-line")) {
    mode = model::LineMode::Dual;
  } else if (ctx.args.keyword("octo-line")) {
    mode = model::LineMode::Octo;
  } else if (!created) {
    return Unit{};  // `ephone-dn 5` enters an existing dn whatever its line mode
  }
  if (!created && dn.line_mode != mode) {
    return Err{make_semantic(fmt::format(
        "% ephone-dn {} is already configured with a different line mode; remove it with "
        "\"no ephone-dn {}\" to change it",
        dn.tag, dn.tag))};
  }
  dn.line_mode = mode;
  return Unit{};
}

ActionResult prepare_dial_peer(CommandContext& ctx, model::DialPeer& peer, bool created) {
  const bool voip = ctx.args.keyword("voip");
  if (!created && peer.voip != voip) {
    return Err{make_semantic(
        fmt::format("% dial-peer {} already exists with a different encapsulation", peer.tag))};
  }
  peer.voip = voip;
  return Unit{};
}

}  // namespace cme::modes
