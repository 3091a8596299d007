#pragma once
// DebugFlags: which `debug` conditions are on (IOS `debug ccsip messages`, `undebug all`,
// `show debugging`). The router owns one set; runtime code asks is_on() before it formats
// debug output, so tracing costs nothing while it is off.

#include <set>
#include <string>
#include <string_view>

namespace cme::modes {

/// The condition names, as `debug` takes them.
inline constexpr std::string_view kDebugCcsipMessages = "ccsip messages";

class DebugFlags {
 public:
  bool is_on(std::string_view flag) const { return on_.count(std::string(flag)) != 0; }
  void set(std::string_view flag, bool on) {
    if (on) {
      on_.emplace(flag);
    } else {
      on_.erase(std::string(flag));
    }
  }
  void all_off() { on_.clear(); }
  const std::set<std::string>& flags() const { return on_; }

 private:
  std::set<std::string> on_;
};

}  // namespace cme::modes
