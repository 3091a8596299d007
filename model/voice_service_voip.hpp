#pragma once
// `voice service voip` and its `sip` sub-mode (seed 001: `allow-connections sip to sip`,
// `registrar server expires max … min …`; seed 004: `midcall-signaling passthru`) and its
// `ip address trusted list` sub-mode (cfg-iptrust-list; seed 000's vpn-profile example).

#include <optional>
#include <string>
#include <vector>

#include "model/option_list.hpp"
#include "model/values.hpp"

namespace cme::model {

/// `registrar server [expires [max S] [min S]]`.
struct RegistrarServer {
  std::optional<unsigned> max;  ///< seconds; default 3600
  std::optional<unsigned> min;  ///< seconds; default 60
  bool operator==(const RegistrarServer&) const = default;
};
std::string args(const RegistrarServer& v);

inline constexpr unsigned kRegistrarExpiresMaxDefault = 3600;
inline constexpr unsigned kRegistrarExpiresMinDefault = 60;

struct VoiceServiceSip {
  std::optional<RegistrarServer> registrar_server;
  bool midcall_signaling_passthru = false;
  OptionList options;
  bool operator==(const VoiceServiceSip&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, VoiceServiceSip>
void visit_fields(T& s, V&& v) {
  v("registrar server", s.registrar_server);
  v("midcall-signaling passthru", s.midcall_signaling_passthru);
}

/// `allow-connections FROM to TO` (FROM/TO: h323, sip).
struct AllowConnections {
  std::string from;
  std::string to;
  bool operator==(const AllowConnections&) const = default;
};
std::string args(const AllowConnections& v);

/// `ipv4 A.B.C.D [network-mask]` in `ip address trusted list`: one address, or a subnet.
struct TrustedAddress {
  Ipv4 address;
  std::optional<Ipv4> mask;  ///< none: the address alone
  bool operator==(const TrustedAddress&) const = default;
};
std::string args(const TrustedAddress& v);

/// True when `mask` is a network mask: its one bits are contiguous from the top.
bool is_network_mask(Ipv4 mask);

/// `ip address trusted list`: the source addresses CME trusts for VoIP calls besides its
/// dial-peer targets and registered phones (toll-fraud prevention, CME 8.1 and later).
struct TrustedList {
  std::vector<TrustedAddress> ipv4;  ///< in configured order, no duplicates

  /// True when `source` is one of the addresses or inside one of the subnets.
  bool trusts(Ipv4 source) const;
  bool operator==(const TrustedList&) const = default;
};

/// At most this many `ipv4` entries (command reference: "up to 100").
inline constexpr std::size_t kTrustedListMax = 100;

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, TrustedList>
void visit_fields(T& t, V&& v) {
  v("ipv4", t.ipv4);
}

struct VoiceServiceVoip {
  std::optional<TrustedList> trusted_list;          ///< the `ip address trusted list` sub-mode
  std::vector<AllowConnections> allow_connections;  ///< in configured order
  OptionList options;
  bool h323 = false;  ///< the `h323` sub-mode was entered (its lines: not modelled)
  std::optional<VoiceServiceSip> sip;  ///< the `sip` sub-mode was entered
  bool operator==(const VoiceServiceVoip&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, VoiceServiceVoip>
void visit_fields(T& s, V&& v) {
  v("allow-connections", s.allow_connections);
}

}  // namespace cme::model
