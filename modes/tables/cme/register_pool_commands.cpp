#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_register_pool_commands(ObjectTable<model::VoiceRegisterPool>& t) { (void)t; }

}  // namespace cme::modes
