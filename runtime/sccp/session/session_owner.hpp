#pragma once
// What an EphoneSession needs from the outside (STYLE.md §5: protocol cores act only through
// injected interfaces): SessionLink is its TCP connection, SessionOwner the ephone registry that
// decides who may register, keeps the system log and the debug conditions.

#include <chrono>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "runtime/sccp/codec/registration_messages.hpp"
#include "runtime/sccp/codec/wire_types.hpp"
#include "runtime/sccp/session/ephone_profile.hpp"

namespace cme::runtime::sccp {

class EphoneSession;

/// Why a session ended; decides the syslog line (ios-texts.md §2).
enum class SessionEnd {
  Unregistered,    ///< the phone sent Unregister: %IPPHONE-6-UNREGISTER_NORMAL
  Reset,           ///< we sent Reset and the phone went: UNREGISTER_NORMAL
  KeepaliveLost,   ///< 3 keepalive intervals without a KeepAlive: UNREGISTER_ABNORMAL
  ConnectionLost,  ///< the TCP connection closed or failed: UNREGISTER_ABNORMAL
  ProtocolError,   ///< framing lost or a malformed Register: the session is closed
  Rejected,        ///< RegisterReject sent
  IdleTimeout,     ///< no Register within 30 s of the connection
  Replaced,        ///< a new connection of the same phone took over (its keepalives stopped)
  Disconnected,    ///< the configuration removed the ephone or changed its mac-address
};

/// The connection a session talks over.
class SessionLink {
 public:
  virtual ~SessionLink() = default;
  /// Sends one or more whole frames.
  virtual void send(Bytes frames) = 0;
  /// Closes the connection (after what was sent).
  virtual void close() = 0;
};

/// The registry side of a session.
class SessionOwner {
 public:
  virtual ~SessionOwner() = default;
  /// A Register arrived on `session` with a well-formed deviceName: the profile to serve (the
  /// ephone matched or auto-registered), or the RegisterReject text (at most 31 characters).
  virtual Result<EphoneProfile, std::string> admit(EphoneSession& session,
                                                   const Register& request) = 0;
  /// RegisterAck was sent: the phone is registered.
  virtual void registered(EphoneSession& session) = 0;
  /// The session is over (its connection is being closed); called once. The owner may destroy
  /// the session only after the call that caused this returns.
  virtual void ended(EphoneSession& session, SessionEnd why) = 0;
  /// True when `debug ephone <condition>` is on for this session's phone ("register",
  /// "keepalive", "state", "detail", "raw"); the MAC is unknown before Register.
  virtual bool debugging(std::string_view condition, const EphoneSession& session) const = 0;
  /// Writes one debug line (without timestamp) to the log.
  virtual void trace(std::string_view line) = 0;
  /// Writes one system log message ("%IPPHONE-6-REG_ALARM: ...").
  virtual void log(std::string_view message) = 0;
  /// `utc` in the router's `clock timezone` (DefineTimeDate shows local time on the phone).
  virtual std::chrono::system_clock::time_point local_time(
      std::chrono::system_clock::time_point utc) const = 0;
};

}  // namespace cme::runtime::sccp
