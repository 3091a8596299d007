#pragma once
// DebugFlags: which `debug` conditions are on (IOS `debug ccsip messages`, `debug ephone state
// [mac-address H.H.H]`, `undebug all`, `show debugging`). The router owns one set; runtime code
// asks is_on() before it formats debug output, so tracing costs nothing while it is off.
//
// A condition is on for everything (`debug ephone state`), or only for listed phones (`debug
// ephone state mac-address 0030.94C3.E1A8`, CME Command Reference chapter "Cisco Unified CME
// Commands: D", ios-texts.md §3.P). Switching a condition on for everything keeps its MAC list
// (a later `no debug ephone state` clears both); switching it off clears both.

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace cme::modes {

/// The condition names, as `debug` takes them. The runtime asks for these exact strings.
inline constexpr std::string_view kDebugCcsipMessages = "ccsip messages";
inline constexpr std::string_view kDebugEphoneRegister = "ephone register";
inline constexpr std::string_view kDebugEphoneKeepalive = "ephone keepalive";
inline constexpr std::string_view kDebugEphoneState = "ephone state";
inline constexpr std::string_view kDebugEphoneDetail = "ephone detail";
inline constexpr std::string_view kDebugEphoneRaw = "ephone raw";

class DebugFlags {
 public:
  /// True when `flag` is on for everything (set(flag, true)); a MAC list alone does not count.
  /// No allocation: runtime code asks on every message (a KeepAlive), mostly with nothing on.
  bool is_on(std::string_view flag) const { return !on_.empty() && on_.find(flag) != on_.end(); }
  /// True when `flag` is on for everything or for `mac`. `mac` is spelled as
  /// model::to_string(model::MacAddress) prints it: "0030.94C3.E1A8" (upper-case hex).
  bool is_on(std::string_view flag, std::string_view mac) const {
    if (is_on(flag)) {
      return true;
    }
    if (macs_.empty()) {
      return false;
    }
    auto it = macs_.find(flag);
    return it != macs_.end() && it->second.find(mac) != it->second.end();
  }
  /// On: `flag` is on for everything. Off: `flag` is off, its MAC list emptied.
  void set(std::string_view flag, bool on) {
    if (on) {
      on_.emplace(flag);
    } else {
      if (const auto it = on_.find(flag); it != on_.end()) {
        on_.erase(it);
      }
      if (const auto it = macs_.find(flag); it != macs_.end()) {
        macs_.erase(it);
      }
    }
  }
  /// Adds `mac` ("H.H.H" as above) to, or removes it from, the MAC list of `flag`. Removing
  /// the last MAC of a condition that is not on for everything switches it off.
  void set(std::string_view flag, std::string_view mac, bool on) {
    const std::string key(flag);
    if (on) {
      macs_[key].emplace(mac);
      return;
    }
    auto it = macs_.find(key);
    if (it != macs_.end()) {
      if (const auto m = it->second.find(mac); m != it->second.end()) {
        it->second.erase(m);
      }
      if (it->second.empty()) {
        macs_.erase(it);
      }
    }
  }
  /// The MACs `flag` is on for (empty when none or when it has no list).
  std::set<std::string> macs(std::string_view flag) const {
    auto it = macs_.find(flag);
    return it == macs_.end() ? std::set<std::string>{} : std::set<std::string>(it->second.begin(), it->second.end());
  }
  void all_off() {
    on_.clear();
    macs_.clear();
  }
  /// The conditions on for everything.
  const std::set<std::string, std::less<>>& flags() const { return on_; }

 private:
  // Transparent comparators: lookups by string_view allocate nothing.
  std::set<std::string, std::less<>> on_;
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> macs_;  ///< -> MACs
};

}  // namespace cme::modes
