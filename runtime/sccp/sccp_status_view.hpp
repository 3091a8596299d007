#pragma once
// SccpStatusView: the SCCP service's state as the ephone show commands read it
// (model::SccpStatus), projected from the ephone registry and the running configuration on each
// call: registered phones with their buttons, the phones seen since start-up, the ephone-dns on
// registered phones (IDLE; one channel per line of the dn: dual-line 2, octo-line 8),
// attempted registrations, and reset/restart.

#include "model/status/sccp_status.hpp"
#include "runtime/core/service.hpp"

namespace cme::runtime::sccp {

class EphoneRegistry;

class SccpStatusView final : public model::SccpStatus {
 public:
  explicit SccpStatusView(const ServiceHost& host) : host_(host) {}
  /// The registry to read (borrowed; null until the service starts: everything reads empty).
  void set_registry(EphoneRegistry* registry) { registry_ = registry; }

  std::vector<model::EphoneStatus> ephones() const override;
  std::vector<model::EphoneDnStatus> ephone_dns() const override;
  std::vector<model::EphoneAttempt> attempts() const override;
  std::size_t clear_attempts() override;
  std::size_t reset(const model::ResetRequest& request) override;

 private:
  const ServiceHost& host_;
  EphoneRegistry* registry_ = nullptr;
};

}  // namespace cme::runtime::sccp
