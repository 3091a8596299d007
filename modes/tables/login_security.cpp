#include "modes/tables/login_security.hpp"

#include <string>

#include "modes/session.hpp"

namespace cme::modes {

namespace {

/// The action of a refused command named `what`.
Action refuse(std::string what) {
  return [what = std::move(what)](CommandContext& ctx) -> ActionResult {
    if (ctx.negated()) {
      return Unit{};
    }
    return Err{make_semantic("% Not supported: OpenCME does not enforce " + what +
                             ", so it is refused rather than stored")};
  };
}

}  // namespace

void add_refused_login_commands(CommandTable& global) {
  global.config(
      "login block-for <1-65535>$seconds attempts <1-65535>$tries within "
      "<1-65535>$within",
      {"Enable secure login checking", "Set quiet-mode active time period",
       "Quiet-mode active time period", "Set max number of fail attempts",
       "Max number of fail attempts", "Watch period for fail attempts",
       "Watch period for fail attempts"},
      refuse("login block-for"));
  global.config("login delay <1-10>$seconds",
                {"", "Set delay between successive fail login", "Seconds (default 1 second)"},
                refuse("login delay"));
  global.config("login quiet-mode access-class WORD$acl",
                {"", "Set quiet-mode options", "Set quiet-mode access list",
                 "Standard IP access-list number or name"},
                refuse("login quiet-mode"));
}

void add_refused_access_class(CommandTable& line) {
  line.config("access-class <1-2799>$acl {in | out} [vrf-also]",
              {"Filter connections based on an IP access list", "IP access list",
               "Filter incoming connections", "Filter outgoing connections",
               "Same access list is applied for all VRFs"},
              refuse("access-class on lines"));
}

}  // namespace cme::modes
