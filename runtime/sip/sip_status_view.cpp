#include "runtime/sip/sip_status_view.hpp"

#include "runtime/sip/sip_service.hpp"

namespace cme::runtime::sip {

model::RegistrationStatistics SipStatusView::statistics() const {
  model::RegistrationStatistics s;
  if (!service_) {
    return s;
  }
  const auto& registrar = service_->registrar();
  const auto& c = registrar.counters();
  s.active = registrar.bindings().size();
  s.phones = registrar.bindings().pools().size();
  s.success = c.accepted;
  s.failed = c.rejected + c.wrong_credentials + c.rate_limited;
  s.blocked = c.rate_limited;
  s.requests = s.success + s.failed;
  return s;
}

std::vector<model::ContactStatus> SipStatusView::contacts() const {
  std::vector<model::ContactStatus> out;
  if (!service_) {
    return out;
  }
  const auto& registrar = service_->registrar();
  for (unsigned pool : registrar.bindings().pools()) {
    std::vector<std::string> numbers;
    for (const auto& dn : registrar.matcher().reachable_dns(pool)) {
      numbers.push_back(dn.number);
    }
    for (const auto& b : registrar.bindings().bindings(pool)) {
      model::ContactStatus c;
      c.pool = pool;
      c.contact = b.contact;
      c.address = b.source.address;
      c.port = b.source.port;
      c.transport = net::protocol_text(b.source.protocol);
      c.call_id = b.call_id;
      c.expires = registrar.bindings().remaining(b);
      c.numbers = numbers;
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::vector<model::CallStatus> SipStatusView::calls() const {
  std::vector<model::CallStatus> out;
  if (!service_) {
    return out;
  }
  const auto peer = [](const net::Endpoint& e) {
    return e.address + ":" + std::to_string(e.port);
  };
  for (const auto& c : service_->calls().snapshot()) {
    out.push_back(model::CallStatus{
        std::string(state_text(c.state)), c.calling, c.called,
        (c.to_dial_peer ? "dial-peer " : "dn ") + std::to_string(c.target), c.a_call_id,
        c.b_call_id, peer(c.a_peer), peer(c.b_peer), c.duration, c.session_expires});
  }
  return out;
}

std::vector<model::AttemptStatus> SipStatusView::attempts() const {
  std::vector<model::AttemptStatus> out;
  if (service_) {
    for (const auto& e : service_->registrar().attempted().entries()) {
      out.push_back(model::AttemptStatus{e.mac ? model::to_string(*e.mac) : std::string(),
                                         e.address, e.user, e.attempts, e.last});
    }
  }
  return out;
}

std::size_t SipStatusView::clear_attempts(const std::string& address, const std::string& mac) {
  if (!service_) {
    return 0;
  }
  std::optional<std::string> ip;
  std::optional<model::MacAddress> m;
  if (!address.empty()) {
    ip = address;
  }
  if (!mac.empty()) {
    m = model::mac_from_text(mac);
  }
  return service_->registrar().attempted().clear(ip, m);
}

}  // namespace cme::runtime::sip
