#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_user_profile_commands(ObjectTable<model::UserProfile>& t) { (void)t; }

}  // namespace cme::modes
