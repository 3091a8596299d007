// `reset` / `restart` in `ephone N` and in telephony-service (ephone_show.hpp). Syntax and
// ranges: cme-commands.md, `reset (ephone)`, `restart (ephone)`, `reset (telephony-service)`
// (`reset {all [time-interval] | cancel | mac-address | sequence-all}`, interval 0-60 s,
// default 15) and `restart (telephony-service)` (`restart {all [time-interval] |
// mac-address}`); their no forms interrupt a sequential reset. They are actions: they go to the
// SCCP service (Device::sccp()) and never change the configuration.
//
// Messages (IOS's are not in the references; OpenCME's, in IOS's "% " style):
// - no SCCP service:        "% SCCP service is not running: no ephone was reset" (restarted)
// - one phone not found:    "% ephone 5 is not registered", "% No ephone registered with MAC
//                           address 0030.94C3.E1A8"
// - all / sequence / cancel print nothing.
#include <fmt/format.h>

#include "modes/detail/cme_values.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/ephone_show.hpp"

namespace cme::modes {

namespace {

using model::ResetRequest;
using model::ResetTarget;
using model::ResetType;

const char* done_word(ResetType type) {
  return type == ResetType::Reset ? "reset" : "restarted";
}

/// Sends `request` through the port and prints what did not happen.
ActionResult send(CommandContext& ctx, const ResetRequest& request) {
  auto* sccp = ctx.device.sccp();
  if (sccp == nullptr) {
    ctx.out +=
        fmt::format("% SCCP service is not running: no ephone was {}\n", done_word(request.type));
    return Unit{};
  }
  const std::size_t told = sccp->reset(request);
  if (told == 0 && request.target == ResetTarget::Ephone) {
    ctx.out += fmt::format("% ephone {} is not registered\n", request.ephone);
  } else if (told == 0 && request.target == ResetTarget::Mac) {
    ctx.out += "% No ephone registered with MAC address " + model::to_string(request.mac) + "\n";
  }
  return Unit{};
}

/// The request of a telephony-service form: `all [interval]`, `mac-address H.H.H`,
/// `sequence-all`, `cancel`.
ResetRequest request_of(const parser::Args& args, ResetType type) {
  ResetRequest r;
  r.type = type;
  if (args.has("mac")) {
    r.target = ResetTarget::Mac;
    r.mac = detail::mac_arg(args, "mac");
  } else if (args.keyword("sequence-all")) {
    r.target = ResetTarget::SequenceAll;
  } else if (args.keyword("cancel")) {
    r.target = ResetTarget::Cancel;
  } else {
    r.target = ResetTarget::All;
    r.interval = std::chrono::seconds{args.get_int("interval", 15)};
  }
  return r;
}

/// The positive form sends `request_of()`; the no/default forms (`no reset all`, `no reset
/// sequence-all`, `no restart all`) cancel a sequential reset or restart.
Action telephony_action(ResetType type) {
  return [type](CommandContext& ctx) -> ActionResult {
    if (!ctx.negated()) {
      return send(ctx, request_of(ctx.args, type));
    }
    ResetRequest r;
    r.type = type;
    r.target = ResetTarget::Cancel;
    return send(ctx, r);
  };
}

Action ephone_action(ResetType type) {
  return [type](CommandContext& ctx) -> ActionResult {
    ResetRequest r;
    r.type = type;
    r.target = ResetTarget::Ephone;
    r.ephone = static_cast<unsigned>(ctx.session.frame().id);
    return send(ctx, r);
  };
}

constexpr const char* kResetHelp = "Reboot SCCP phones (they fetch their configuration again)";
constexpr const char* kRestartHelp = "Restart SCCP phones (they register again, no reboot)";

}  // namespace

void add_ephone_reset_commands(ObjectTable<model::Ephone>& t) {
  auto& table = t.table();
  table.plain("reset", {"Reboot this phone (it fetches its configuration again)"},
              ephone_action(ResetType::Reset));
  table.plain("restart", {"Restart this phone (it registers again, no reboot)"},
              ephone_action(ResetType::Restart));
}

void add_telephony_reset_commands(ObjectTable<model::TelephonyService>& t) {
  auto& table = t.table();
  table.config("reset {all [<0-60>$interval] | cancel | mac-address H.H.H$mac | sequence-all}",
               {kResetHelp, "Every registered phone", "Seconds between two phones (default 15)",
                "Stop a sequential reset", "One phone", "MAC address of the phone",
                "One phone at a time, each after the previous one registered again"},
               telephony_action(ResetType::Reset), parser::NoForm::Mandatory);
  table.config("restart {all [<0-60>$interval] | mac-address H.H.H$mac}",
               {kRestartHelp, "Every registered phone", "Seconds between two phones (default 15)",
                "One phone", "MAC address of the phone"},
               telephony_action(ResetType::Restart), parser::NoForm::Mandatory);
}

}  // namespace cme::modes
