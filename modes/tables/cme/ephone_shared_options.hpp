#pragma once
// The reference commands that both `ephone` and `ephone-template` accept, kept as options
// (ephone_shared_options.cpp; issue 3).

#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_ephone_shared_options(ObjectTable<model::Ephone>& t);
void add_ephone_shared_options(ObjectTable<model::EphoneTemplate>& t);

}  // namespace cme::modes
