#pragma once
// Keeping general IOS configuration verbatim (issue 2 §8): blocks with their sub-lines, single
// lines, banners with their delimiters, and unmodelled sub-commands of `line`.

#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"

namespace cme::modes {

class Session;

/// At global configuration: stores `line` when find_known_ios() knows it, entering the block's
/// sub-mode for block commands and collecting banner text. `no X` removes a stored `X` (or is
/// stored itself when there is none); `X` replaces a stored `no X`. Returns false when unknown.
bool apply_known_ios(Session& session, std::string_view line, std::string& out);

/// In a verbatim block's sub-mode: decides whether `line` belongs to the block. Indented lines
/// always do; an unindented line does unless its first word is a top-level-only IOS command.
/// Returns false when the line must be tried at global configuration instead.
bool apply_verbatim_subline(Session& session, std::string_view line);

/// In `line` mode: stores an unmodelled but known line sub-command. False when unknown.
bool apply_line_subcommand(Session& session, std::string_view line);

}  // namespace cme::modes
