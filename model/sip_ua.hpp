#pragma once
// `sip-ua`: the SIP user agent (seed 001: `authentication username … password …`,
// `presence enable`; other commands of the mode are kept as options).

#include <optional>

#include "model/cme_values.hpp"
#include "model/option_list.hpp"

namespace cme::model {

struct SipUa {
  std::optional<Credential> authentication;  ///< `authentication username N password [0|7] P`
  bool presence_enable = false;
  OptionList options;
  bool operator==(const SipUa&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, SipUa>
void visit_fields(T& s, V&& v) {
  v("authentication username", s.authentication);
  v("presence enable", s.presence_enable);
}

}  // namespace cme::model
