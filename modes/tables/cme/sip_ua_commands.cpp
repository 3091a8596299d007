#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_sip_ua_commands(ObjectTable<model::SipUa>& t) { (void)t; }

}  // namespace cme::modes
