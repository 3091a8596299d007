// Fuzz target: a SIP TCP stream through SipTransport's framing (StreamFramer: Content-Length,
// CRLF keep-alives, limits) in chunks whose size the input's length chooses, with the time limits
// running on a manual clock.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "runtime/sip/transport/sip_transport.hpp"
#include "tests/support/loopback_transport.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/manual_timer_service.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1 || size > 256 * 1024) {
    return 0;
  }
  cme::test::ManualClock clock;
  cme::test::ManualTimerService timers{clock};
  cme::test::LoopbackTransport net;
  cme::runtime::sip::SipTcpLimits limits;
  limits.max_buffered_bytes = 128 * 1024;
  cme::runtime::sip::SipTransport sip(net, clock, timers, limits);
  std::size_t messages = 0;
  sip.set_handler([&](cme::runtime::sip::Message&&, const cme::runtime::net::Endpoint&) {
    ++messages;
  });
  const cme::runtime::net::Endpoint peer{"10.0.0.5", 40000, cme::runtime::net::Protocol::Tcp};
  net.open(peer);
  const std::size_t chunk = 1 + size % 61;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  while (!rest.empty()) {
    const auto n = std::min(chunk, rest.size());
    net.inject(peer, rest.substr(0, n));
    rest.remove_prefix(n);
    timers.advance(std::chrono::seconds(1));
  }
  return 0;
}
