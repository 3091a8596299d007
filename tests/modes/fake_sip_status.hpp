#pragma once
// FakeSipStatus: a model::SipStatus whose only state is the bindings a test gives it (the SIP
// show tests of tests/modes/).

#include <chrono>
#include <string>
#include <vector>

#include "model/status/sip_status.hpp"

namespace cme::test {

/// A SIP service whose only state is the bindings a test gives it.
class FakeSipStatus : public model::SipStatus {
 public:
  /// Adds one binding of pool `pool`.
  void bind(unsigned pool, std::string number) {
    model::ContactStatus c;
    c.pool = pool;
    c.contact = "sip:" + number + "@10.0.0." + std::to_string(pool) + ":5060";
    c.address = "10.0.0." + std::to_string(pool);
    c.port = 5060;
    c.transport = "UDP";
    c.call_id = "call-" + std::to_string(pool);
    c.expires = std::chrono::seconds{3600};
    c.numbers = {std::move(number)};
    contacts_.push_back(std::move(c));
  }

  model::RegistrationStatistics statistics() const override {
    model::RegistrationStatistics s;
    s.active = contacts_.size();
    return s;
  }
  std::vector<model::ContactStatus> contacts() const override { return contacts_; }
  std::vector<model::CallStatus> calls() const override { return {}; }
  std::vector<model::AttemptStatus> attempts() const override { return {}; }
  std::size_t clear_attempts(const std::string&, const std::string&) override { return 0; }

 private:
  std::vector<model::ContactStatus> contacts_;
};

}  // namespace cme::test
