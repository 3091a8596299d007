#pragma once
// Automatic registration of SCCP phones that no `ephone` names (command reference,
// telephony-service `auto-reg-ephone`, default on, and `auto assign dn-tag to dn-tag [type T]
// [cfw N timeout S]`; CME 4.0). A phone whose MAC address is in no ephone gets the lowest free
// ephone tag, written into the running configuration as IOS does (`ephone N` / `mac-address` /
// `type` / `button 1:dn`), and, when an `auto assign` range matches its type, the lowest
// ephone-dn of the range that no ephone's button shows yet. It is refused when
// `no auto-reg-ephone` is configured or when `max-ephones` ephones exist already.

#include <string>

#include "common/result.hpp"
#include "model/config.hpp"
#include "model/values.hpp"
#include "runtime/sccp/session/phone_models.hpp"

namespace cme::runtime::sccp {

/// What an auto-registration adds: the new configuration and the new ephone's tag.
struct AutoRegistration {
  model::Config config;
  unsigned tag = 0;
  unsigned dn = 0;  ///< the ephone-dn put on button 1; 0 when no `auto assign` range had one
};

/// Why a phone cannot be auto-registered: "auto-reg-ephone disabled" or "max-ephones N reached".
using AutoRegistrationRefusal = std::string;

/// The configuration after auto-registering the phone `mac` of model `reported` (may be null:
/// then only `auto assign` ranges without `type` or with `type all` apply). Error: the refusal.
Result<AutoRegistration, AutoRegistrationRefusal> auto_register(const model::Config& running,
                                                                const model::MacAddress& mac,
                                                                const PhoneModel* reported);

/// `max-ephones` of telephony-service (0 when not configured: no phone may register).
unsigned max_ephones(const model::CmeConfig& config);

}  // namespace cme::runtime::sccp
