#pragma once
// EphoneSession: one SCCP phone's TCP session (sccp.md §5), I/O-free on the injected clock and
// timers. It reassembles frames from the received bytes, answers the registration requests in
// whatever order the phone sends them (Register -> RegisterAck + CapabilitiesReq; ButtonTemplate,
// soft keys, LineStat, SpeedDialStat, ForwardStat, FeatureStat, ConfigStat, DefineTimeDate,
// Version, ServerRes), answers every KeepAlive, and ends the session when:
// - the phone unregisters (UnregisterAck sent), is reset, or its connection closes;
// - no KeepAlive arrived for 3 keepalive intervals (CME command reference, `keepalive`);
// - no Register arrived within kRegisterTimeout of the connection;
// - framing is lost or the Register's deviceName is not "SEP" + 12 hex digits (only this
//   session: never the process or another phone).
// A frame whose id is unknown or whose payload is short is counted (SessionCounters) and the
// session goes on (sccp.md §1: short payloads are zero-filled); the first unknown id of a
// session and every framing error are logged (%SCCP-4-BADMSG).

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/values.hpp"
#include "runtime/core/clock.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/sccp/codec/button_messages.hpp"
#include "runtime/sccp/codec/codec.hpp"
#include "runtime/sccp/codec/frame_reader.hpp"
#include "runtime/sccp/session/session_owner.hpp"

namespace cme::runtime::sccp {

/// Per-session counters of odd input (the registry sums them for show/debug).
struct SessionCounters {
  std::uint64_t frames_in = 0;
  std::uint64_t frames_out = 0;
  std::uint64_t unknown_messages = 0;  ///< ids outside sccp.md §3
  std::uint64_t short_payloads = 0;    ///< zero-filled
  std::uint64_t unhandled = 0;         ///< known messages this stage does not act on yet
  std::uint64_t keepalives = 0;
};

enum class SessionState { Connected, Registered, Ended };

class EphoneSession {
 public:
  /// A connection must Register within this time (issue 17: idle sockets closed after 30 s).
  static constexpr std::chrono::seconds kRegisterTimeout{30};
  /// Keepalive intervals without a KeepAlive after which the phone is lost (CME: three).
  static constexpr unsigned kMissedKeepalives = 3;

  /// `socket`: the number IOS shows as "Socket:N"; `address`: the phone's IP text. Everything
  /// is borrowed. The register timer starts now.
  EphoneSession(unsigned socket, std::string address, SessionLink& link, SessionOwner& owner,
                const Clock& clock, TimerService& timers);
  ~EphoneSession();
  EphoneSession(const EphoneSession&) = delete;
  EphoneSession& operator=(const EphoneSession&) = delete;

  /// Bytes received on the connection, in any split.
  void receive(std::span<const std::uint8_t> bytes);
  /// The connection closed (by the phone or a failure): the session ends (ConnectionLost, or
  /// Reset when we had sent one).
  void connection_closed();
  /// `reset` (type 1) or `restart` (type 2): sends Reset; the phone closes its connection.
  void reset(std::uint32_t type);
  /// Ends the session now (configuration removed the ephone): closes the connection.
  void disconnect(SessionEnd why);

  SessionState state() const { return state_; }
  unsigned socket() const { return socket_; }
  const std::string& address() const { return address_; }
  /// "SEP00112233AABB" once a Register arrived; "" before.
  const std::string& device_name() const { return device_name_; }
  /// The phone's MAC, from its deviceName (all zero before Register).
  const model::MacAddress& mac() const { return mac_; }
  /// The same as `debug ... mac-address` and `show ephone` spell it ("0011.2233.44AA"); ""
  /// before Register.
  const std::string& mac_text() const { return mac_text_; }
  /// The Register as received (device type, protocol, firmware ...), once it arrived.
  const std::optional<Register>& registration() const { return register_; }
  /// The profile served since RegisterAck (tag, keepalive, buttons).
  const std::optional<EphoneProfile>& profile() const { return profile_; }
  std::uint32_t protocol() const { return protocol_; }
  const SessionCounters& counters() const { return counters_; }
  /// When RegisterAck was sent; when the last KeepAlive arrived.
  Clock::WallTime registered_at() const { return registered_at_; }
  Clock::SteadyTime last_keepalive() const { return last_keepalive_; }
  std::uint32_t media_port() const { return media_port_; }  ///< IpPort, 0 until sent
  /// The codecs of the phone's CapabilitiesRes (payloadCapability, sccp.md §11.13), in its order.
  const std::vector<std::uint32_t>& capabilities() const { return capabilities_; }
  bool reset_sent() const { return reset_sent_ != 0; }
  /// The Reset type sent (1 reset, 2 restart), 0 when none.
  std::uint32_t reset_type() const { return reset_sent_; }

 private:
  void handle(const Decoded& decoded);
  void handle_register(const Register& r);
  void handle_request(const Message& m);
  void handle_report(const Message& m);
  void send(const Message& m);
  void end(SessionEnd why);
  void arm_keepalive_timer(std::chrono::milliseconds delay);
  void keepalive_check();
  std::string prefix() const;
  /// The log line for input that breaks the protocol (IOS documents none; OpenCME's own:
  /// "%SCCP-4-BADMSG: socket [3] 10.0.0.5 SEP...: <what>").
  std::string bad_input_text(const std::string& what) const;

  unsigned socket_;
  std::string address_;
  SessionLink& link_;
  SessionOwner& owner_;
  const Clock& clock_;
  TimerService& timers_;
  FrameReader reader_;
  SessionState state_ = SessionState::Connected;
  std::string device_name_;
  model::MacAddress mac_{};
  std::string mac_text_;
  std::optional<Register> register_;
  std::optional<EphoneProfile> profile_;
  std::uint32_t protocol_ = 0;
  std::uint32_t media_port_ = 0;
  std::vector<std::uint32_t> capabilities_;
  std::uint32_t reset_sent_ = 0;  ///< Reset type sent, 0 none
  SessionCounters counters_;
  Clock::WallTime registered_at_{};
  Clock::SteadyTime last_keepalive_{};
  TimerHandle timer_ = 0;  ///< register timeout, then keepalive check
};

/// True when `name` is "SEP" followed by 12 hex digits (the deviceName of a Cisco phone).
bool valid_device_name(std::string_view name);

/// The MAC address a deviceName names ("SEP0011223344AA" -> 0011.2233.44AA); nullopt when the
/// name is not valid_device_name().
std::optional<model::MacAddress> device_mac(std::string_view name);

}  // namespace cme::runtime::sccp
