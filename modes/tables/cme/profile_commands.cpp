#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_profile_commands(ObjectTable<model::ProfileLines>& t) { (void)t; }

}  // namespace cme::modes
