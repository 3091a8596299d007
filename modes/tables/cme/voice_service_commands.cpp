#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_voice_service_commands(ObjectTable<model::VoiceServiceVoip>& t) { (void)t; }

}  // namespace cme::modes
