#pragma once
// Router: what every session of one OpenCME process shares: the command tables, the running
// configuration (an immutable snapshot replaced whole on commit), the startup-config store and
// the system log. Single-threaded: sessions call it from the runtime's event loop.

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "model/config.hpp"
#include "modes/config_store.hpp"
#include "modes/registry.hpp"

namespace cme::modes {

class Router {
 public:
  /// The wall clock, injected so that log timestamps and uptime are testable.
  using WallClock = std::function<std::chrono::system_clock::time_point()>;
  /// Called after each commit with the configuration before and after it.
  using CommitListener = std::function<void(const model::Config& before,
                                            const model::Config& after)>;
  /// Receives each system log line, already timestamped ("*Nov 22 07:16:02.715: %SYS-...").
  using LogSink = std::function<void(const std::string& line)>;

  Router(const ModeRegistry& registry, ConfigStore& store, WallClock now);

  const ModeRegistry& registry() const { return registry_; }
  ConfigStore& store() { return store_; }
  std::chrono::system_clock::time_point now() const { return now_(); }
  std::chrono::system_clock::time_point boot_time() const { return boot_time_; }

  std::shared_ptr<const model::Config> running() const { return running_; }
  /// Replaces the running configuration and tells the listeners.
  void commit(std::shared_ptr<const model::Config> next);
  void on_commit(CommitListener listener) { commit_listeners_.push_back(std::move(listener)); }

  /// Logs `message` (e.g. "%SYS-5-CONFIG_I: Configured from console by console") with an IOS
  /// timestamp to every sink.
  void log(std::string_view message);
  /// Returns a handle for remove_log_sink().
  int add_log_sink(LogSink sink);
  void remove_log_sink(int handle);

  /// IOS log timestamp of `t` in UTC: "*Nov 22 07:16:02.715".
  static std::string timestamp(std::chrono::system_clock::time_point t);

 private:
  const ModeRegistry& registry_;
  ConfigStore& store_;
  WallClock now_;
  std::chrono::system_clock::time_point boot_time_;
  std::shared_ptr<const model::Config> running_;
  std::vector<CommitListener> commit_listeners_;
  std::map<int, LogSink> log_sinks_;
  int next_sink_ = 1;
};

}  // namespace cme::modes
