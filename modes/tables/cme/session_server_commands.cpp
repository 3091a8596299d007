#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_session_server_commands(ObjectTable<model::VoiceRegisterSessionServer>& t) { (void)t; }

}  // namespace cme::modes
