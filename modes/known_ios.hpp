#pragma once
// General IOS commands OpenCME does not model but keeps verbatim (issue 2 §8): a pasted router
// configuration loses nothing, while a typo inside the CME modes is still an error.

#include <optional>
#include <string>
#include <string_view>

namespace cme::modes {

struct KnownIos {
  std::string head;         ///< the line with the recognised words spelled in full
  std::string_view prompt;  ///< sub-mode prompt word for block commands ("config-if"), else ""
  bool top_level_only = false;  ///< never a sub-command of another block (hostname, interface)
};

/// Recognises a global-configuration line by its leading words (each may be abbreviated to a
/// unique prefix, as IOS allows; `no` in front is allowed). nullopt when unknown or ambiguous.
std::optional<KnownIos> find_known_ios(std::string_view line);

/// True when `word` (full spelling) is a sub-command of `line con|aux|vty` that OpenCME keeps
/// verbatim (stopbits, flowcontrol, speed, session-timeout, access-class ...).
bool is_known_line_subcommand(std::string_view word);

}  // namespace cme::modes
