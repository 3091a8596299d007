// debug / undebug / show debugging (IOS Debug Command Reference; CME "debug ccsip messages").
// The `debug ephone` conditions are in ephone_debug_commands.cpp.
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/ephone_show.hpp"
#include "modes/tables/exec_show.hpp"

namespace cme::modes {

namespace {

/// What IOS prints when a condition is switched, and in show debugging.
struct DebugCondition {
  std::string_view flag;
  const char* enabled;
  const char* disabled;
  const char* shown;
};

constexpr DebugCondition kCcsipMessages{
    kDebugCcsipMessages, "SIP Call messages tracing is enabled",
    "SIP Call messages tracing is disabled",
    "CCSIP SPI: SIP Call Message tracing is enabled  (filter is OFF)"};

Action switch_condition(const DebugCondition& c, bool on) {
  return [&c, on](CommandContext& ctx) -> ActionResult {
    ctx.device.debug_flags().set(c.flag, on);
    ctx.out += std::string(on ? c.enabled : c.disabled) + "\n";
    return Unit{};
  };
}

ActionResult all_off(CommandContext& ctx) {
  ctx.device.debug_flags().all_off();
  ctx.out += "All possible debugging has been turned off\n";
  return Unit{};
}

}  // namespace

void add_debug_commands(CommandTable& priv) {
  priv.plain("debug ccsip messages",
             {"Debugging functions (see also 'undebug')", "CCSIP information",
              "CCSIP SPI: SIP message tracing"},
             switch_condition(kCcsipMessages, true));
  priv.plain("undebug ccsip messages",
             {"Disable debugging functions (see also 'debug')", "CCSIP information",
              "CCSIP SPI: SIP message tracing"},
             switch_condition(kCcsipMessages, false));
  priv.plain("no debug ccsip messages",
             {"Disable debugging functions", "Debugging functions", "CCSIP information",
              "CCSIP SPI: SIP message tracing"},
             switch_condition(kCcsipMessages, false));
  priv.plain("undebug all", {"", "Disable all debugging"}, all_off);
  priv.plain("no debug all", {"", "", "Disable all debugging"}, all_off);
  priv.show("show debugging", {"", "State of each debugging option"},
            [](CommandContext& ctx) -> ActionResult {
              const auto& flags = ctx.device.debug_flags();
              if (flags.is_on(kCcsipMessages.flag)) {
                ctx.out += std::string(kCcsipMessages.shown) + "\n";
              }
              ctx.out += ephone_debugging_text(flags);
              return Unit{};
            });
}

}  // namespace cme::modes
