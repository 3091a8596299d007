#pragma once
// Helpers shared by the option tables of `ephone-dn` and `ephone-dn-template`
// (ephone_dn_options.cpp, ephone_dn_template_options.cpp).

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

/// An option stored under one fixed key whatever its arguments, for commands whose forms replace
/// one another (`mwi on` replaces `mwi off`, `park-slot ...` replaces the previous slot setting).
/// The `no`/`default` forms remove exactly that key, never other options sharing its words.
template <class Obj>
void keyed_option(ObjectTable<Obj>& t, std::string_view spec, std::vector<std::string> help,
                  std::string key, OptionDefault by_default = OptionDefault::Off) {
  const auto rank = static_cast<std::uint32_t>(t.table().size());
  t.config(spec, std::move(help),
           [rank, key = std::move(key), by_default](CommandContext& ctx, Obj& o) -> ActionResult {
             const bool on = by_default == OptionDefault::On;
             const auto store = on ? parser::CommandForm::No : parser::CommandForm::Set;
             if (ctx.form == store) {
               o.options.set({rank, key, (on ? "no " : "") + option_text(ctx.args)});
             } else if (o.options.find(key) != nullptr) {
               o.options.erase(key);
             }
             return Unit{};
           });
}

/// The reference commands that `ephone-dn` and `ephone-dn-template` both accept and that the
/// typed ephone-dn table does not implement. Instantiated for EphoneDn and EphoneDnTemplate.
template <class Obj>
void add_dn_shared_options(ObjectTable<Obj>& t);

}  // namespace cme::modes
