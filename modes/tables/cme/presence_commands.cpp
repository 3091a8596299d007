#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_presence_commands(ObjectTable<model::Presence>& t) { (void)t; }

}  // namespace cme::modes
