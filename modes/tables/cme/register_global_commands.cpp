#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_register_global_commands(ObjectTable<model::VoiceRegisterGlobal>& t) { (void)t; }

}  // namespace cme::modes
