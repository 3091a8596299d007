// `voice register session-server`: the command reference's commands for this mode that the typed
// table (session_server_commands.cpp: register-id, keepalive) does not model, kept as options.
// Left out: nothing.
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_session_server_options(ObjectTable<model::VoiceRegisterSessionServer>& t) {
  t.option("cti-aware", {"Stop answering CSTA keepalives when the CTI session goes down"});
}

}  // namespace cme::modes
