#pragma once
// Batch use of the router (DESIGN.md "Command line"): applying configuration files and running
// EXEC commands with no user at a terminal. Errors are written in IOS form, prefixed with
// "FILE:LINE: <the line>" so that an editor can jump to them.

#include <functional>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "modes/session.hpp"

namespace cme::cli {

struct BatchCounts {
  std::size_t lines = 0;   ///< lines read (blank and comment lines included)
  std::size_t failed = 0;  ///< lines rejected
};

/// Where apply_config_text writes, as it goes: command output and reports (so that a file of
/// many bad lines costs no memory for its reports, issue 16 #6).
struct BatchSink {
  std::function<void(std::string_view)> out;
  std::function<void(std::string_view)> err;
};

/// Applies `text` as if pasted in global configuration mode: `!` and blank lines are skipped,
/// a line ends at LF, CR LF or a lone CR, abbreviations and walk-up work as typed, each failing
/// line is reported to `sink.err` as "NAME:N: <line>", the caret line and the IOS message (a
/// line holding a NUL byte fails alone, shown with '?' for the NUL); valid lines still apply,
/// and the whole file is one commit. A banner whose end delimiter never comes takes the rest of
/// the file, as on IOS, and is reported at the end ("% Warning: banner not terminated ...").
/// `session` must be a privileged batch session. Command output (e.g. of `do show ...`) goes
/// to `sink.out`.
BatchCounts apply_config_text(modes::Session& session, std::string_view name, std::string_view text,
                              const BatchSink& sink);
/// The same, appending to `out` and `err`.
BatchCounts apply_config_text(modes::Session& session, std::string_view name, std::string_view text,
                              std::string& out, std::string& err);

/// Configuration bytes as text: a UTF-8 byte order mark is dropped. Error: "the file is UTF-16
/// text; save it as ASCII or UTF-8" for a UTF-16 byte order mark, or a NUL in either of the
/// first two bytes (ASCII written as UTF-16 without one).
Result<std::string, std::string> config_bytes_text(std::string content);

/// The configuration text of a file given to `opencme -f`: its content (config_bytes_text()),
/// or for a name ending in `.json` (docs/json-schema.md) the running-config rendered from it,
/// which is then applied like any configuration text (so every command is validated again).
/// Error: config_bytes_text()'s, or the JSON problem, e.g. "JSON: expected an integer at
/// /ephone/keepalive".
Result<std::string, std::string> config_file_text(std::string_view name, std::string content);

/// Runs one EXEC command line; output to `out`, a failure (rendered under the echoed command)
/// to `err`. Returns false when the command failed.
bool run_exec_command(modes::Session& session, std::string_view command, std::string& out,
                      std::string& err);

}  // namespace cme::cli
