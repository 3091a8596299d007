#pragma once
// `voice register template N`: settings shared by the pools that name it (command reference,
// config-register-temp).

#include <optional>
#include <string>

#include "model/option_list.hpp"

namespace cme::model {

struct VoiceRegisterTemplate {
  unsigned tag = 0;
  OptionList options;
  bool operator==(const VoiceRegisterTemplate&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, VoiceRegisterTemplate>
void visit_fields(T&, V&&) {}

}  // namespace cme::model
