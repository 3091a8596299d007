#include "model/effective.hpp"

namespace cme::model {

EffectiveKeepalive effective_keepalive(const CmeConfig& c, const Ephone& e) {
  if (e.keepalive) {
    return {*e.keepalive, SettingSource::Ephone};
  }
  if (e.ephone_template) {
    const auto t = c.ephone_templates.find(*e.ephone_template);
    if (t != c.ephone_templates.end() && t->second.keepalive) {
      return {*t->second.keepalive, SettingSource::EphoneTemplate};
    }
  }
  if (c.telephony_service && c.telephony_service->keepalive) {
    return {*c.telephony_service->keepalive, SettingSource::TelephonyService};
  }
  return {};
}

unsigned effective_register_keepalive(const CmeConfig& c) {
  return c.voice_register_global && c.voice_register_global->keepalive
             ? *c.voice_register_global->keepalive
             : kRegisterKeepaliveDefault;
}

}  // namespace cme::model
