// `voice logout-profile` commands kept as options (issue 3). Typed already (profile_commands.cpp):
// pin, user, number, speed-dial.
//
// Left out:
// - reset: an action (reboots the phones using the profile), not a setting.
// The feature-button index range is not given by the reference ("one of the 24 feature IDs"):
// 1-24 is used. Feature identifiers are matched in any case and stored as IOS spells them.
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/voice_options.hpp"

namespace cme::modes {

void add_logout_profile_options(ObjectTable<model::LogoutProfile>& t) {
  voice_options::add_profile_options(t);
}

}  // namespace cme::modes
