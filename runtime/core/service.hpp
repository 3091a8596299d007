#pragma once
// Service and ServiceHost: how a runtime service (SIP, SCCP, and later presence, TFTP, HTTP)
// plugs into the router process (issue 17 part 1; DESIGN.md "Services"). cli/ builds each
// service on the one io_context, starts it, hands every commit to it as a model::ConfigDiff
// (only when the diff touches a section the service uses: a commit elsewhere costs it
// nothing), and stops it at exit. The service reaches the router back only through its
// ServiceHost: the running configuration, the system log, the debug conditions, and a commit
// for what a service itself writes into the running configuration (an auto-registered ephone).
// Each service also has a status port, a model/status interface that the show commands read;
// cli/ hands it to modes::Device.

#include <chrono>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "model/config.hpp"
#include "model/config_diff.hpp"
#include "model/section.hpp"

namespace cme::runtime {

class ServiceHost {
 public:
  virtual ~ServiceHost() = default;
  /// The running configuration now (an immutable snapshot, never null).
  virtual std::shared_ptr<const model::Config> running() const = 0;
  /// Logs one message in IOS form without timestamp ("%IPPHONE-6-REGISTER: ephone-1:..."); the
  /// host timestamps it and sends it to the log buffer, console and `terminal monitor` lines.
  virtual void log(std::string_view message) = 0;
  /// True when `debug <condition>` is on ("ccsip messages", "ephone register"), for all or,
  /// with `mac` ("H.H.H" as model::to_string prints it), for that phone. Ask before formatting.
  virtual bool debugging(std::string_view condition, std::string_view mac = {}) const = 0;
  /// Replaces the running configuration with `next` as a configuration session's commit does
  /// (every service, this one included, then gets the diff). For what a service writes itself.
  virtual void commit(std::shared_ptr<const model::Config> next) = 0;
  /// `utc` as the router's wall clock shows it (`clock timezone`, `clock summer-time`).
  virtual std::chrono::system_clock::time_point local_time(
      std::chrono::system_clock::time_point utc) const = 0;
};

class Service {
 public:
  virtual ~Service() = default;
  /// Short name for messages: "SIP", "SCCP".
  virtual std::string_view name() const = 0;
  /// Binds its sockets on the host's running configuration and starts. Returns where it
  /// listens ("10.0.0.1 port 2000"); error: why it cannot (a bind failure's text). A service
  /// that failed to start is not started and gets no apply().
  virtual Result<std::string, std::string> start() = 0;
  /// The sections whose changes this service follows; apply() is called only for diffs that
  /// touch one of them.
  virtual std::span<const model::Section> sections() const = 0;
  /// Follows a commit: `diff` says what changed, host.running() is the configuration after it.
  virtual void apply(const model::ConfigDiff& diff) = 0;
  /// Closes its sockets and sessions. start() may be called again after it.
  virtual void stop() = 0;
};

}  // namespace cme::runtime
