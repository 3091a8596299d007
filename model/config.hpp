#pragma once
// Config: the typed running-configuration, a value type (DESIGN.md "The model is the source of
// truth"). Sessions edit a candidate copy and the router commits it whole.

#include <optional>
#include <string>
#include <vector>

#include "model/cme_config.hpp"
#include "model/line.hpp"
#include "model/logging.hpp"
#include "model/username.hpp"
#include "model/verbatim.hpp"

namespace cme::model {

inline constexpr const char* kDefaultHostname = "Router";

struct EnableSecret {
  unsigned type = 5;  ///< 5 = MD5-crypt, 8/9 = kept as given (not verifiable here)
  std::string hash;
  bool operator==(const EnableSecret&) const = default;
};

/// The lines every IOS router has: line con 0 and line vty 0 4.
std::vector<Line> default_lines();

struct Config {
  std::string hostname = kDefaultHostname;
  std::optional<EnableSecret> enable_secret;
  std::optional<Password> enable_password;
  Logging logging;                            ///< logging buffered / console / monitor
  std::vector<Username> usernames;            ///< in the order first entered
  std::vector<Line> lines = default_lines();  ///< ordered: con, aux, vty (by first line number)
  VerbatimList verbatim;                      ///< in input order
  CmeConfig cme;
  bool operator==(const Config&) const = default;

  /// The line block with exactly this kind and range, or nullptr.
  Line* find_line(LineKind kind, unsigned first, unsigned last);
  const Line* find_line(LineKind kind, unsigned first, unsigned last) const;
  /// The block whose range holds line `number` of `kind` ("vty 3" is in `line vty 0 4`), or
  /// nullptr. Blocks may overlap; the last one listed wins, as its settings were applied last.
  const Line* line_holding(LineKind kind, unsigned number) const;
  /// Finds or creates the block and keeps `lines` ordered.
  Line& ensure_line(LineKind kind, unsigned first, unsigned last);
};

/// The text of show running-config after its "Current configuration : N bytes" line: blocks
/// separated by "!", ending with "end\n". Lines end with '\n'.
std::string render_running_config(const Config& config);

/// The whole `show running-config` output: "Building configuration...", an empty line,
/// "Current configuration : N bytes" (N = bytes of the body that follows), then the body.
std::string show_running_config(const Config& config);

}  // namespace cme::model
