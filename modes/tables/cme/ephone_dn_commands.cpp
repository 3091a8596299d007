#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_ephone_dn_commands(ObjectTable<model::EphoneDn>& t) { (void)t; }

}  // namespace cme::modes
