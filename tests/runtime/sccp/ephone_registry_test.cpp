// EphoneRegistry without sockets: LoopbackTransport, the manual clock and timers.
#include <catch2/catch.hpp>

#include "runtime/sccp/codec/codec.hpp"
#include "runtime/sccp/registry/ephone_registry.hpp"
#include "tests/support/loopback_transport.hpp"
#include "tests/support/manual_timer_service.hpp"

using namespace cme::runtime::sccp;
using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;

namespace {

class FakeHost final : public cme::runtime::ServiceHost {
 public:
  std::shared_ptr<const cme::model::Config> running() const override { return config; }
  void log(std::string_view m) override { logged.emplace_back(m); }
  bool debugging(std::string_view, std::string_view) const override { return false; }
  void commit(std::shared_ptr<const cme::model::Config> next) override { config = next; }
  std::chrono::system_clock::time_point local_time(
      std::chrono::system_clock::time_point utc) const override {
    return utc;
  }
  std::shared_ptr<const cme::model::Config> config;
  std::vector<std::string> logged;
};

cme::model::Config phones(unsigned count) {
  cme::model::Config c;
  c.cme.telephony_service.emplace();
  c.cme.telephony_service->max_ephones = count;
  for (unsigned tag = 1; tag <= count; ++tag) {
    cme::model::Ephone e;
    e.tag = tag;
    e.mac_address = cme::model::MacAddress{{0, 0, 0, 0, 0, static_cast<std::uint8_t>(tag)}};
    c.cme.ephones[tag] = e;
  }
  return c;
}

struct Fixture {
  explicit Fixture(unsigned count) {
    host.config = std::make_shared<const cme::model::Config>(phones(count));
  }
  Endpoint peer(unsigned tag) const { return {"10.0.0." + std::to_string(tag), 5000, Protocol::Tcp}; }
  /// Connects and registers phone `tag` (MAC 0000.0000.00tt).
  void register_phone(unsigned tag) {
    transport.open(peer(tag));
    Register r;
    char name[16];
    std::snprintf(name, sizeof name, "SEP0000000000%02X", tag);
    r.device_name = name;
    r.device_type = 115;
    r.protocol_version = 17;
    const auto bytes = encode(r, 0);
    transport.inject(peer(tag), std::string(bytes.begin(), bytes.end()));
  }
  /// The Reset types sent to phone `tag` since the last call.
  std::vector<std::uint32_t> resets(unsigned tag) {
    std::vector<std::uint32_t> out;
    for (const auto& s : transport.take()) {
      if (s.to != peer(tag)) {
        continue;
      }
      const Bytes b(s.bytes.begin(), s.bytes.end());
      auto d = decode_bytes(b, 17);
      if (d && std::holds_alternative<Reset>(d->message)) {
        out.push_back(std::get<Reset>(d->message).value);
      }
    }
    return out;
  }

  FakeHost host;
  cme::test::LoopbackTransport transport{"127.0.0.1", 2000};
  cme::test::ManualClock clock;
  cme::test::ManualTimerService timers{clock};
  EphoneRegistry registry{transport, host, clock, timers};
};

}  // namespace

TEST_CASE("ephone registry: max-ephones bounds the registered phones", "[runtime][sccp][registry]") {
  Fixture f(3);
  auto c = *f.host.config;
  c.cme.telephony_service->max_ephones = 2;
  f.host.config = std::make_shared<const cme::model::Config>(c);
  f.register_phone(1);
  f.register_phone(2);
  f.register_phone(3);
  CHECK(f.registry.registered() == 2);
  CHECK(f.registry.counters().rejections == 1);
}

TEST_CASE("ephone registry: reset all N resets one phone every N seconds",
          "[runtime][sccp][registry]") {
  Fixture f(3);
  for (unsigned tag = 1; tag <= 3; ++tag) {
    f.register_phone(tag);
  }
  f.transport.take();
  cme::model::ResetRequest r;
  r.target = cme::model::ResetTarget::All;
  r.interval = std::chrono::seconds(10);
  CHECK(f.registry.reset(r) == 3);
  CHECK(f.resets(1) == std::vector<std::uint32_t>{1});
  f.timers.advance(std::chrono::seconds(9));
  CHECK(f.resets(2).empty());
  f.timers.advance(std::chrono::seconds(1));
  CHECK(f.resets(2) == std::vector<std::uint32_t>{1});
  cme::model::ResetRequest cancel;
  cancel.target = cme::model::ResetTarget::Cancel;
  CHECK(f.registry.reset(cancel) == 1);  // phone 3 is not reset any more
  f.timers.advance(std::chrono::seconds(30));
  CHECK(f.resets(3).empty());
}

TEST_CASE("ephone registry: restart sequence-all waits for each phone to register again",
          "[runtime][sccp][registry]") {
  Fixture f(2);
  f.register_phone(1);
  f.register_phone(2);
  f.transport.take();
  cme::model::ResetRequest r;
  r.type = cme::model::ResetType::Restart;
  r.target = cme::model::ResetTarget::SequenceAll;
  CHECK(f.registry.reset(r) == 2);
  CHECK(f.resets(1) == std::vector<std::uint32_t>{2});
  f.timers.advance(std::chrono::minutes(1));
  CHECK(f.resets(2).empty());  // phone 1 has not come back yet
  f.transport.drop(f.peer(1));  // it restarts ...
  f.register_phone(1);          // ... and registers again: phone 2's turn
  CHECK(f.resets(2) == std::vector<std::uint32_t>{2});
}
