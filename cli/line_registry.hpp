#pragma once
// LineRegistry: the terminal lines with a session on them (the console and each telnet vty),
// for `show users`, `show line` and `clear line` (modes::LineDirectory). Single-threaded: used
// on the runtime's event loop only.

#include <functional>
#include <map>
#include <optional>

#include "modes/line_directory.hpp"
#include "runtime/core/clock.hpp"

namespace cme::cli {

class LineRegistry final : public modes::LineDirectory {
 public:
  /// `clock` gives the idle times (steady time).
  explicit LineRegistry(const runtime::Clock& clock) : clock_(clock) {}

  /// Takes `kind` `relative` for a new session; `clear` ends that session (it must not destroy
  /// the caller synchronously: post the close). Counts one use of the line. Returns false when
  /// the line is already taken.
  bool occupy(model::LineKind kind, unsigned relative, std::string location,
              std::function<void()> clear);
  /// The lowest vty number in `[first, last]` ranges of `vty_ranges` that is free, or nullopt.
  std::optional<unsigned> free_vty(
      const std::vector<std::pair<unsigned, unsigned>>& vty_ranges) const;
  /// Sets the login name shown by `show users` for the session on `absolute`.
  void set_user(unsigned absolute, std::string user);
  /// The user typed something on `absolute`: resets its idle time.
  void touch(unsigned absolute);
  /// The session on `absolute` ended.
  void release(unsigned absolute);
  std::size_t size() const { return lines_.size(); }

  // modes::LineDirectory
  std::vector<modes::LineStatus> active() const override;
  unsigned uses(unsigned absolute) const override;
  bool clear(unsigned absolute) override;

 private:
  struct Entry {
    modes::LineStatus status;
    runtime::Clock::SteadyTime last_input;
    std::function<void()> clear;
  };
  const runtime::Clock& clock_;
  std::map<unsigned, Entry> lines_;  ///< by absolute line number
  std::map<unsigned, unsigned> uses_;
};

}  // namespace cme::cli
