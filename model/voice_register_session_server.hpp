#pragma once
// `voice register session-server N`: a session manager for an external feature server (seed 000,
// config-register-fs).

#include <optional>
#include <string>

#include "model/option_list.hpp"

namespace cme::model {

/// Defaults (seed 000, `keepalive (voice register session-server)`): 300 s, range 60-3600.
inline constexpr unsigned kSessionServerKeepaliveDefault = 300;

struct VoiceRegisterSessionServer {
  unsigned tag = 0;
  std::optional<std::string> register_id;
  std::optional<unsigned> keepalive;
  OptionList options;
  bool operator==(const VoiceRegisterSessionServer&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, VoiceRegisterSessionServer>
void visit_fields(T& s, V&& v) {
  v("register-id", s.register_id);
  v("keepalive", s.keepalive);
}

}  // namespace cme::model
