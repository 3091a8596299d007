#pragma once
// CallRouter: where a call to a dialed number goes, from the running configuration and the
// registrar's bindings (CME call routing for SIP phones and SIP trunks). I/O-free.
//
//   1. A `voice register dn` whose `number` equals the number: the call goes to the phones of
//      the pools whose `number N dn T` lines name that dn, through their registered bindings.
//      No fork: the first pool (by tag) with a binding gets the call, at its newest binding
//      (BindingTable::newest: the contact that registered last, as a phone that rebooted or
//      moved to a new address is found there; CME keeps one registration per pool, `show voice
//      register pool` shows one Call-ID and one contact). Older contacts are not rung (a CME
//      shared line would ring every pool). No binding -> Unavailable
//      (480 Temporarily Unavailable).
//   2. Else a `dial-peer voice N voip` with `session protocol sipv2`, a `destination-pattern`
//      that matches the whole number (digit_pattern.hpp) and `session target ipv4:A[:P]`
//      (port 5060 when none): the most specific pattern wins, then the lower `preference`, then
//      the lower tag. Targets `dns:`, `registrar` and `sip-server` are not supported (skipped).
//   3. Else NotFound (404 Not Found). ephone-dn numbers (SCCP) are not routed here yet.
// A binding's requests go to its Contact address when that is an IPv4 literal (`transport=tcp`
// selects TCP), else to where its REGISTER came from.
//
// Toll-fraud rule (IOS 15.1(2)T "ip address trusted"): trusted() accepts INVITEs only from an
// address that a phone's REGISTER came from (its source, never the host its Contact names) or
// that a SIP dial-peer targets. The refusal (403) comes before routing, so it is the same for
// numbers that exist and numbers that do not.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/config.hpp"
#include "runtime/net/endpoint.hpp"
#include "runtime/sip/call/digit_pattern.hpp"
#include "runtime/sip/registrar/binding_table.hpp"

namespace cme::runtime::sip {

struct CallTarget {
  enum class Kind { Dn, DialPeer };
  Kind kind = Kind::Dn;
  unsigned tag = 0;         ///< the voice register dn or the dial-peer
  std::string number;       ///< the dialed number
  std::string request_uri;  ///< the Request-URI of the outgoing INVITE
  net::Endpoint destination;
  std::string calling;  ///< the caller's number to present; empty: the From user as received
};

enum class RouteStatus { Found, Unavailable, NotFound };

struct RouteResult {
  RouteStatus status = RouteStatus::NotFound;
  std::optional<CallTarget> target;  ///< Found only
  std::optional<unsigned> dn;        ///< the voice register dn of the number, when there is one
};

class CallRouter {
 public:
  /// Indexes `config` (not null); build a new router when the configuration changes.
  explicit CallRouter(std::shared_ptr<const model::Config> config);

  /// Routes `number` (see above) with the current `bindings`.
  RouteResult route(std::string_view number, const BindingTable& bindings) const;
  /// The voice register dn whose number is `number`, or nullopt.
  std::optional<unsigned> dn_of(std::string_view number) const;
  /// The caller's directory number, as CME presents it. From a registered phone (a binding's
  /// source is `source`): `from_user` when it is one of that phone's pools' numbers, else the
  /// first of them (`number 1 dn T`: a third-party phone registered as `username u1` calls as
  /// its dn, and no phone can present another phone's number). From elsewhere (a trunk):
  /// `from_user` when it is a dn number, else nullopt (the From user is passed on as it is).
  std::optional<std::string> caller_number(std::string_view from_user, const net::Endpoint& source,
                                           const BindingTable& bindings) const;
  /// True when an INVITE from `address` may be served (see above).
  bool trusted(std::string_view address, const BindingTable& bindings) const;

  /// Where requests to `binding` go (see above).
  static net::Endpoint binding_destination(const Binding& binding);

 private:
  struct Peer {
    unsigned tag = 0;
    unsigned preference = 0;
    DigitPattern pattern;
    net::Endpoint target;
  };

  std::optional<CallTarget> to_dial_peer(std::string_view number) const;

  std::shared_ptr<const model::Config> config_;
  std::map<std::string, unsigned, std::less<>> dns_;  ///< number -> voice register dn
  std::map<unsigned, std::vector<unsigned>> pools_;   ///< dn -> pools naming it, ascending
  std::vector<Peer> peers_;                           ///< SIP dial-peers with an ipv4 target
};

}  // namespace cme::runtime::sip
