#pragma once
// EXEC show and terminal commands (split from exec_commands.cpp by concern).

#include <string>

#include "common/result.hpp"
#include "modes/command_table.hpp"

namespace cme::modes {

/// terminal length/width/monitor/history (both EXEC levels).
void add_terminal_commands(CommandTable& t);
/// show version/clock/history/privilege/terminal (both EXEC levels).
void add_common_show_commands(CommandTable& t);
/// show running-config/startup-config (privileged EXEC).
void add_privileged_show_commands(CommandTable& t);
/// show users, show line (both EXEC levels) and clear line (privileged): line_exec_commands.cpp.
void add_line_exec_commands(CommandTable& user, CommandTable& priv);
/// debug / undebug / no debug and show debugging (privileged): debug_commands.cpp.
void add_debug_commands(CommandTable& priv);
/// Writes the running-config to the startup-config after "Building configuration...", then
/// "[OK]" (write memory): exec_commands.cpp. Error: the store's text (nothing more is written).
Result<Unit, std::string> save_running_config(Session& session, std::string& out);
/// reload, reload in MM, reload cancel (privileged): reload_commands.cpp.
void add_reload_commands(CommandTable& priv);
/// show voice register statistics, show sip-ua status registrar: sip_show_commands.cpp.
void add_sip_show_commands(CommandTable& priv);

}  // namespace cme::modes
