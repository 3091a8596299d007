// `reload` (privileged EXEC): IOS asks "Proceed with reload? [confirm]" and then reloads, which
// here means what SystemControl::reload() says (the startup-config is read again; sessions end).
//   reload             reload now
//   reload in <1-1440> reload after that many minutes (`Reload scheduled in N minutes by …`)
//   reload cancel      cancel a scheduled reload (`*** --- SHUTDOWN ABORTED ---`)
#include <string>

#include "modes/router.hpp"
#include "modes/session.hpp"
#include "modes/tables/exec_show.hpp"

namespace cme::modes {

namespace {

constexpr const char* kNoControl = "% Reload is not available in this session";

/// "[confirm]": Enter or y confirms; any other key aborts (IOS).
bool confirmed(std::string_view answer) {
  return answer.empty() || answer == "y" || answer == "Y" || answer == "yes";
}

/// The `by` part of IOS's reload messages: "console", "vty0 (127.0.0.1)".
std::string requester(const Session& session) {
  return session.options().origin;
}

ActionResult reload(CommandContext& ctx) {
  if (ctx.router.system() == nullptr) {
    return Err{make_semantic(kNoControl)};
  }
  const bool later = ctx.args.has("minutes");
  const auto minutes = later ? ctx.args.get_int("minutes") : 0;
  if (later) {
    ctx.out += "Reload scheduled in " + std::to_string(minutes) + " minute" +
               (minutes == 1 ? "" : "s") + " by " + requester(ctx.session) +
               "\nReload reason: Reload Command\n";
  }
  Question q;
  q.prompt = "Proceed with reload? [confirm]";
  q.single_key = true;
  q.default_answer = "y";
  q.on_answer = [later, minutes](Session& s, std::string_view answer, std::string&) {
    SystemControl* system = s.router().system();
    if (!confirmed(answer) || system == nullptr) {
      return;
    }
    if (later) {
      system->schedule_reload(std::chrono::minutes(minutes));
      return;
    }
    s.router().log("%SYS-5-RELOAD: Reload requested by " + requester(s) +
                   ". Reload Reason: Reload Command.");
    system->reload();
  };
  ctx.session.ask(std::move(q), ctx.out);
  return Unit{};
}

ActionResult reload_cancel(CommandContext& ctx) {
  if (ctx.router.system() == nullptr) {
    return Err{make_semantic(kNoControl)};
  }
  if (!ctx.router.system()->cancel_reload()) {
    ctx.out += "%No reload is scheduled.\n";
    return Unit{};
  }
  ctx.out += "\n\n***\n*** --- SHUTDOWN ABORTED ---\n***\n\n";
  return Unit{};
}

}  // namespace

void add_reload_commands(CommandTable& priv) {
  priv.plain("reload", {"Halt and perform a cold restart"}, reload);
  priv.plain("reload in <1-1440>$minutes",
             {"", "Reload after a time interval", "Delay before reload (mmm)"}, reload);
  priv.plain("reload cancel", {"", "Cancel pending reload"}, reload_cancel);
}

}  // namespace cme::modes
