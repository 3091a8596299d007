#pragma once
// `dial-peer voice N {pots | voip}`: how calls leave the router (seed 001's SIP dial-peer:
// preference, destination-pattern, session protocol sipv2, session target ipv4:A, dtmf-relay).

#include <optional>
#include <string>

#include "model/option_list.hpp"
#include "model/values.hpp"

namespace cme::model {

/// `session target ipv4:A.B.C.D[:port]`, `dns:host[:port]`, `registrar`, `sip-server`.
struct SessionTarget {
  enum class Kind { Ipv4, Dns, Registrar, SipServer };
  Kind kind = Kind::Ipv4;
  Ipv4 address;
  std::string host;
  std::optional<unsigned> port;
  bool operator==(const SessionTarget&) const = default;
};
std::string args(const SessionTarget& v);

struct DialPeer {
  unsigned tag = 0;
  bool voip = true;  ///< voip, or pots
  std::optional<std::string> description;
  std::optional<unsigned> preference;  ///< 0-10
  std::optional<std::string> destination_pattern;
  std::optional<std::string> session_protocol;  ///< "sipv2"
  std::optional<SessionTarget> session_target;
  std::optional<std::string> dtmf_relay;  ///< the chosen methods, e.g. "rtp-nte sip-notify"
  bool b2bua = false;
  OptionList options;
  bool operator==(const DialPeer&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, DialPeer>
void visit_fields(T& d, V&& v) {
  v("description", d.description);
  v("preference", d.preference);
  v("destination-pattern", d.destination_pattern);
  v("session protocol", d.session_protocol);
  v("session target", d.session_target);
  v("dtmf-relay", d.dtmf_relay);
  v("b2bua", d.b2bua);
}

}  // namespace cme::model
