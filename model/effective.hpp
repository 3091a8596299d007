#pragma once
// Effective settings: what a phone actually gets once CME's precedence is applied. A setting
// configured on the ephone wins over its ephone-template's, which wins over telephony-service's,
// which wins over the command reference's default (seed 000, `keepalive`: "If you use an ephone
// template to apply a command to a phone and you also use the same command in ephone
// configuration mode for the same phone, the value that you set in ephone configuration mode has
// priority").

#include "model/cme_config.hpp"

namespace cme::model {

/// Where an effective setting came from.
enum class SettingSource { Ephone, EphoneTemplate, TelephonyService, Default };

struct EffectiveKeepalive {
  unsigned seconds = kTelephonyKeepaliveDefault;  ///< keepalive interval, seconds
  SettingSource source = SettingSource::Default;
};

/// The keepalive interval of `ephone` (seconds, 10-65535): its own `keepalive`, else its
/// ephone-template's (when the template exists), else telephony-service's, else 30.
EffectiveKeepalive effective_keepalive(const CmeConfig& config, const Ephone& ephone);

/// The keepalive (registration refresh) interval of SIP phones: voice register global's
/// `keepalive`, else 120 seconds (seed 000, `keepalive (voice register global)`).
unsigned effective_register_keepalive(const CmeConfig& config);

}  // namespace cme::model
