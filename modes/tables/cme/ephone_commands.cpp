#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_ephone_commands(ObjectTable<model::Ephone>& t) { (void)t; }

}  // namespace cme::modes
