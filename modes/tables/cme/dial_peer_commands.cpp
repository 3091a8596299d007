#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_dial_peer_commands(ObjectTable<model::DialPeer>& t) { (void)t; }

}  // namespace cme::modes
