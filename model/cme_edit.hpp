#pragma once
// Removing CME objects that others refer to. CME drops the references with the object (a
// removed ephone-dn disappears from the buttons that showed it), so a configuration never
// names a missing object and always renders to text that applies cleanly.

#include "model/cme_config.hpp"

namespace cme::model {

/// Removes ephone-dn `tag` and its button appearances (entries left without a dn go too).
void remove_ephone_dn(CmeConfig& c, unsigned tag);
/// Removes voice register dn `tag` and the pool `number N dn tag` lines naming it.
void remove_voice_register_dn(CmeConfig& c, unsigned tag);
/// Removes voice logout-profile `tag` and the `logout-profile tag` of ephones and pools.
void remove_logout_profile(CmeConfig& c, unsigned tag);
/// Removes ephone-template `tag` and the `ephone-template tag` of ephones.
void remove_ephone_template(CmeConfig& c, unsigned tag);
/// Removes ephone-dn-template `tag` and the `ephone-dn-template tag` of ephone-dns.
void remove_ephone_dn_template(CmeConfig& c, unsigned tag);
/// Removes voice register template `tag` and the `template tag` of pools.
void remove_voice_register_template(CmeConfig& c, unsigned tag);

}  // namespace cme::model
