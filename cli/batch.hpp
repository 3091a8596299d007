#pragma once
// Batch use of the router (DESIGN.md "Command line"): applying configuration files and running
// EXEC commands with no user at a terminal. Errors are written in IOS form, prefixed with
// "FILE:LINE: <the line>" so that an editor can jump to them.

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "modes/session.hpp"

namespace cme::cli {

struct BatchCounts {
  std::size_t lines = 0;   ///< lines read (blank and comment lines included)
  std::size_t failed = 0;  ///< lines rejected
};

/// Applies `text` as if pasted in global configuration mode: `!` and blank lines are skipped,
/// CR LF accepted, abbreviations and walk-up work as typed, each failing line is reported to
/// `err` as "NAME:N: <line>", the caret line and the IOS message; valid lines still apply, and the
/// whole file is one commit. `session` must be a privileged batch session. Command output (e.g.
/// of `do show ...`) goes to `out`.
BatchCounts apply_config_text(modes::Session& session, std::string_view name, std::string_view text,
                              std::string& out, std::string& err);

/// The configuration text of a file given to `opencme -f`: its content, or for a name ending in
/// `.json` (docs/json-schema.md) the running-config rendered from it, which is then applied like
/// any configuration text (so every command is validated again). Error: the JSON problem, e.g.
/// "JSON: expected an integer at /ephone/keepalive".
Result<std::string, std::string> config_file_text(std::string_view name, std::string content);

/// Runs one EXEC command line; output to `out`, a failure (rendered under the echoed command)
/// to `err`. Returns false when the command failed.
bool run_exec_command(modes::Session& session, std::string_view command, std::string& out,
                      std::string& err);

}  // namespace cme::cli
