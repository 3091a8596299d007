#pragma once
// Extension Mobility profiles (seed 002): `voice logout-profile N` (what a phone shows while
// nobody is logged in) and `voice user-profile N` (what a user gets after logging in).

#include <optional>
#include <string>
#include <vector>

#include "model/cme_values.hpp"
#include "model/option_list.hpp"

namespace cme::model {

/// `pin [0 | 6] digits`.
struct Pin {
  std::optional<unsigned> type;
  std::string digits;
  bool operator==(const Pin&) const = default;
};
std::string args(const Pin& v);

/// `number N[,N...] type {normal | beep-ring | feature-ring | monitor-ring | silent-ring |
/// overlay | cw-overly}` (seed 002 spells `cw-overly`; `cw-overlay` is read as it). Key: numbers.
struct ProfileNumber {
  std::string numbers;  ///< "2005,2006"
  std::string type;
  bool operator==(const ProfileNumber&) const = default;
};
std::string args(const ProfileNumber& v);

/// The fields both profiles have.
struct ProfileLines {
  std::optional<Pin> pin;
  std::optional<Credential> user;
  std::vector<ProfileNumber> number;  ///< in configured order
  std::vector<SpeedDial> speed_dial;  ///< by tag
  bool operator==(const ProfileLines&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, ProfileLines>
void visit_fields(T& p, V&& v) {
  v("pin", p.pin);
  v("user", p.user);
  v("number", p.number);
  v("speed-dial", p.speed_dial);
}

struct LogoutProfile {
  unsigned tag = 0;
  ProfileLines lines;
  OptionList options;
  bool operator==(const LogoutProfile&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, LogoutProfile>
void visit_fields(T& p, V&& v) {
  visit_fields(p.lines, v);
}

struct UserProfile {
  unsigned tag = 0;
  ProfileLines lines;
  std::optional<unsigned> max_idle_time;  ///< minutes, 1-9999
  OptionList options;
  bool operator==(const UserProfile&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, UserProfile>
void visit_fields(T& p, V&& v) {
  visit_fields(p.lines, v);
  v("max-idle-time", p.max_idle_time);
}

}  // namespace cme::model
