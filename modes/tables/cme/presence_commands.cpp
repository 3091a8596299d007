// presence commands (seed 001, "Configuring Presence Service": server, allow subscribe,
// watcher all, sccp blf-speed-dial retry-interval, presence call-list, max-subscription).
#include "modes/detail/cme_values.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

using model::Presence;

void add_presence_commands(ObjectTable<Presence>& t) {
  t.config("server A.B.C.D$ip",
           {"Presence server for watching external numbers", "IP address of the server"},
           [](CommandContext& ctx, Presence& p) -> ActionResult {
             if (ctx.negated()) {
               p.server.reset();
             } else {
               p.server = detail::ipv4_arg(ctx.args, "ip");
             }
             return Unit{};
           });
  t.config("sccp blf-speed-dial retry-interval <60-3600>$interval limit <10-100>$limit",
           {"SCCP phone settings", "BLF speed-dial monitoring",
            "Retry timeout for BLF speed-dial subscriptions", "Seconds (default 60)",
            "Maximum number of retries", "Retries (default 10)"},
           [](CommandContext& ctx, Presence& p) -> ActionResult {
             if (ctx.negated()) {
               p.sccp_blf_speed_dial.reset();
             } else {
               p.sccp_blf_speed_dial =
                   model::BlfRetry{static_cast<unsigned>(ctx.args.get_int("interval")),
                                   static_cast<unsigned>(ctx.args.get_int("limit"))};
             }
             return Unit{};
           });
  t.flag("presence call-list",
         {"Presence settings", "Watch the numbers in call lists and directories of all phones"},
         &Presence::presence_call_list);
  t.field("max-subscription <100-500>$count",
          {"Maximum number of presence subscriptions", "Subscriptions (default 100)"},
          &Presence::max_subscription);
  t.flag("watcher all", {"Watcher settings", "Let external watchers monitor internal lines"},
         &Presence::watcher_all);
  t.flag("allow subscribe",
         {"Allow a presence feature", "Let internal watchers monitor external numbers"},
         &Presence::allow_subscribe);
}

}  // namespace cme::modes
