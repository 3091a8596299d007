#pragma once
// SccpStatus: what the running SCCP service reports to the ephone show commands (`show ephone`
// and its variants, `show ephone-dn`, `show ephone attempted-registrations`) and the control
// calls they make (`clear telephony-service ephone-attempted-registrations`, `reset`,
// `restart`). Declared in model/ so that modes/ can print it and runtime/ can fill it without
// either depending on the other. The fields are those of the CME Command Reference, chapter
// "Cisco Unified CME Commands: S2" (`show ephone`, `show ephone-dn`), as reproduced in
// ../shared/reference/ios-texts.md §1; the wire fields they come from are those of
// ../shared/reference/sccp.md §4.1. Single-threaded: called from the runtime's event loop.

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/values.hpp"

namespace cme::model {

/// The state of a phone as `show ephone` prints it after the socket number (ios-texts.md §1.A
/// glossary): REGISTERED while registered; UNREGISTERED when the connection was closed in a
/// normal manner (or the phone never registered); DECEASED when it was closed because three
/// keepalives were missed (sccp.md §5.2).
enum class EphoneState { Registered, Unregistered, Deceased };

/// "REGISTERED", "UNREGISTERED", "DECEASED".
inline const char* to_string(EphoneState s) {
  constexpr std::array<const char*, 3> kWords = {"REGISTERED", "UNREGISTERED", "DECEASED"};
  return kWords[static_cast<std::size_t>(s)];
}

/// The state of one channel (call appearance) of an ephone-dn, as `show ephone` prints it after
/// `CH1` and `show ephone-dn` in its DN STATE column (ios-texts.md §1.A, §1.E, §1.Q, §1.R).
/// Down: the dn is on no registered phone. Seize: off hook, dialling (IOS spells it "SIEZE").
enum class ChannelState { Down, Idle, Seize, Alerting, Ringing, Connected, Hold };

/// "DOWN", "IDLE", "SIEZE" (sic, as IOS prints it), "ALERTING", "RINGING", "CONNECTED", "HOLD".
inline const char* to_string(ChannelState s) {
  constexpr std::array<const char*, 7> kWords = {"DOWN",    "IDLE",      "SIEZE", "ALERTING",
                                                 "RINGING", "CONNECTED", "HOLD"};
  return kWords[static_cast<std::size_t>(s)];
}

/// One line button of a phone as the service set it up (LineStat sent to the phone):
/// `button 1: cw:1 ccw:(0 0)` / `  dn 6  number 6006 CH1   IDLE         CH2   IDLE`.
struct ButtonStatus {
  unsigned button = 0;                 ///< button index on the phone, 1-based
  unsigned dn = 0;                     ///< ephone-dn tag
  std::string number;                  ///< the dn's primary number, "" when it has none
  bool call_waiting = true;            ///< `cw:1`
  std::vector<ChannelState> channels;  ///< CH1, CH2, ...: one per channel of the dn
  bool shared = false;                 ///< the dn is on another phone too (`shared` flag)
  bool overlay = false;                ///< an overlay button (`overlay` flag)
  bool operator==(const ButtonStatus&) const = default;
};

/// One speed-dial the phone was given: `speed dial 1:57514 marketing`.
struct SpeedDialStatus {
  unsigned index = 0;  ///< speed-dial tag, 1-based
  std::string number;
  std::string label;  ///< "" when none
  bool operator==(const SpeedDialStatus&) const = default;
};

/// Everything the service knows of one ephone (a phone that registered since start-up, or one
/// that is registering). Fields a never-registered phone lacks keep their defaults.
struct EphoneStatus {
  unsigned tag = 0;  ///< `ephone N` the phone matched by MAC address, 1-10000 (never 0)
  MacAddress mac;    ///< from the Register deviceName "SEP<12 hex>"
  EphoneState state = EphoneState::Unregistered;
  int socket = -1;                ///< `TCP socket:[n]`: the service's socket number, -1 when closed
  Ipv4 address;                   ///< the phone's IPv4 address (source of its TCP connection)
  unsigned port = 0;              ///< the phone's TCP port, 1-65535 (0 when never connected)
  std::uint32_t device_type = 0;  ///< Register deviceType code as sent (7 = 7960; sccp.md §11.8)
  /// The model as `show ephone` prints it after the port: "7965", "Telecaster 7960",
  /// "SCCP Gateway (AN)"; "" when unknown (printed "Unknown 0").
  std::string model;
  unsigned phone_version = 0;       ///< Register protocolVer: the phone's maximum SCCP version
  unsigned negotiated_version = 0;  ///< version in use: min(phone's, the service's)
  unsigned max_streams = 0;         ///< Register maxStreams
  unsigned caps = 0;                ///< codecs listed in the phone's CapabilitiesRes (`caps:`)
  unsigned max_lines = 0;           ///< line buttons of the phone's template (`max_line`)
  unsigned available_lines = 0;     ///< of them not yet given a dn (`available_line`)
  unsigned active_line = 0;         ///< button index of the line in use, 0 when none
  bool offhook = false;
  bool ringing = false;
  bool media_active = false;   ///< an RTP stream is open (`mediaActive:1`)
  bool reset_pending = false;  ///< a reset/restart waits to be sent (`reset:1`)
  bool reset_sent = false;     ///< a Reset message was sent (`reset_sent:1`)
  /// Seconds between keepalives the phone was told in RegisterAck (telephony-service or ephone
  /// `keepalive`, 10-65535; sccp.md §5.2).
  std::chrono::seconds keepalive_interval{0};
  std::uint64_t keepalives = 0;  ///< KeepAlive messages received since registration (`keepalive`)
  std::string load;              ///< firmware load the phone reported ("SCCP41.8-5-3S"), or ""
  std::string previous_load;     ///< the load of its registration before, or ""
  /// Why the phone's last registration ended, as `show ephone phone-load` prints it:
  /// "Initialized" (none yet), "TCP-timeout", "CM-closed-TCP" (ios-texts.md §1.F).
  std::string last_reset = "Initialized";
  std::vector<ButtonStatus> buttons;         ///< by button index
  std::vector<SpeedDialStatus> speed_dials;  ///< by index
  /// Wall-clock time of the last RegisterAck; nullopt when the phone never registered.
  std::optional<std::chrono::system_clock::time_point> registered_at;
  /// Wall-clock time of the last message received; nullopt when none.
  std::optional<std::chrono::system_clock::time_point> last_seen;
  bool operator==(const EphoneStatus&) const = default;
};

/// The live state of one ephone-dn (`show ephone-dn`, `show ephone-dn summary`).
struct EphoneDnStatus {
  unsigned tag = 0;                    ///< ephone-dn tag
  std::vector<ChannelState> channels;  ///< CH1, CH2, ...: 1 (single), 2 (dual-line), 8 (octo)
  bool operator==(const EphoneDnStatus&) const = default;
};

/// A phone whose registration was refused because no ephone has its MAC address (with `no
/// auto-reg-ephone`): `show ephone attempted-registrations` (ios-texts.md §1.C).
struct EphoneAttempt {
  MacAddress mac;
  Ipv4 address;             ///< where the Register came from
  std::string device_type;  ///< as the DeviceType column prints it: "Telecaster 7960"
  std::size_t count = 0;    ///< attempts since start-up or the last clear, >= 1
  std::chrono::system_clock::time_point last{};  ///< wall-clock time of the latest attempt
  bool operator==(const EphoneAttempt&) const = default;
};

/// SCCP Reset message resetType (sccp.md §4.1 "Reset 0x009F"): what the phone does.
enum class ResetType : std::uint32_t {
  Reset = 1,    ///< `reset`: full reboot, fetches its configuration files again
  Restart = 2,  ///< `restart`: drops the connection and registers again without reboot
};

/// Which phones a reset or restart addresses (command reference, `reset (telephony-service)`,
/// `restart (telephony-service)`, `reset (ephone)`, `restart (ephone)`).
enum class ResetTarget {
  All,          ///< `reset all [interval]`: every registered phone, `interval` apart
  Ephone,       ///< `reset` in `ephone N`: the phone registered as `ephone`
  Mac,          ///< `reset mac-address H.H.H`: the phone registered with `mac`
  SequenceAll,  ///< `reset sequence-all`: one at a time, each after the previous re-registered
  Cancel,       ///< `reset cancel`, `no reset all`, `no restart all`: stop a running sequence
};

struct ResetRequest {
  ResetType type = ResetType::Reset;
  ResetTarget target = ResetTarget::All;
  unsigned ephone = 0;  ///< the ephone tag, for ResetTarget::Ephone
  MacAddress mac;       ///< for ResetTarget::Mac
  /// For ResetTarget::All: seconds between two phones, 0-60 (the command's default 15).
  std::chrono::seconds interval{15};
  bool operator==(const ResetRequest&) const = default;
};

class SccpStatus {
 public:
  virtual ~SccpStatus() = default;
  /// Every phone the service knows (registered, registering, or registered once since start-up
  /// and now UNREGISTERED/DECEASED), by ephone tag.
  virtual std::vector<EphoneStatus> ephones() const = 0;
  /// The live state of the ephone-dns on registered phones, by tag; a dn not listed is DOWN.
  virtual std::vector<EphoneDnStatus> ephone_dns() const = 0;
  /// Attempted registrations, oldest first.
  virtual std::vector<EphoneAttempt> attempts() const = 0;
  /// `clear telephony-service ephone-attempted-registrations`: forgets every attempt. Returns
  /// how many entries were removed.
  virtual std::size_t clear_attempts() = 0;
  /// Sends (or schedules, for All and SequenceAll) the SCCP Reset message of `request.type` to
  /// the phones `request` addresses. Returns how many phones were told or scheduled (Cancel:
  /// how many scheduled ones will not be told any more); 0 when no registered phone matches.
  virtual std::size_t reset(const ResetRequest& request) = 0;
};

}  // namespace cme::model
