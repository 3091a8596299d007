#pragma once
// SipStatusView: the SIP service's state as the show commands read it (model::SipStatus:
// `show voice register statistics`, `show voice register pool`, `show sip-ua calls`,
// `show voice register pool attempted-registrations`), projected from the registrar, the binding
// table and the call table on each call (nothing is cached).

#include "model/status/sip_status.hpp"

namespace cme::runtime::sip {

class SipService;

class SipStatusView final : public model::SipStatus {
 public:
  /// `service` (borrowed; may be null until the service exists: everything reads empty).
  void set_service(SipService* service) { service_ = service; }

  model::RegistrationStatistics statistics() const override;
  std::vector<model::ContactStatus> contacts() const override;
  std::vector<model::CallStatus> calls() const override;
  std::vector<model::AttemptStatus> attempts() const override;
  /// `address`: "" or the source IP; `mac`: "" or "H.H.H" (a text that is no MAC matches none).
  std::size_t clear_attempts(const std::string& address, const std::string& mac) override;

 private:
  SipService* service_ = nullptr;
};

}  // namespace cme::runtime::sip
