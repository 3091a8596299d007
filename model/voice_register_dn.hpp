#pragma once
// `voice register dn N`: a directory number of SIP phones (command reference,
// config-register-dn).

#include <optional>
#include <string>

#include "model/option_list.hpp"

namespace cme::model {

struct VoiceRegisterDn {
  unsigned tag = 0;
  std::optional<std::string> number;
  std::optional<unsigned> preference;  ///< 0-10
  std::optional<std::string> name;
  std::optional<std::string> label;
  bool allow_watch = false;
  OptionList options;
  bool operator==(const VoiceRegisterDn&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, VoiceRegisterDn>
void visit_fields(T& d, V&& v) {
  v("number", d.number);
  v("preference", d.preference);
  v("name", d.name);
  v("label", d.label);
  v("allow watch", d.allow_watch);
}

}  // namespace cme::model
