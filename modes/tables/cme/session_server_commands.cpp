// voice register session-server commands with typed fields (seed 000: register-id, keepalive).
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_session_server_commands(ObjectTable<model::VoiceRegisterSessionServer>& t) {
  t.field("register-id WORD$name",
          {"Identifier the feature server registers with", "Up to 30 characters"},
          &model::VoiceRegisterSessionServer::register_id);
  t.field("keepalive <60-3600>$seconds",
          {"Registration expiry of the feature server", "Seconds (default 300)"},
          &model::VoiceRegisterSessionServer::keepalive);
}

}  // namespace cme::modes
