#pragma once
// The start-up check that a typed field's command is spelled with the keyword its model field
// renders (visit_fields of the model struct), so that what `show running-config` prints reads
// back into the same field (issue 14).

#include <string>
#include <string_view>
#include <type_traits>

namespace cme::modes::detail {

/// The keyword visit_fields() gives `member` of `Obj`, or "" when Obj has no visit_fields or
/// the member is not one of its fields.
template <class Obj, class Field>
std::string rendered_keyword(Field Obj::*member) {
  std::string found;
  if constexpr (requires(Obj & o) { visit_fields(o, [](std::string_view, auto&) {}); }) {
    Obj probe{};
    visit_fields(probe, [&](std::string_view keyword, auto& field) {
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(field)>, Field>) {
        if (&field == &(probe.*member)) {
          found = std::string(keyword);
        }
      }
    });
  }
  return found;
}

/// An error text when `spec` does not start with the keyword `member` renders; "" when it does.
template <class Obj, class Field>
std::string field_keyword_error(std::string_view spec, Field Obj::*member) {
  const std::string keyword = rendered_keyword(member);
  if (keyword.empty()) {
    return {};
  }
  const bool same =
      spec.starts_with(keyword) && (spec.size() == keyword.size() || spec[keyword.size()] == ' ');
  return same ? std::string()
              : "\"" + std::string(spec) + "\" sets a field that renders as \"" + keyword + "\"";
}

}  // namespace cme::modes::detail
