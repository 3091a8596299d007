#pragma once
// `voice service voip` and its `sip` sub-mode (seed 001: `allow-connections sip to sip`,
// `registrar server expires max … min …`; seed 004: `midcall-signaling passthru`).

#include <optional>
#include <string>
#include <vector>

#include "model/option_list.hpp"

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

struct VoiceServiceVoip {
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
