#pragma once
// EphoneRegistry: the SCCP phones of one router (issue 17). It takes the TCP connections of a
// net::Transport (one EphoneSession each), decides who may register (the ephone whose
// `mac-address` matches the Register's deviceName, else auto-registration, else RegisterReject
// and an attempted registration), keeps at most `max-ephones` phones registered and
// kMaxUnregistered connections that have not registered, logs the %IPPHONE syslog lines
// (ios-texts.md §2), follows the configuration (a removed ephone or a changed mac-address
// disconnects its phone; other changes reach a phone at its next registration, as in IOS), and
// resets and restarts phones. I/O-free: sockets behind net::Transport, time behind Clock and
// TimerService, the router behind ServiceHost.
//
// A second connection for a registered deviceName (CME's behaviour is not documented; chan-sccp
// refuses the newcomer to stop hijacking): from the same IP address it is the phone itself
// after a reboot and replaces the old session; from another address it is refused while the
// old session's keepalives are on time, and replaces it once a keepalive interval passed
// without one.

#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <string>

#include "model/config_diff.hpp"
#include "model/status/sccp_status.hpp"
#include "runtime/core/service.hpp"
#include "runtime/net/transport.hpp"
#include "runtime/sccp/session/ephone_session.hpp"

namespace cme::runtime::sccp {

struct RegistryCounters {
  std::uint64_t connections = 0;        ///< accepted
  std::uint64_t refused_connections = 0;  ///< over kMaxUnregistered
  std::uint64_t registrations = 0;      ///< RegisterAck sent
  std::uint64_t rejections = 0;         ///< RegisterReject sent
  std::uint64_t auto_registrations = 0;
  std::uint64_t protocol_errors = 0;    ///< sessions closed for framing or a bad Register
  std::uint64_t keepalive_losses = 0;
  std::uint64_t unknown_messages = 0;   ///< summed over ended sessions
  std::uint64_t short_payloads = 0;     ///< summed over ended sessions
};

class EphoneRegistry final : public SessionOwner {
 public:
  /// Connections that have not registered, at most (idle ones close after 30 s).
  static constexpr std::size_t kMaxUnregistered = 256;
  /// Attempted registrations kept (the oldest is dropped).
  static constexpr std::size_t kMaxAttempts = 256;

  /// Installs its handlers on `transport`. Everything is borrowed.
  EphoneRegistry(net::Transport& transport, ServiceHost& host, const Clock& clock,
                 TimerService& timers);
  ~EphoneRegistry() override;
  EphoneRegistry(const EphoneRegistry&) = delete;
  EphoneRegistry& operator=(const EphoneRegistry&) = delete;

  /// Follows a commit (see the header comment).
  void apply(const model::ConfigDiff& diff);
  /// Ends every session (the service stops); their phones will register again elsewhere.
  void close_all();

  /// `reset`/`restart`: see model::SccpStatus::reset. Returns how many phones were told.
  std::size_t reset(const model::ResetRequest& request);

  /// Registered sessions now; connections not registered yet.
  std::size_t registered() const { return by_tag_.size(); }
  std::size_t unregistered() const { return connections_.size() - by_tag_.size(); }
  /// The session of ephone `tag`, or nullptr.
  const EphoneSession* session_of(unsigned tag) const;
  /// Connections open now, registered or not.
  std::size_t connections() const { return connections_.size(); }
  const RegistryCounters& counters() const { return counters_; }

  /// What the show commands print (model::SccpStatus's data).
  std::vector<model::EphoneStatus> ephones() const;
  std::vector<model::EphoneAttempt> attempts() const;
  std::size_t clear_attempts();

  // SessionOwner
  Result<EphoneProfile, std::string> admit(EphoneSession& session,
                                           const Register& request) override;
  void registered(EphoneSession& session) override;
  void ended(EphoneSession& session, SessionEnd why) override;
  bool debugging(std::string_view condition, const EphoneSession& session) const override;
  void trace(std::string_view line) override;
  void log(std::string_view message) override;
  std::chrono::system_clock::time_point local_time(
      std::chrono::system_clock::time_point utc) const override;

  struct Link;
  struct History;
  /// A reset of several phones in progress: `reset all N` (one every N seconds) or
  /// `reset sequence-all` (one at a time, the next once the previous registered again or after
  /// kSequenceTimeout).
  struct ResetPlan {
    model::ResetType type = model::ResetType::Reset;
    std::deque<unsigned> tags;  ///< still to reset, in tag order
    bool sequence = false;
    unsigned waiting_for = 0;   ///< sequence: the tag reset last, 0 when none
    std::chrono::seconds interval{0};
  };
  /// How long `reset sequence-all` waits for a phone to register again (command reference:
  /// 4 minutes).
  static constexpr std::chrono::minutes kSequenceTimeout{4};

 private:
  void opened(const net::Endpoint& peer);
  void received(const net::Endpoint& peer, std::string_view bytes);
  void closed(const net::Endpoint& peer);
  Result<EphoneProfile, std::string> refuse(EphoneSession& session, const Register& request,
                                            std::string reason);
  bool take_over(EphoneSession& session, const std::string& device_name);
  void bury(EphoneSession& session);
  void note_attempt(const EphoneSession& session, const Register& request);
  /// Resets the next phone of plan_ and schedules the one after it.
  void reset_next();
  unsigned take_socket();

  net::Transport& transport_;
  ServiceHost& host_;
  const Clock& clock_;
  TimerService& timers_;
  std::map<net::Endpoint, std::unique_ptr<Link>> connections_;  ///< each with its session
  std::unordered_map<const EphoneSession*, net::Endpoint> endpoints_;  ///< of connections_
  std::map<std::string, EphoneSession*> by_name_;  ///< registered, by deviceName
  std::map<unsigned, EphoneSession*> by_tag_;      ///< registered, by ephone tag
  std::map<unsigned, std::unique_ptr<History>> history_;  ///< every tag seen since start-up
  std::set<unsigned> auto_registered_;   ///< tags written by auto-registration
  std::deque<model::EphoneAttempt> attempts_;
  std::set<unsigned> free_sockets_;
  unsigned next_socket_ = 1;
  std::vector<std::unique_ptr<Link>> graveyard_;  ///< ended, freed on the next event
  TimerHandle sweep_ = 0;
  ResetPlan plan_;
  TimerHandle plan_timer_ = 0;
  RegistryCounters counters_;
};

}  // namespace cme::runtime::sccp
