#pragma once
// LineDirectory: the terminal lines in use (console, telnet vtys), as `show users`, `show line`
// and `clear line` see them. Declared here so that modes/ can answer those commands without
// knowing about sockets; cli/ implements it (cli/line_registry.hpp).
//
// Line numbers are IOS absolute numbers: con 0 is 0, aux 0 is 1, vty N is 2 + N (the layout of
// an ISR with no async modules).

#include <chrono>
#include <string>
#include <vector>

#include "model/line.hpp"

namespace cme::modes {

/// Absolute line number of `kind` `relative` (con 0 -> 0, aux 0 -> 1, vty N -> 2 + N).
constexpr unsigned absolute_line(model::LineKind kind, unsigned relative) {
  switch (kind) {
    case model::LineKind::Console:
      return 0;
    case model::LineKind::Aux:
      return 1;
    case model::LineKind::Vty:
      return 2 + relative;
  }
  return 0;
}

/// One terminal line with a user on it.
struct LineStatus {
  unsigned absolute = 0;  ///< absolute line number
  model::LineKind kind = model::LineKind::Console;
  unsigned relative = 0;         ///< "vty 3" -> 3
  std::string user;              ///< login name (`login local`), empty otherwise
  std::string location;          ///< peer address for a vty ("127.0.0.1"), empty for con
  std::chrono::seconds idle{0};  ///< since the user last typed
};

class LineDirectory {
 public:
  virtual ~LineDirectory() = default;
  /// The lines with a session on them, ordered by absolute number.
  virtual std::vector<LineStatus> active() const = 0;
  /// How many sessions each line number has carried since start-up (`show line` "Uses").
  virtual unsigned uses(unsigned absolute) const = 0;
  /// Ends the session on line `absolute` (`clear line N`). False when no session is there or it
  /// cannot be cleared (the console stays). The session is closed after the current command.
  virtual bool clear(unsigned absolute) = 0;
};

}  // namespace cme::modes
