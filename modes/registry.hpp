#pragma once
// ModeRegistry: every mode's command table, built and checked once at start-up. Building fails
// (and the process does not start) on a duplicate command, a missing help text or a conflict the
// matcher cannot resolve.

#include <array>
#include <memory>
#include <string>

#include "common/result.hpp"
#include "modes/command_table.hpp"
#include "modes/mode.hpp"

namespace cme::modes {

class ModeRegistry {
 public:
  static Result<std::unique_ptr<ModeRegistry>, std::string> build();

  const CommandTable& table(ModeId mode) const { return *tables_[static_cast<std::size_t>(mode)]; }

 private:
  ModeRegistry();
  CommandTable& mutable_table(ModeId mode) { return *tables_[static_cast<std::size_t>(mode)]; }
  std::array<std::unique_ptr<CommandTable>, kModeCount> tables_;
};

// The table builders, one per file under modes/tables/.
void add_exec_commands(CommandTable& user, CommandTable& privileged);
void add_global_commands(CommandTable& config);
void add_line_commands(CommandTable& line);
/// `logging buffered|console|monitor` (global configuration; logging_commands.cpp).
void add_logging_commands(CommandTable& config);
/// `show logging`, `clear logging`, `send log` (privileged EXEC; logging_exec.cpp).
void add_logging_exec_commands(CommandTable& privileged);
/// `username` (global configuration; username_commands.cpp).
void add_username_commands(CommandTable& config);
/// `exit` and `end` for a configuration mode.
void add_navigation_commands(CommandTable& table);

}  // namespace cme::modes
