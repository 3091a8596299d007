#pragma once
// Device: what every session of one OpenCME process shares, the state of the device that IOS
// texts call "the router": the command tables, the running configuration (an immutable snapshot
// replaced whole on commit), the startup-config store and the system log (sinks, the logging
// buffer, message counters). Single-threaded: sessions call it from the runtime's event loop.

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "model/config.hpp"
#include "model/status/sccp_status.hpp"
#include "model/status/sip_status.hpp"
#include "modes/clock_zone.hpp"
#include "modes/config_store.hpp"
#include "modes/debug_flags.hpp"
#include "modes/line_directory.hpp"
#include "modes/log_buffer.hpp"
#include "modes/registry.hpp"
#include "modes/system_control.hpp"

namespace cme::modes {

/// One system log message as the sinks receive it.
struct LogLine {
  std::string text;       ///< timestamped: "*Nov 22 07:16:02.715: %SYS-5-CONFIG_I: ..."
  unsigned severity = 7;  ///< 0-7, from the message's "%FAC-N-MNEMONIC" (7 when it has none)
};

/// Messages logged since start-up, per destination (`show logging`).
struct LogCounters {
  std::uint64_t console = 0;  ///< allowed by `logging console`
  std::uint64_t monitor = 0;  ///< allowed by `logging monitor`
  std::uint64_t buffer = 0;   ///< put in the logging buffer
  std::uint64_t trap = 0;     ///< at informational or more severe (the syslog trap level)
};

class Device {
 public:
  /// The wall clock, injected so that log timestamps and uptime are testable.
  using WallClock = std::function<std::chrono::system_clock::time_point()>;
  /// Called after each commit with the configuration before and after it.
  using CommitListener =
      std::function<void(const model::Config& before, const model::Config& after)>;
  /// Receives each system log message, already timestamped, with its severity; the sink
  /// decides with console_allows()/monitor_allows() whether to show it.
  using LogSink = std::function<void(const LogLine& line)>;

  Device(const ModeRegistry& registry, ConfigStore& store, WallClock now);

  const ModeRegistry& registry() const { return registry_; }
  ConfigStore& store() { return store_; }
  std::chrono::system_clock::time_point now() const { return now_(); }
  std::chrono::system_clock::time_point boot_time() const { return boot_time_; }

  std::shared_ptr<const model::Config> running() const { return running_; }
  /// Replaces the running configuration and tells the listeners.
  void commit(std::shared_ptr<const model::Config> next);
  /// Adds a listener, called after each commit in the order added. Returns a handle for
  /// remove_commit_listener(): a listener that captures something shorter-lived than the
  /// router must be removed before that goes.
  int on_commit(CommitListener listener);
  /// Removes the listener; an unknown handle is ignored. A listener may remove itself or
  /// another from inside a commit: a removed one is not called any more.
  void remove_commit_listener(int handle);

  /// Logs `message` (e.g. "%SYS-5-CONFIG_I: Configured from console by console") with an IOS
  /// timestamp: counts it, keeps it in the logging buffer when `logging buffered` allows its
  /// severity, and passes it to every sink.
  void log(std::string_view message);
  /// Returns a handle for remove_log_sink().
  int add_log_sink(LogSink sink);
  void remove_log_sink(int handle);
  /// True when the running configuration's `logging console` shows a message of `severity`
  /// (0-7) on the console (default: on, level debugging).
  bool console_allows(unsigned severity) const;
  /// True when `logging monitor` lets a message of `severity` (0-7) reach terminals that have
  /// `terminal monitor` on (default: on, level debugging).
  bool monitor_allows(unsigned severity) const;
  /// The `logging buffered` lines (empty while it is not configured).
  const LogBuffer& log_buffer() const { return log_buffer_; }
  /// Empties the logging buffer (`clear logging`).
  void clear_log_buffer() { log_buffer_.clear(); }
  const LogCounters& log_counters() const { return log_counters_; }
  /// Severity 0-7 of a log message: N of its first "%FACILITY-N-MNEMONIC"; 7 when none.
  static unsigned message_severity(std::string_view message);

  /// The terminal lines in use (show users, show line, clear line); nullptr in batch runs.
  LineDirectory* lines() const { return lines_; }
  /// The running SIP service's state for show commands; nullptr when SIP is not running.
  model::SipStatus* sip() const { return sip_; }
  void set_sip(model::SipStatus* sip) { sip_ = sip; }
  /// The running SCCP service's state and controls for the ephone show, clear, reset and
  /// restart commands; nullptr in batch runs and when SCCP is not running.
  model::SccpStatus* sccp() const { return sccp_; }
  void set_sccp(model::SccpStatus* sccp) { sccp_ = sccp; }
  /// The `debug` conditions that are on. Debug output is logged with log() (severity 7).
  DebugFlags& debug_flags() { return debug_flags_; }
  const DebugFlags& debug_flags() const { return debug_flags_; }
  void set_lines(LineDirectory* lines) { lines_ = lines; }
  /// The process control for `reload`; nullptr in batch runs (reload is then refused).
  SystemControl* system() const { return system_; }
  void set_system(SystemControl* system) { system_ = system; }

  /// IOS log timestamp of `t` in UTC: "*Nov 22 07:16:02.715".
  static std::string timestamp(std::chrono::system_clock::time_point t);
  /// `t` in the running configuration's `clock timezone` / `clock summer-time` (the log
  /// messages' timestamps and `show clock` use it).
  LocalTime local(std::chrono::system_clock::time_point t) const;

 private:
  const ModeRegistry& registry_;
  ConfigStore& store_;
  WallClock now_;
  std::chrono::system_clock::time_point boot_time_;
  std::shared_ptr<const model::Config> running_;
  ClockZone clock_zone_;  ///< of running_, found again on each commit
  std::map<int, CommitListener> commit_listeners_;
  int next_listener_ = 1;
  std::map<int, LogSink> log_sinks_;
  int next_sink_ = 1;
  LogBuffer log_buffer_;
  LogCounters log_counters_;
  LineDirectory* lines_ = nullptr;
  DebugFlags debug_flags_;
  model::SipStatus* sip_ = nullptr;
  SystemControl* system_ = nullptr;
  model::SccpStatus* sccp_ = nullptr;
};

}  // namespace cme::modes
