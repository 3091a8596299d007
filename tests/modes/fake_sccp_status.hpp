#pragma once
// FakeSccpStatus: a model::SccpStatus with fixed data for the ephone show tests: ephone 1
// registered (the phone of ios-texts.md §1.G(b): 7965, MAC 0023.5E18.23EC, SCCP 17/12), dn 1
// dual-line IDLE on its button 1, two attempted registrations; it records the reset requests
// and answers as a service with that one registered phone would.

#include <chrono>
#include <vector>

#include "model/status/sccp_status.hpp"

namespace cme::test {

class FakeSccpStatus : public model::SccpStatus {
 public:
  FakeSccpStatus() {
    model::EphoneStatus s;
    s.tag = 1;
    s.mac = *model::mac_from_text("0023.5E18.23EC");
    s.state = model::EphoneState::Registered;
    s.socket = 1;
    s.address = *model::ipv4_from_text("10.10.202.2");
    s.port = 22856;
    s.device_type = 119;
    s.model = "7965";
    s.phone_version = 17;
    s.negotiated_version = 12;
    s.max_streams = 5;
    s.caps = 9;
    s.max_lines = 6;
    s.available_lines = 6;
    s.keepalive_interval = std::chrono::seconds{30};
    s.keepalives = 186;
    s.load = "SCCP45.9-3-1SR1-1S";
    s.previous_load = "SCCP45.9-2-1S";
    s.last_reset = "TCP-timeout";
    s.buttons.push_back({1, 1, "3001", true, {idle(), idle()}, false, false});
    s.speed_dials.push_back({1, "5002", "Reception"});
    phones.push_back(s);
    dns.push_back({1, {idle(), idle()}});
    const auto t0 = std::chrono::system_clock::time_point{std::chrono::seconds{1114728725}};
    attempted.push_back({*model::mac_from_text("C863.8475.5417"),
                         *model::ipv4_from_text("10.10.202.9"), "SCCP Gateway (AN)", 3, t0});
    attempted.push_back({*model::mac_from_text("000D.28D7.7222"),
                         *model::ipv4_from_text("10.10.202.7"), "Telecaster 7960", 1,
                         t0 + std::chrono::seconds{12}});
  }

  std::vector<model::EphoneStatus> ephones() const override { return phones; }
  std::vector<model::EphoneDnStatus> ephone_dns() const override { return dns; }
  std::vector<model::EphoneAttempt> attempts() const override { return attempted; }
  std::size_t clear_attempts() override {
    const auto n = attempted.size();
    attempted.clear();
    return n;
  }
  /// Records `request`; counts the registered phones it addresses (Cancel: none scheduled).
  std::size_t reset(const model::ResetRequest& request) override {
    requests.push_back(request);
    std::size_t n = 0;
    for (const auto& p : phones) {
      const bool match =
          request.target == model::ResetTarget::All ||
          request.target == model::ResetTarget::SequenceAll ||
          (request.target == model::ResetTarget::Ephone && request.ephone == p.tag) ||
          (request.target == model::ResetTarget::Mac && request.mac == p.mac);
      n += match && p.state == model::EphoneState::Registered ? 1 : 0;
    }
    return n;
  }

  std::vector<model::EphoneStatus> phones;
  std::vector<model::EphoneDnStatus> dns;
  std::vector<model::EphoneAttempt> attempted;
  std::vector<model::ResetRequest> requests;

 private:
  static model::ChannelState idle() { return model::ChannelState::Idle; }
};

}  // namespace cme::test
