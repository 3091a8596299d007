// Ring timeouts: a callee that rings and never answers (issue 15 item 6). telephony-service
// `timeouts ringing` bounds a call to a dn's phone, sip-ua `timers expires` one to a SIP
// dial-peer; both on the manual clock.

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>

#include "tests/runtime/sip/call_bench.hpp"

using cme::runtime::sip::Message;
using cme::test::CallBench;
using cme::test::methods;
using cme::test::statuses;
using Strings = std::vector<std::string>;
using Codes = std::vector<unsigned>;
using namespace std::chrono_literals;

namespace {

/// The call tests' configuration with `timeouts ringing` and `timers expires` when given.
std::shared_ptr<const cme::model::Config> timed_config(const std::string& ringing,
                                                       const std::string& expires) {
  auto c = std::make_shared<cme::model::Config>(*cme::test::call_config(false));
  if (!ringing.empty()) {
    c->cme.telephony_service.emplace();
    c->cme.telephony_service->options.set({1, "timeouts ringing", "timeouts ringing " + ringing});
  }
  if (!expires.empty()) {
    c->cme.sip_ua.emplace();
    c->cme.sip_ua->options.set({1, "timers expires", "timers expires " + expires});
  }
  return c;
}

}  // namespace

TEST_CASE("call timeout: a dn's phone that only rings", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  b.receive(b.invite(b.alice, "3002"), b.alice);
  const Message to_bob = b.inbox(b.bob).at(0);
  b.receive(CallBench::answer(b.bob, to_bob, 180), b.bob);
  CHECK(statuses(b.inbox(b.alice)) == Codes{100, 180});

  SECTION("default: 180 s (timeouts ringing), then 480 to the caller and CANCEL to the phone") {
    b.timers.advance(179s);
    CHECK(b.inbox(b.alice).empty());
    CHECK(b.service.calls().busy(2));
    b.timers.advance(1s);
    CHECK(statuses(b.inbox(b.alice)) == Codes{480});
    const auto to_callee = b.inbox(b.bob);
    REQUIRE(methods(to_callee) == Strings{"CANCEL"});
    CHECK_FALSE(b.service.calls().busy(2));  // others may call the dn again at once
    b.receive(CallBench::answer(b.bob, to_callee[0], 200), b.bob);
    b.receive(CallBench::answer(b.bob, to_bob, 487), b.bob);
    CHECK(methods(b.inbox(b.bob)) == Strings{"ACK"});
    b.timers.advance(32s);  // Timer D: the INVITE transaction absorbs 487 retransmissions
    CHECK(b.service.calls().size() == 0);
    CHECK(b.service.calls().counters().ring_timeouts == 1);
  }
  SECTION("a phone that ignores the CANCEL too: the call leaves the table within 64*T1") {
    b.timers.advance(180s);
    CHECK(statuses(b.inbox(b.alice)) == Codes{480});
    CHECK(methods(b.inbox(b.bob)) == Strings{"CANCEL"});
    b.timers.advance(32s);
    CHECK(b.service.calls().size() == 0);
  }
  SECTION("an answer before the timer keeps the call") {
    b.timers.advance(100s);
    b.receive(CallBench::answer(b.bob, to_bob, 200, cme::test::sdp_for("10.0.0.12", 30000)), b.bob);
    const auto ok = b.inbox(b.alice);
    REQUIRE(statuses(ok) == Codes{200});
    b.receive(b.ack(b.alice, ok[0]), b.alice);
    b.timers.advance(200s);
    CHECK(b.inbox(b.alice).empty());
    CHECK(b.service.calls().snapshot().size() == 1);
    CHECK(b.service.calls().counters().ring_timeouts == 0);
  }
}

TEST_CASE("call timeout: timeouts ringing and timers expires are followed",
          "[runtime][sip][call]") {
  CallBench b;
  b.service.configure(timed_config("30", "60000"));
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  SECTION("a dn: timeouts ringing 30") {
    b.receive(b.invite(b.alice, "3002"), b.alice);
    b.receive(CallBench::answer(b.bob, b.inbox(b.bob).at(0), 183), b.bob);
    b.timers.advance(29s);
    CHECK(statuses(b.inbox(b.alice)) == Codes{100, 183});
    b.timers.advance(1s);
    CHECK(statuses(b.inbox(b.alice)) == Codes{480});
  }
  SECTION("a dial-peer: timers expires 60000 (ms), not timeouts ringing") {
    b.receive(b.invite(b.alice, "95551234"), b.alice);
    b.receive(CallBench::answer(b.trunk, b.inbox(b.trunk).at(0), 180), b.trunk);
    b.timers.advance(30s);
    CHECK(statuses(b.inbox(b.alice)) == Codes{100, 180});
    b.timers.advance(30s);
    CHECK(statuses(b.inbox(b.alice)) == Codes{480});
    CHECK(methods(b.inbox(b.trunk)) == Strings{"CANCEL"});
  }
  SECTION("a callee that sent only 100 Trying: 408 (nobody was alerted)") {
    b.receive(b.invite(b.alice, "95551234"), b.alice);
    b.receive(CallBench::answer(b.trunk, b.inbox(b.trunk).at(0), 100), b.trunk);
    b.timers.advance(60s);
    CHECK(statuses(b.inbox(b.alice)) == Codes{100, 408});
  }
}

TEST_CASE("call timeout: a dial-peer that only rings does not hold call slots",
          "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  for (int n = 0; n < 50; ++n) {
    b.receive(b.invite(b.alice, "95551234", "ring-" + std::to_string(n)), b.alice);
  }
  for (const Message& invite : b.inbox(b.trunk)) {
    b.receive(CallBench::answer(b.trunk, invite, 180), b.trunk);
  }
  CHECK(b.service.calls().size() == 50);
  b.timers.advance(180s);  // sip-ua timers expires default: 180000 ms
  b.timers.advance(32s);   // the CANCELled INVITEs end, answered or not
  CHECK(b.service.calls().size() == 0);
  CHECK(b.service.calls().counters().ring_timeouts == 50);
}
