#pragma once
// `ephone-dn-template N`: settings applied to the ephone-dns that name the template (command
// reference, config-ephone-dn-template).

#include "model/option_list.hpp"

namespace cme::model {

struct EphoneDnTemplate {
  unsigned tag = 0;
  OptionList options;
  bool operator==(const EphoneDnTemplate&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, EphoneDnTemplate>
void visit_fields(T&, V&&) {}

}  // namespace cme::model
