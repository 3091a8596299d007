// Fuzz target: SCCP sessions through the ephone registry (issue 17): the input is a script of
// operations on two TCP peers, so that registration, the requests of a registered phone,
// keepalive loss, reconnection, auto-registration and a second connection of the same phone
// are all reachable:
//   op & 3 == 0: the next byte is a length n, then n bytes arrive from peer (op >> 2) & 1;
//   op & 3 == 1: peer (op >> 2) & 1 connects;   op & 3 == 2: it disconnects;
//   op & 3 == 3: the next byte is a number of seconds the manual clock advances.
// Nothing the peers send may crash the process, assert, leak, or leave a session behind. The
// first byte's top bit also turns every `debug ephone` condition on (its texts are formatted).
#include <cstddef>
#include <cstdint>
#include <memory>

#include "runtime/sccp/registry/ephone_registry.hpp"
#include "tests/support/loopback_transport.hpp"
#include "tests/support/manual_timer_service.hpp"

namespace {

using namespace cme;

class Host final : public runtime::ServiceHost {
 public:
  std::shared_ptr<const model::Config> running() const override { return config; }
  void log(std::string_view) override {}
  bool debugging(std::string_view, std::string_view) const override { return debug; }
  void commit(std::shared_ptr<const model::Config> next) override { config = std::move(next); }
  std::chrono::system_clock::time_point local_time(
      std::chrono::system_clock::time_point utc) const override {
    return utc;
  }
  std::shared_ptr<const model::Config> config;
  bool debug = false;  ///< every `debug ephone` condition on (the input's first bit)
};

/// Two configured phones (MACs 0000.0000.0001 and ...02) with lines and a speed-dial, room for
/// two auto-registered ones.
std::shared_ptr<const model::Config> office() {
  model::Config c;
  auto& ts = c.cme.telephony_service.emplace();
  ts.max_ephones = 4;
  ts.options.set({1, "auto assign 1", "auto assign 1 to 3"});
  for (unsigned tag = 1; tag <= 3; ++tag) {
    model::EphoneDn dn;
    dn.tag = tag;
    dn.number = model::DnNumber{std::to_string(1000 + tag), {}, {}};
    c.cme.ephone_dns[tag] = dn;
  }
  for (unsigned tag = 1; tag <= 2; ++tag) {
    model::Ephone e;
    e.tag = tag;
    e.mac_address = model::MacAddress{{0, 0, 0, 0, 0, static_cast<std::uint8_t>(tag)}};
    e.button = {model::Button{1, ':', {tag}}, model::Button{2, 'o', {1, 2}}};
    e.speed_dial = {model::SpeedDial{1, "5000", "\"Desk\"", false}};
    e.blf_speed_dial = {model::BlfSpeedDial{1, "1003", "\"Three\"", false}};
    c.cme.ephones[tag] = e;
  }
  return std::make_shared<const model::Config>(std::move(c));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Host host;
  host.config = office();
  host.debug = size > 0 && (data[0] & 0x80) != 0;
  test::LoopbackTransport transport("127.0.0.1", 2000);
  test::ManualClock clock;
  test::ManualTimerService timers(clock);
  runtime::sccp::EphoneRegistry registry(transport, host, clock, timers);
  const runtime::net::Endpoint peers[2] = {{"10.0.0.1", 5001, runtime::net::Protocol::Tcp},
                                           {"10.0.0.2", 5002, runtime::net::Protocol::Tcp}};
  std::size_t i = 0;
  while (i < size) {
    const std::uint8_t op = data[i++];
    const auto& peer = peers[(op >> 2) & 1];
    switch (op & 3) {
      case 0: {
        const std::size_t n = i < size ? data[i++] : 0;
        const std::size_t take = n < size - i ? n : size - i;
        transport.inject(peer, std::string_view(reinterpret_cast<const char*>(data + i), take));
        i += take;
        break;
      }
      case 1:
        transport.open(peer);
        break;
      case 2:
        transport.drop(peer);
        break;
      default:
        timers.advance(std::chrono::seconds(i < size ? data[i++] : 1));
        break;
    }
    transport.take();  // what was sent is not kept
  }
  registry.close_all();
  timers.run_due();
  if (registry.connections() != 0) {
    __builtin_trap();  // close_all() must end every session
  }
  return 0;
}
