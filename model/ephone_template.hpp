#pragma once
// `ephone-template N`: settings applied to the ephones
// that name the template. An ephone's own setting wins over its template's (command reference,
// `ephone-template (ephone)`; seed 000 for keepalive).

#include <optional>

#include "model/option_list.hpp"

namespace cme::model {

struct EphoneTemplate {
  unsigned tag = 0;
  std::optional<unsigned> keepalive;  ///< seconds, 10-65535
  OptionList options;
  bool operator==(const EphoneTemplate&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, EphoneTemplate>
void visit_fields(T& t, V&& v) {
  v("keepalive", t.keepalive);
}

}  // namespace cme::model
