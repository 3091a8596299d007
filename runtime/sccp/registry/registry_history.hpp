#pragma once
// What the registry remembers of each ephone tag that registered since start-up, so that
// `show ephone` lists a phone that went away as UNREGISTERED or DECEASED with its last address,
// model and load, and `show ephone phone-load` says why its last registration ended.

#include <chrono>
#include <optional>
#include <string>

#include "model/status/sccp_status.hpp"
#include "runtime/sccp/registry/ephone_registry.hpp"

namespace cme::runtime::sccp {

struct EphoneRegistry::History {
  model::EphoneStatus last;  ///< as of the last registration or end

  /// The phone registered on `session`: its address, model, load and keepalive.
  void registered(const EphoneSession& session);
  /// Its session ended: UNREGISTERED, or DECEASED when keepalives were missed; the reason
  /// IOS shows as `Last=` ("CM-closed-TCP", "TCP-timeout", "Reset-Reset", ...).
  void ended(const EphoneSession& session, SessionEnd why);
};

/// The status of a registered `session` now (fields of History plus the live counters). The
/// buttons' channels and `shared` flags need the configuration: SccpStatusView fills them.
model::EphoneStatus live_status(const EphoneSession& session, const model::EphoneStatus& last);

/// The model as `show ephone` prints it: "7960", "7941", "CIPC"; "" when unknown.
std::string model_text(std::uint32_t device_type);

}  // namespace cme::runtime::sccp
