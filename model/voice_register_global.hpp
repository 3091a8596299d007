#pragma once
// `voice register global`: system-wide settings for SIP phones (command reference,
// config-register-global).

#include <optional>
#include <string>
#include <vector>

#include "model/cme_values.hpp"
#include "model/option_list.hpp"

namespace cme::model {

/// `authenticate credential tag location`. Key: tag (1-5).
struct CredentialFile {
  unsigned tag = 0;
  std::string location;  ///< URL or flash: path
  bool operator==(const CredentialFile&) const = default;
};
std::string args(const CredentialFile& v);

/// Defaults (command reference): keepalive 120 s; SIP port 5060.
inline constexpr unsigned kRegisterKeepaliveDefault = 120;
inline constexpr unsigned kSipPortDefault = 5060;

struct VoiceRegisterGlobal {
  std::optional<std::string> mode;  ///< "cme", "cme-app", "esrst"; unset: SIP SRST
  std::optional<SourceAddress> source_address;
  std::optional<unsigned> max_dn;
  std::optional<unsigned> max_pool;
  std::vector<Load> load;  ///< in configured order
  bool authenticate_presence = false;
  std::vector<CredentialFile> authenticate_credential;  ///< by tag
  std::optional<unsigned> keepalive;                    ///< seconds, 120-65535
  OptionList options;
  bool operator==(const VoiceRegisterGlobal&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, VoiceRegisterGlobal>
void visit_fields(T& g, V&& v) {
  v("mode", g.mode);
  v("source-address", g.source_address);
  v("max-dn", g.max_dn);
  v("max-pool", g.max_pool);
  v("load", g.load);
  v("authenticate presence", g.authenticate_presence);
  v("authenticate credential", g.authenticate_credential);
  v("keepalive", g.keepalive);
}

}  // namespace cme::model
