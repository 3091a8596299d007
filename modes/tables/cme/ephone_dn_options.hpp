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
/// one another (`mwi on` replaces `mwi off`): ObjectTable::option with a fixed key.
template <class Obj>
void keyed_option(ObjectTable<Obj>& t, std::string_view spec, std::vector<std::string> help,
                  std::string key, OptionDefault by_default = OptionDefault::Off) {
  t.option(spec, std::move(help), OptionRule{fixed_key(std::move(key)), 0, {}, by_default});
}

/// The reference commands that `ephone-dn` and `ephone-dn-template` both accept and that the
/// typed ephone-dn table does not implement. Instantiated for EphoneDn and EphoneDnTemplate.
template <class Obj>
void add_dn_shared_options(ObjectTable<Obj>& t);

}  // namespace cme::modes
