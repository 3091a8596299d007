#pragma once
// `ephone-dn N [dual-line | octo-line]`: a directory number of SCCP phones (command reference,
// config-ephone-dn).

#include <optional>
#include <string>

#include "model/cme_values.hpp"
#include "model/option_list.hpp"

namespace cme::model {

enum class LineMode { Single, Dual, Octo };
/// "", "dual-line", "octo-line".
const char* line_mode_word(LineMode mode);

/// `number N [secondary N2] [no-reg [both | primary]]`.
struct DnNumber {
  std::string number;
  std::optional<std::string> secondary;
  std::optional<std::string> no_reg;  ///< "" (no-reg alone), "both" or "primary"
  bool operator==(const DnNumber&) const = default;
};
std::string args(const DnNumber& v);

struct EphoneDn {
  unsigned tag = 0;
  LineMode line_mode = LineMode::Single;
  std::optional<DnNumber> number;
  std::optional<unsigned> preference;  ///< 0-10, default 0
  std::optional<std::string> label;
  std::optional<std::string> description;
  std::optional<std::string> name;
  std::optional<unsigned> ephone_dn_template;
  std::optional<CallForward> call_forward_busy;
  std::optional<CallForward> call_forward_noan;
  std::optional<CallForward> call_forward_all;
  bool allow_watch = false;
  OptionList options;
  bool operator==(const EphoneDn&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, EphoneDn>
void visit_fields(T& d, V&& v) {
  v("number", d.number);
  v("preference", d.preference);
  v("label", d.label);
  v("description", d.description);
  v("name", d.name);
  v("ephone-dn-template", d.ephone_dn_template);
  v("call-forward busy", d.call_forward_busy);
  v("call-forward noan", d.call_forward_noan);
  v("call-forward all", d.call_forward_all);
  v("allow watch", d.allow_watch);
}

}  // namespace cme::model
