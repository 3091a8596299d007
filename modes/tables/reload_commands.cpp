// `reload` (privileged EXEC): IOS asks "Proceed with reload? [confirm]" and then reloads, which
// here means what SystemControl::reload() says (the startup-config is read again; sessions end).
//   reload             reload now
//   reload in <1-1440> reload after that many minutes (`Reload scheduled in N minutes by …`)
//   reload cancel      cancel a scheduled reload (`*** --- SHUTDOWN ABORTED ---`)
// When the running configuration differs from the startup-config, IOS first asks
// "System configuration has been modified. Save? [yes/no]: " (yes writes it, as write memory).
#include <string>

#include "common/ascii.hpp"
#include "model/config.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/exec_show.hpp"

namespace cme::modes {

namespace {

constexpr const char* kNoControl = "% Reload is not available in this session";

/// What `reload` or `reload in MM` asked for.
struct ReloadPlan {
  bool later = false;
  long long minutes = 0;
};

/// "[confirm]": Enter or y confirms; any other key aborts (IOS).
bool confirmed(std::string_view answer) {
  return answer.empty() || answer == "y" || answer == "Y" || answer == "yes";
}

/// The `by` part of IOS's reload messages: "console", "vty0 (127.0.0.1)".
std::string requester(const Session& session) {
  return session.options().origin;
}

/// True when the running configuration is not what the startup-config holds.
bool modified(Session& session) {
  auto stored = session.device().store().read();
  return !stored || !stored.value() ||
         *stored.value() != model::render_running_config(session.view());
}

/// "Reload scheduled …" for `reload in`, then "Proceed with reload? [confirm]".
void confirm_reload(Session& session, ReloadPlan plan, std::string& out) {
  if (plan.later) {
    out += "Reload scheduled in " + std::to_string(plan.minutes) + " minute" +
           (plan.minutes == 1 ? "" : "s") + " by " + requester(session) +
           "\nReload reason: Reload Command\n";
  }
  Question q;
  q.prompt = "Proceed with reload? [confirm]";
  q.single_key = true;
  q.default_answer = "y";
  q.on_answer = [plan](Session& s, std::string_view answer, std::string&) {
    SystemControl* system = s.device().system();
    if (!confirmed(answer) || system == nullptr) {
      return;
    }
    if (plan.later) {
      system->schedule_reload(std::chrono::minutes(plan.minutes));
      return;
    }
    s.device().log("%SYS-5-RELOAD: Reload requested by " + requester(s) +
                   ". Reload Reason: Reload Command.");
    system->reload();
  };
  session.ask(std::move(q), out);
}

/// "System configuration has been modified. Save? [yes/no]: " until yes or no.
void ask_save(Session& session, ReloadPlan plan, std::string& out) {
  Question q;
  q.prompt = "System configuration has been modified. Save? [yes/no]: ";
  q.default_answer = "no";
  q.on_answer = [plan](Session& s, std::string_view answer, std::string& o) {
    const std::string a = to_lower(answer);
    if (a == "y" || a == "yes") {
      if (auto saved = save_running_config(s, o); !saved) {
        o += saved.error() + "\n";
        return;  // IOS does not reload what it could not save
      }
    } else if (a != "n" && a != "no") {
      o += "% Please answer 'yes' or 'no'.\n";
      ask_save(s, plan, o);
      return;
    }
    confirm_reload(s, plan, o);
  };
  session.ask(std::move(q), out);
}

ActionResult reload(CommandContext& ctx) {
  if (ctx.device.system() == nullptr) {
    return Err{make_semantic(kNoControl)};
  }
  const ReloadPlan plan{ctx.args.has("minutes"), ctx.args.get_int("minutes", 0)};
  if (modified(ctx.session)) {
    ask_save(ctx.session, plan, ctx.out);
  } else {
    confirm_reload(ctx.session, plan, ctx.out);
  }
  return Unit{};
}

ActionResult reload_cancel(CommandContext& ctx) {
  if (ctx.device.system() == nullptr) {
    return Err{make_semantic(kNoControl)};
  }
  if (!ctx.device.system()->cancel_reload()) {
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
