#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_ephone_template_commands(ObjectTable<model::EphoneTemplate>& t) { (void)t; }

}  // namespace cme::modes
