// `exit` and `end`, present in every configuration mode.
#include "modes/registry.hpp"
#include "modes/session.hpp"

namespace cme::modes {

void add_navigation_commands(CommandTable& table) {
  const bool global = table.mode() == ModeId::Config;
  table.plain("exit", {global ? "Exit from configure mode" : "Exit from this sub-mode"},
              [](CommandContext& ctx) -> ActionResult {
                ctx.session.exit_mode();
                return Unit{};
              });
  table.plain("end", {"Exit from configure mode"}, [](CommandContext& ctx) -> ActionResult {
    ctx.session.leave_config();
    return Unit{};
  });
}

}  // namespace cme::modes
