// Fuzz target: SIP datagrams from the network into the whole SIP service: SipTransport (parse,
// Via stamping, 400s), the transaction layer, the registrar (pools by id ip and by username with
// digest authentication) and the B2BUA. The input is up to 4 datagrams separated by the 4-byte
// marker "\n#\n#"; each comes from one of three sources (its length picks it), and the
// manual clock runs 40 s after them so that retransmission and expiry timers fire too.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "runtime/sip/sip_service.hpp"
#include "runtime/sip/transport/sip_transport.hpp"
#include "tests/runtime/sip/call_bench_config.hpp"
#include "tests/support/loopback_transport.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/manual_timer_service.hpp"
#include "tests/support/seeded_random.hpp"

namespace {

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;

/// The call tests' configuration, with pool 2 authenticating as u2/p2.
std::shared_ptr<const cme::model::Config> fuzz_config() {
  static const auto config = [] {
    auto c = std::make_shared<cme::model::Config>(*cme::test::call_config(true));
    c->cme.voice_register_pools[2].username = cme::model::Credential{"u2", std::nullopt, "p2"};
    return std::shared_ptr<const cme::model::Config>(c);
  }();
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16 * 1024) {
    return 0;
  }
  cme::test::ManualClock clock;
  cme::test::ManualTimerService timers{clock};
  cme::test::SeededRandom random{7};
  cme::test::LoopbackTransport net("10.0.0.1", 5060);
  cme::runtime::sip::SipTransport sip(net, clock, timers);
  cme::runtime::sip::SipService service(clock, timers, random, sip,
                                        cme::runtime::sip::SentBy{"10.0.0.1", 5060, 5060});
  service.configure(fuzz_config());
  sip.set_handler([&](cme::runtime::sip::Message&& m, const Endpoint& from) {
    service.receive(std::move(m), from);
  });
  const Endpoint sources[] = {{"10.0.0.11", 5060, Protocol::Udp},
                              {"10.0.0.12", 5060, Protocol::Udp},
                              {"10.0.0.50", 5070, Protocol::Udp}};
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  for (int i = 0; i < 4 && !rest.empty(); ++i) {
    const auto cut = rest.find("\n#\n#");
    std::string_view datagram = rest.substr(0, cut);
    rest.remove_prefix(cut == std::string_view::npos ? rest.size() : cut + 4);
    if (datagram.empty()) {
      continue;
    }
    net.inject(sources[datagram.size() % 3], datagram);
    timers.advance(std::chrono::milliseconds(500));
  }
  timers.advance(std::chrono::seconds(40));
  return 0;
}
