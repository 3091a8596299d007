#include "modes/tables/exec_show.hpp"

#include <ctime>

#include "model/config.hpp"
#include "model/json.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/cme_show.hpp"

namespace cme::modes {

namespace {

inline constexpr std::size_t kNvramBytes = 262136;  // what IOS reports as the nvram size

std::string plural(long n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

/// "1 day, 2 hours, 3 minutes" as IOS prints uptime.
std::string uptime(std::chrono::seconds up) {
  const long minutes_total = static_cast<long>(up.count() / 60);
  const long days = minutes_total / 1440;
  const long hours = (minutes_total / 60) % 24;
  const long minutes = minutes_total % 60;
  std::string out;
  if (days > 0) {
    out += plural(days, "day") + ", ";
  }
  if (days > 0 || hours > 0) {
    out += plural(hours, "hour") + ", ";
  }
  return out + plural(minutes, "minute");
}

ActionResult show_version(CommandContext& ctx) {
  const auto up =
      std::chrono::duration_cast<std::chrono::seconds>(ctx.device.now() - ctx.device.boot_time());
  ctx.out +=
      "OpenCME Software, Version 0.1.0\n"
      "Cisco Unified Communications Manager Express compatible call control\n"
      "\n" +
      ctx.view().hostname + " uptime is " + uptime(up) + "\n";
  return Unit{};
}

ActionResult show_clock(CommandContext& ctx) {
  ctx.out += clock_text(ctx.device.local(ctx.device.now())) + "\n";
  return Unit{};
}

ActionResult show_history(CommandContext& ctx) {
  for (const auto& h : ctx.session.history()) {
    ctx.out += "  " + h + "\n";
  }
  return Unit{};
}

ActionResult show_terminal(CommandContext& ctx) {
  const auto& t = ctx.session.terminal();
  ctx.out += "Line " + ctx.session.options().name + "\n";
  ctx.out += "Length: " + std::to_string(t.length) + " lines, Width: " + std::to_string(t.width) +
             " columns\n";
  ctx.out += std::string("Monitor is ") + (t.monitor ? "on" : "off") + "\n";
  ctx.out += "History is enabled, history size is " + std::to_string(t.history_size) + ".\n";
  return Unit{};
}

ActionResult show_startup(CommandContext& ctx) {
  auto text = ctx.device.store().read();
  if (!text) {
    return Err{make_semantic(text.error())};
  }
  if (!text.value()) {
    ctx.out += "startup-config is not present\n";
    return Unit{};
  }
  ctx.out += "Using " + std::to_string(text.value()->size()) + " out of " +
             std::to_string(kNvramBytes) + " bytes\n" + *text.value();
  return Unit{};
}

}  // namespace

void add_terminal_commands(CommandTable& t) {
  t.plain("terminal length <0-512>$lines",
          {"Set terminal line parameters", "Set number of lines on a screen",
           "Number of lines on screen (0 for no pausing)"},
          [](CommandContext& ctx) -> ActionResult {
            ctx.session.terminal().length = static_cast<std::size_t>(ctx.args.get_int("lines"));
            return Unit{};
          });
  t.plain("terminal width <0-512>$columns",
          {"", "Set width of the display terminal", "Number of characters on a screen line"},
          [](CommandContext& ctx) -> ActionResult {
            ctx.session.terminal().width = static_cast<std::size_t>(ctx.args.get_int("columns"));
            return Unit{};
          });
  t.plain("terminal monitor", {"", "Copy debug output to the current terminal line"},
          [](CommandContext& ctx) -> ActionResult {
            ctx.session.terminal().monitor = true;
            return Unit{};
          });
  t.plain("terminal no monitor",
          {"", "Negate a command or set its defaults",
           "Copy debug output to the current terminal line"},
          [](CommandContext& ctx) -> ActionResult {
            ctx.session.terminal().monitor = false;
            return Unit{};
          });
  t.plain("terminal history size <0-256>$size",
          {"", "Enable and control the command history function", "Set history buffer size",
           "Size of history buffer"},
          [](CommandContext& ctx) -> ActionResult {
            ctx.session.terminal().history_size =
                static_cast<std::size_t>(ctx.args.get_int("size"));
            return Unit{};
          });
}

void add_common_show_commands(CommandTable& t) {
  t.show("show version", {"Show running system information", "System hardware and software status"},
         show_version);
  t.show("show clock", {"", "Display the system clock"}, show_clock);
  t.show("show history", {"", "Display the session command history"}, show_history);
  t.show("show privilege", {"", "Show current privilege level"},
         [](CommandContext& ctx) -> ActionResult {
           ctx.out +=
               "Current privilege level is " + std::to_string(ctx.session.privilege()) + "\n";
           return Unit{};
         });
  t.show("show terminal", {"", "Display terminal configuration parameters"}, show_terminal);
}

void add_privileged_show_commands(CommandTable& t) {
  t.show("show running-config", {"", "Current operating configuration"},
         [](CommandContext& ctx) -> ActionResult {
           if (ctx.json) {
             ctx.out += model::to_json_text(ctx.view());
             ctx.json_written = true;
           } else {
             ctx.out += model::show_running_config(ctx.view());
           }
           return Unit{};
         });
  t.show("show startup-config", {"", "Contents of startup configuration"}, show_startup);
  add_cme_show_commands(t);
}

}  // namespace cme::modes
