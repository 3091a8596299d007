#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_register_dn_commands(ObjectTable<model::VoiceRegisterDn>& t) { (void)t; }

}  // namespace cme::modes
