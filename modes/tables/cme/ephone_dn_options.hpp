#pragma once
// Helpers shared by the option tables of `ephone-dn` and `ephone-dn-template`
// (ephone_dn_options.cpp, ephone_dn_template_options.cpp).

#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

/// The reference commands that `ephone-dn` and `ephone-dn-template` both accept and that the
/// typed ephone-dn table does not implement. Instantiated for EphoneDn and EphoneDnTemplate.
template <class Obj>
void add_dn_shared_options(ObjectTable<Obj>& t);

}  // namespace cme::modes
