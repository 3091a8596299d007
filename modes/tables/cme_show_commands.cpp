// Configuration-only CME show commands: presence, telephony-service, ephone-dn summary, and the
// registration of every command of cme_show.hpp (the voice register ones are in
// cme_show_register.cpp).
//
// Choices where the samples say nothing:
// - `show presence global` router mode: "CME mode", except "SRST mode" for a SIP SRST router
//   (`voice register global` without `mode cme`/`mode cme-app`, and no telephony-service).
//   OpenCME is a CME router, so a configuration with only `presence` shows "CME mode" (seed 001).
// - `show presence global` without `presence`: the same block, feature enable FALSE.
// - `show telephony-service` without `telephony-service`: no output. Without `ip
//   source-address` it says that no ephone can register. Other unset values show their
//   defaults: max-ephones and max-dn 0, max-conferences
//   16 (half of the largest platform's 32, the range `max-conferences` accepts) gain -6,
//   cnf-file location system:, keepalive 30.
#include <fmt/format.h>

#include "model/config.hpp"
#include "modes/device.hpp"
#include "modes/tables/cme_show.hpp"
#include "modes/tables/sip_dn_summary.hpp"

namespace cme::modes {

namespace {

/// `max-conferences` when unset: half of the platform maximum (32 here), gain -6.
inline constexpr unsigned kMaxConferencesDefault = 16;
inline constexpr int kConferenceGainDefault = -6;
inline constexpr unsigned kSccpPortDefault = 2000;
/// Printed in place of `ip source-address A port P` when it is not configured: CME then accepts
/// no SCCP phone. Neither ios-texts.md nor cme-commands.md has IOS's wording; OpenCME's line.
inline constexpr const char* kNoSourceAddressLine =
    "ip source-address not configured: no ephone can register\n";

const char* true_false(bool on) {
  return on ? "TRUE" : "FALSE";
}

/// "CME mode", or "SRST mode" for a SIP SRST router (see the file comment).
const char* router_mode(const model::CmeConfig& cme) {
  const auto& global = cme.voice_register_global;
  const bool cme_mode =
      global && global->mode && (*global->mode == "cme" || *global->mode == "cme-app");
  if (global && !cme_mode && !cme.telephony_service) {
    return "SRST mode";
  }
  return "CME mode";
}

std::string source_address_line(const model::TelephonyService& ts) {
  if (!ts.ip_source_address) {
    return kNoSourceAddressLine;
  }
  model::SourceAddress a = *ts.ip_source_address;
  if (!a.port) {
    a.port = kSccpPortDefault;
  }
  return "ip source-address " + model::args(a) + "\n";
}

ActionResult show_presence_global(CommandContext& ctx) {
  ctx.out += presence_global_text(ctx.view());
  return Unit{};
}

ActionResult show_telephony_service(CommandContext& ctx) {
  ctx.out += telephony_service_text(ctx.view());
  return Unit{};
}

/// The pool or dn tag of `show voice register {pool | dn} {N | all}`; nullopt for `all`.
std::optional<unsigned> tag_arg(const CommandContext& ctx) {
  if (!ctx.args.has("tag")) {
    return std::nullopt;
  }
  return static_cast<unsigned>(ctx.args.get_int("tag"));
}

void add_register_commands(CommandTable& t) {
  t.show("show voice register global",
         {"", "Voice information", "SIP phone registration", "Global SIP phone settings"},
         [](CommandContext& ctx) -> ActionResult {
           ctx.out += voice_register_global_text(ctx.view());
           return Unit{};
         });
  t.show("show voice register pool {<1-1000>$tag | all}",
         {"", "", "", "SIP phone pools", "Pool tag", "All pools"},
         [](CommandContext& ctx) -> ActionResult {
           ctx.out += voice_register_pool_text(ctx.view(), tag_arg(ctx), ctx.device.sip());
           return Unit{};
         });
  t.show("show voice register dn {<1-1000>$tag | all}",
         {"", "", "", "SIP directory numbers", "Dn tag", "All dns"},
         [](CommandContext& ctx) -> ActionResult {
           ctx.out += voice_register_dn_text(ctx.view(), tag_arg(ctx));
           return Unit{};
         });
  add_voice_register_dn_summary(t);
}

}  // namespace

std::string presence_global_text(const model::Config& config) {
  const auto& cme = config.cme;
  const model::Presence p = cme.presence.value_or(model::Presence{});
  const auto retry = p.sccp_blf_speed_dial.value_or(model::kBlfRetryDefault);
  const auto server = p.server.value_or(model::Ipv4{});
  // The labels keep seed 001's spacing exactly, colons not aligned.
  std::string out = "\nPresence Global Configuration Information:\n=====\n";
  out +=
      fmt::format("Presence feature enable           : {}\n", true_false(cme.presence.has_value()));
  out += fmt::format("Presence allow external watchers  : {}\n", true_false(p.watcher_all));
  out += fmt::format("Presence max subscription allowed : {}\n",
                     p.max_subscription.value_or(model::kMaxSubscriptionDefault));
  out += "Presence number of subscriptions  : 0\n";
  out += fmt::format("Presence allow external subscribe : {}\n", true_false(p.allow_subscribe));
  out += fmt::format("Presence call list enable        : {}\n", true_false(p.presence_call_list));
  out += fmt::format("Presence server IP address       : {}\n", model::to_string(server));
  out += fmt::format("Presence sccp blfsd retry interval : {}\n", retry.interval);
  out += fmt::format("Presence sccp blfsd retry limit  : {}\n", retry.limit);
  out += fmt::format("Presence router mode             : {}\n", router_mode(cme));
  return out;
}

std::string telephony_service_text(const model::Config& config) {
  if (!config.cme.telephony_service) {
    return {};
  }
  const auto& ts = *config.cme.telephony_service;
  std::string out = fmt::format("CONFIG (Version={})\n=====================\n", kCmeShowVersion);
  out += source_address_line(ts);
  out += fmt::format("max-ephones {}\n", ts.max_ephones.value_or(0));
  out += "max-dn " + (ts.max_dn ? model::args(*ts.max_dn) : std::string("0")) + "\n";
  const auto conferences = ts.max_conferences.value_or(
      model::MaxConferences{kMaxConferencesDefault, kConferenceGainDefault});
  out += fmt::format("max-conferences {} gain {}\n", conferences.count,
                     conferences.gain.value_or(kConferenceGainDefault));
  std::string location = ts.options.value("cnf-file location", "system:");
  if (location.starts_with("tftp ")) {
    location.erase(0, 5);  // `cnf-file location tftp URL` shows the URL
  }
  out += "cnf-file location: " + location + "\n";
  out += fmt::format("keepalive {}\n", ts.keepalive.value_or(model::kTelephonyKeepaliveDefault));
  return out;
}

void add_cme_show_commands(CommandTable& privileged) {
  auto& t = privileged;
  t.show("show presence global", {"", "Presence information", "Global presence configuration"},
         show_presence_global);
  t.show("show telephony-service", {"", "Cisco Unified CME (SCCP phones) configuration"},
         show_telephony_service);
  add_register_commands(t);
}

}  // namespace cme::modes
