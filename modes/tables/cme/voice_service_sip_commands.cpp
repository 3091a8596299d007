#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_voice_service_sip_commands(ObjectTable<model::VoiceServiceSip>& t) { (void)t; }

}  // namespace cme::modes
