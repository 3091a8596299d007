// telephony-service commands with typed fields (command reference, config-telephony; seed 000
// for keepalive, seed 001 for load / max-ephones / max-dn / ip source-address / max-conferences).
#include <fmt/format.h>

#include "modes/detail/cme_values.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::TelephonyService;
namespace d = detail;

ActionResult load(CommandContext& ctx, TelephonyService& t) {
  const std::string type(ctx.args.get("type"));
  if (ctx.negated()) {
    std::erase_if(t.load,
                  [&](const model::Load& l) { return type.empty() || l.phone_type == type; });
    return Unit{};
  }
  model::set_or_append(t.load, model::Load{type, std::string(ctx.args.get("firmware"))},
                       [](const model::Load& l) { return l.phone_type; });
  return Unit{};
}

/// The largest tag in `objects` above `limit`, or 0.
template <class Map>
unsigned tag_above(const Map& objects, unsigned limit) {
  return !objects.empty() && objects.rbegin()->first > limit ? objects.rbegin()->first : 0;
}

ActionResult max_ephones(CommandContext& ctx, TelephonyService& t) {
  if (ctx.negated()) {
    t.max_ephones.reset();
    return Unit{};
  }
  const auto count = static_cast<unsigned>(ctx.args.get_int("count"));
  if (const auto tag = tag_above(ctx.view().cme.ephones, count)) {
    return Err{make_semantic(
        fmt::format("% ephone {} is configured: max-ephones must be at least {}", tag, tag))};
  }
  t.max_ephones = count;
  return Unit{};
}

ActionResult max_dn(CommandContext& ctx, TelephonyService& t) {
  if (ctx.negated()) {
    t.max_dn.reset();
    return Unit{};
  }
  const auto count = static_cast<unsigned>(ctx.args.get_int("count"));
  if (const auto tag = tag_above(ctx.view().cme.ephone_dns, count)) {
    return Err{make_semantic(
        fmt::format("% ephone-dn {} is configured: max-dn must be at least {}", tag, tag))};
  }
  std::optional<std::string> no_reg;
  if (ctx.args.keyword("no-reg")) {
    no_reg = std::string(ctx.args.get("no_reg"));
  }
  t.max_dn = model::MaxDn{count, d::number_arg(ctx.args, "preference"), no_reg};
  return Unit{};
}

ActionResult ip_source_address(CommandContext& ctx, TelephonyService& t) {
  if (ctx.negated()) {
    t.ip_source_address.reset();
    return Unit{};
  }
  t.ip_source_address = d::source_address_arg(ctx.args, true);
  return Unit{};
}

ActionResult max_conferences(CommandContext& ctx, TelephonyService& t) {
  if (ctx.negated()) {
    t.max_conferences.reset();
    return Unit{};
  }
  model::MaxConferences m;
  m.count = static_cast<unsigned>(ctx.args.get_int("count"));
  if (ctx.args.has("gain")) {
    const auto gain = ctx.args.get("gain");
    if (gain != "-6" && gain != "0" && gain != "3" && gain != "6") {
      return Err{make_semantic("% Invalid gain " + std::string(gain) + ": use -6, 0, 3 or 6")};
    }
    m.gain = std::stoi(std::string(gain));
  }
  t.max_conferences = m;
  return Unit{};
}

}  // namespace

void add_telephony_commands(ObjectTable<TelephonyService>& t) {
  t.config("load WORD$type WORD$firmware",
           {"Associate a firmware file with a phone type", "Phone type (7960-7940, 7971 ...)",
            "Firmware file name without its extension"},
           load);
  t.config("max-ephones <1-10000>$count", {"Maximum number of ephones", "Number of ephones"},
           max_ephones);
  t.config(
      "max-dn <1-15000>$count [preference <0-10>$preference] "
      "[no-reg [{primary | both}$no_reg]]",
      {"Maximum number of ephone-dns", "Number of ephone-dns",
       "Dial-peer preference of the primary numbers", "Preference, 0 is the highest",
       "Do not register the numbers with a gatekeeper or SIP proxy", "Only the primary numbers",
       "Primary and secondary numbers"},
      max_dn);
  t.config(
      "ip source-address A.B.C.D$ip [port <2000-9999>$port] "
      "[secondary A.B.C.D$secondary [rehome <0-60>$rehome]] "
      "[{any-match | strict-match}$match]",
      {"IP settings", "Address the SCCP phones register to", "IP address", "TCP port for SCCP",
       "Port number", "Backup Cisco Unified CME router", "IP address",
       "Move phones back from the secondary router", "Seconds to wait",
       "Accept registrations on any local address", "Accept registrations on this address only"},
      ip_source_address);
  t.config(
      "max-conferences <1-32>$count [gain WORD$gain]",
      {"Maximum number of three-party conferences", "Number of conferences",
       "Gain for audio joining a conference from VoIP or the PSTN", "Gain in dB: -6, 0, 3 or 6"},
      max_conferences);
  t.field("keepalive <10-65535>$seconds",
          {"Keepalive interval of SCCP phones", "Seconds (default 30)"},
          &TelephonyService::keepalive);
}

}  // namespace cme::modes
