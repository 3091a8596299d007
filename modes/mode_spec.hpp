#pragma once
// ModeSpec: one row per IOS mode (modes/mode_specs.cpp). A row gives the mode's name, prompt and
// parent, the command that enters it from its parent (with its help texts and action) and the
// function that fills the mode's own command table. ModeRegistry::build() derives every table's
// wiring from the rows; mode_info() reads them. How to add a mode: docs/adding-a-mode.md.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modes/command_table.hpp"
#include "modes/mode.hpp"

namespace cme::modes {

/// The command that enters a mode (`ephone <1-10000>$tag` in global configuration).
struct ModeEntry {
  std::string spec;               ///< command-spec string (grammar/spec) added to `from`'s table
  std::vector<std::string> help;  ///< one text per keyword and value of `spec`
  Action enter;                   ///< creates or finds the object and pushes the mode's frame
  ModeId from = ModeId::Config;   ///< the mode whose table holds the entry command
};

struct ModeSpec {
  ModeInfo info;
  /// The entry command; none for the modes entered by commands of their own kind (`enable`,
  /// `configure terminal`, `line vty 0 4`, general-IOS blocks).
  std::optional<ModeEntry> entry;
  /// Fills the mode's table; empty for the modes whose tables are filled by the general-IOS
  /// table functions (registry.hpp).
  std::function<void(CommandTable&)> commands;
};

/// Every mode's row, indexed by ModeId (mode_specs.cpp). Built once, immutable.
const std::vector<ModeSpec>& mode_specs();

}  // namespace cme::modes
