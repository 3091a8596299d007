// Reference commands of this mode kept as options (issue 3): to be filled from
// ../shared/reference/cme-commands.md.
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_sip_ua_options(ObjectTable<model::SipUa>& t) { (void)t; }

}  // namespace cme::modes
