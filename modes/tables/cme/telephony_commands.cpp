#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_telephony_commands(ObjectTable<model::TelephonyService>& t) { (void)t; }

}  // namespace cme::modes
