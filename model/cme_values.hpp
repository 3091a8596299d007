#pragma once
// The structured settings that several CME objects share (one command line each): firmware
// loads, source addresses, credentials, speed dials, buttons, numbers. Field names follow the
// command reference's argument names; `args()` gives the text after the command's keywords as
// show running-config prints it.

#include <optional>
#include <string>
#include <vector>

#include "model/values.hpp"

namespace cme::model {

/// `load phone-type firmware-file` (telephony-service, voice register global). Key: phone_type.
struct Load {
  std::string phone_type;
  std::string firmware;
  bool operator==(const Load&) const = default;
};

/// `ip source-address A [port P] [secondary A2 [rehome S]] [any-match | strict-match]`
/// (telephony-service) and `source-address A [port P | secondary A2]` (voice register global).
struct SourceAddress {
  Ipv4 address;
  std::optional<unsigned> port;  ///< SCCP default 2000, SIP default 5060
  std::optional<Ipv4> secondary;
  std::optional<unsigned> rehome;    ///< seconds
  std::optional<std::string> match;  ///< "any-match" or "strict-match"
  bool operator==(const SourceAddress&) const = default;
};

/// A user name with a password: ephone `username N password P`, pool `username N password P`,
/// profile `user N password P`, sip-ua `authentication username N password P`.
struct Credential {
  std::string username;
  std::optional<unsigned> password_type;  ///< 0, 6 or 7 when typed before the password
  std::optional<std::string> password;
  bool operator==(const Credential&) const = default;
};

/// `speed-dial tag number [label text] [blf]` (ephone, pool, profiles). Key: tag.
struct SpeedDial {
  unsigned tag = 0;
  std::string number;
  std::optional<std::string> label;  ///< as typed, quotes included when it had them
  bool blf = false;                  ///< profiles only
  bool operator==(const SpeedDial&) const = default;
};

/// `blf-speed-dial tag number label string [device]` (ephone, pool). Key: tag.
struct BlfSpeedDial {
  unsigned tag = 0;
  std::string number;
  std::string label;  ///< as typed, quotes included ("\"sales\"")
  bool device = false;
  bool operator==(const BlfSpeedDial&) const = default;
};

/// `fastdial tag number name name-string` (ephone). Key: tag.
struct FastDial {
  unsigned tag = 0;
  std::string number;
  std::optional<std::string> name;
  bool operator==(const FastDial&) const = default;
};

/// One entry of the ephone `button` list: `1:10`, `3b12`, `4o13,14,15`, `5x4`.
struct Button {
  unsigned index = 0;
  char separator = ':';
  std::vector<unsigned> dns;  ///< ephone-dn tags (for 'x': the overlay button number)
  bool operator==(const Button&) const = default;
};

/// `type phone-type [addon 1 module [2 module [3 module]]]` (ephone, pool).
struct PhoneType {
  std::string type;
  std::vector<std::string> addons;
  bool operator==(const PhoneType&) const = default;
};

/// Call forwarding target of a dn (`call-forward busy|noan|all ...`).
struct CallForward {
  std::string number;
  std::optional<unsigned> timeout;   ///< noan: seconds
  std::optional<std::string> scope;  ///< "primary" or "secondary"
  bool dialplan_pattern = false;
  bool operator==(const CallForward&) const = default;
};

std::string args(const Load& v);
std::string args(const SourceAddress& v);
std::string args(const Credential& v);
std::string args(const SpeedDial& v);
std::string args(const BlfSpeedDial& v);
std::string args(const FastDial& v);
std::string args(const std::vector<Button>& v);
std::string args(const PhoneType& v);
std::string args(const CallForward& v);

/// Sets `item` in `list`, replacing the entry with the same key (`key(entry)`); new keys keep
/// the list ordered by key.
template <class T, class Key>
void set_keyed(std::vector<T>& list, T item, Key key) {
  for (auto& e : list) {
    if (key(e) == key(item)) {
      e = std::move(item);
      return;
    }
  }
  auto pos = list.begin();
  while (pos != list.end() && key(*pos) < key(item)) {
    ++pos;
  }
  list.insert(pos, std::move(item));
}

/// Replaces the entry of `list` with the same key, or appends `item` (load order is kept as
/// configured, as CME prints it).
template <class T, class Key>
void set_or_append(std::vector<T>& list, T item, Key key) {
  for (auto& e : list) {
    if (key(e) == key(item)) {
      e = std::move(item);
      return;
    }
  }
  list.push_back(std::move(item));
}

}  // namespace cme::model
