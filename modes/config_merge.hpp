#pragma once
// Merging configuration text into the running configuration from inside the router: what
// `copy startup-config running-config` and `reload` do with the startup-config (IOS merges the
// file's lines into the running configuration as if typed in global configuration mode).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "modes/session.hpp"

namespace cme::modes {

class Device;

/// Told about each line of a text applied by apply_config_lines(): its 1-based number, the line
/// (without CR LF) and what executing it produced.
using LineOutcome =
    std::function<void(std::size_t number, std::string_view line, const Outcome& outcome)>;

/// Applies `text` in global configuration mode of `session` (a privileged batch session) as if
/// pasted: one line at a time (LF, CR LF or a lone CR end a line; walk-up, abbreviations, `!`
/// and blank lines as typed), all in one commit; `each` hears every line's outcome. A line with
/// a NUL byte is refused (Invalid at the NUL; the line shown with '?' for it) and the others
/// still apply. A banner still open at the end is dropped and reported as a Warning after the
/// last line. The session is left in global configuration mode.
void apply_config_lines(Session& session, std::string_view text, const LineOutcome& each);

/// One line of the text that was refused.
struct MergedLineError {
  std::size_t number = 0;  ///< 1-based line number in the text
  std::string line;        ///< the line as it was
};

struct MergeReport {
  std::size_t lines = 0;                ///< lines read (blank and `!` lines included)
  std::vector<MergedLineError> failed;  ///< the lines that were not applied
};

/// Applies `text` line by line in global configuration mode through a privileged batch session
/// of `router` (walk-up, abbreviations and `!` lines as in a pasted file), as one commit: valid
/// lines apply, refused lines are listed in the report. Nothing is logged.
MergeReport merge_config_text(Device& device, std::string_view text);

/// IOS's `N bytes copied in S.SSS secs (R bytes/sec)` for `bytes` copied in `seconds` (a
/// duration below a millisecond counts as one).
std::string bytes_copied_text(std::size_t bytes, double seconds);

}  // namespace cme::modes
