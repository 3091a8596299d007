// Mid-call signalling: re-INVITE and UPDATE relayed with `midcall-signaling passthru` (seed
// 004) or answered locally without it, and RFC 4028 session timers (422, negotiation, refresh,
// BYE on both legs at expiry).

#include <catch2/catch.hpp>
#include <chrono>

#include "runtime/sip/call/session_expires.hpp"
#include "tests/runtime/sip/call_bench.hpp"

using cme::runtime::sip::Message;
using cme::runtime::sip::Method;
using cme::test::CallBench;
using cme::test::methods;
using cme::test::sdp_for;
using cme::test::statuses;
using Strings = std::vector<std::string>;
using Codes = std::vector<unsigned>;
using namespace std::chrono_literals;

namespace {

std::string header(const Message& m, const char* name) {
  return std::string(m.header(name).value_or(""));
}

struct Connected {
  Message ok;   ///< our 2xx to Alice
  Message out;  ///< the INVITE Bob got
};

/// A call Alice -> Bob, answered and ACKed; `tweak` edits Alice's INVITE, `bob_ok` Bob's 200.
template <class Tweak, class BobOk>
Connected connect(CallBench& b, Tweak tweak, BobOk bob_ok) {
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  Message invite = b.invite(b.alice, "3002");
  tweak(invite);
  b.receive(invite, b.alice);
  REQUIRE(statuses(b.inbox(b.alice)) == Codes{100});
  const Message out = b.inbox(b.bob).at(0);
  Message ok = CallBench::answer(b.bob, out, 200, sdp_for("10.0.0.12", 30000));
  bob_ok(ok);
  b.receive(ok, b.bob);
  const auto to_alice = b.inbox(b.alice);
  REQUIRE(statuses(to_alice) == Codes{200});
  b.receive(b.ack(b.alice, to_alice[0]), b.alice);
  REQUIRE(methods(b.inbox(b.bob)) == Strings{"ACK"});
  return Connected{to_alice[0], out};
}

Connected connect(CallBench& b) {
  return connect(
      b, [](Message&) {}, [](Message&) {});
}

void with_timer(Message& m, const char* session_expires) {
  m.add("Supported", "timer");
  m.add("Session-Expires", session_expires);
}

}  // namespace

TEST_CASE("call midcall: passthru relays a re-INVITE end to end", "[runtime][sip][call]") {
  CallBench b{true};
  const Connected c = connect(b);
  SECTION("from the caller") {
    Message reinvite = b.in_dialog(b.alice, Method::Invite, c.ok);
    CallBench::with_sdp(reinvite, sdp_for("10.0.0.11", 20002, 2));
    b.receive(reinvite, b.alice);
    const auto to_bob = b.inbox(b.bob);
    REQUIRE(methods(to_bob) == Strings{"INVITE"});
    CHECK(header(to_bob[0], "Call-ID") == header(c.out, "Call-ID"));
    CHECK(header(to_bob[0], "CSeq") == "2 INVITE");
    CHECK(to_bob[0].body == reinvite.body);
    const std::string answer = sdp_for("10.0.0.12", 30002, 2);
    b.receive(CallBench::answer(b.bob, to_bob[0], 200, answer), b.bob);
    const auto to_alice = b.inbox(b.alice);
    REQUIRE(statuses(to_alice) == Codes{200});
    CHECK(to_alice[0].body == answer);
    CHECK(header(to_alice[0], "CSeq") == header(reinvite, "CSeq"));
    b.receive(b.ack(b.alice, to_alice[0]), b.alice);
    const auto acks = b.inbox(b.bob);
    REQUIRE(methods(acks) == Strings{"ACK"});
    CHECK(header(acks[0], "CSeq") == "2 ACK");
  }
  SECTION("from the callee") {
    Message reinvite = b.in_dialog(b.bob, Method::Invite, c.out);
    CallBench::with_sdp(reinvite, sdp_for("10.0.0.12", 30000, 2));
    b.receive(reinvite, b.bob);
    const auto to_alice = b.inbox(b.alice);
    REQUIRE(methods(to_alice) == Strings{"INVITE"});
    CHECK(header(to_alice[0], "Call-ID") == "call-a");
    CHECK(header(to_alice[0], "CSeq") == "1 INVITE");
    CHECK(to_alice[0].request_uri == "sip:3001@10.0.0.11:5060");
    b.receive(CallBench::answer(b.alice, to_alice[0], 200, sdp_for("10.0.0.11", 20000, 2)),
              b.alice);
    const auto to_bob = b.inbox(b.bob);
    REQUIRE(statuses(to_bob) == Codes{200});
    b.receive(b.ack(b.bob, to_bob[0]), b.bob);
    CHECK(methods(b.inbox(b.alice)) == Strings{"ACK"});
  }
}

TEST_CASE("call midcall: passthru relays UPDATE", "[runtime][sip][call]") {
  CallBench b{true};
  const Connected c = connect(b);
  b.receive(b.in_dialog(b.alice, Method::Update, c.ok), b.alice);
  const auto to_bob = b.inbox(b.bob);
  REQUIRE(methods(to_bob) == Strings{"UPDATE"});
  b.receive(CallBench::answer(b.bob, to_bob[0], 200), b.bob);
  CHECK(statuses(b.inbox(b.alice)) == Codes{200});
}

TEST_CASE("call midcall: without passthru re-INVITE and UPDATE are answered here",
          "[runtime][sip][call]") {
  CallBench b{false};
  const Connected c = connect(b);
  Message reinvite = b.in_dialog(b.alice, Method::Invite, c.ok);
  CallBench::with_sdp(reinvite, sdp_for("10.0.0.11", 20000, 1));
  b.receive(reinvite, b.alice);
  auto to_alice = b.inbox(b.alice);
  REQUIRE(statuses(to_alice) == Codes{200});
  CHECK(to_alice[0].body == c.ok.body);  // the session as Bob set it up, unchanged
  b.receive(b.ack(b.alice, to_alice[0]), b.alice);
  b.receive(b.in_dialog(b.bob, Method::Update, c.out), b.bob);
  const auto to_bob = b.inbox(b.bob);
  REQUIRE(statuses(to_bob) == Codes{200});
  CHECK(to_bob[0].body.empty());
  CHECK(b.inbox(b.alice).empty());
}

TEST_CASE("call session timer: a Session-Expires below Min-SE gets 422", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  Message invite = b.invite(b.alice, "3002");
  with_timer(invite, "60");
  b.receive(invite, b.alice);
  const auto to_alice = b.inbox(b.alice);
  REQUIRE(statuses(to_alice) == Codes{422});
  CHECK(header(to_alice[0], "Min-SE") == "90");
  CHECK(b.inbox(b.bob).empty());
}

TEST_CASE("call session timer: negotiated, relayed, and BYE on both legs when not refreshed",
          "[runtime][sip][call]") {
  CallBench b{true};
  SECTION("the callee does not do timers: we answer as the caller's UAS") {
    const Connected c = connect(
        b, [](Message& m) { with_timer(m, "120"); }, [](Message&) {});
    CHECK(header(c.out, "Session-Expires") == "120");
    CHECK(header(c.out, "Min-SE") == "90");
    CHECK(header(c.out, "Supported") == "timer");
    CHECK(header(c.ok, "Session-Expires") == "120;refresher=uac");
    CHECK(header(c.ok, "Require") == "timer");
    REQUIRE(b.service.calls().snapshot().at(0).session_expires == 120s);

    SECTION("no refresh: BYE both at 120 - 32 s") {
      b.timers.advance(87s);
      CHECK(b.inbox(b.alice).empty());
      b.timers.advance(1s);
      CHECK(methods(b.inbox(b.alice)) == Strings{"BYE"});
      CHECK(methods(b.inbox(b.bob)) == Strings{"BYE"});
      CHECK(b.service.calls().counters().session_expired == 1);
      CHECK(b.service.calls().size() == 0);
    }
    SECTION("a refresh re-INVITE at 60 s restarts the interval") {
      b.timers.advance(60s);
      Message refresh = b.in_dialog(b.alice, Method::Invite, c.ok);
      with_timer(refresh, "120;refresher=uac");
      CallBench::with_sdp(refresh, sdp_for("10.0.0.11", 20000, 1));
      b.receive(refresh, b.alice);
      const auto to_bob = b.inbox(b.bob);
      REQUIRE(methods(to_bob) == Strings{"INVITE"});
      CHECK(header(to_bob[0], "Session-Expires") == "120;refresher=uac");
      b.receive(CallBench::answer(b.bob, to_bob[0], 200, sdp_for("10.0.0.12", 30000)), b.bob);
      const auto to_alice = b.inbox(b.alice);
      REQUIRE(statuses(to_alice) == Codes{200});
      CHECK(header(to_alice[0], "Session-Expires") == "120;refresher=uac");
      b.receive(b.ack(b.alice, to_alice[0]), b.alice);
      b.inbox(b.bob);
      b.timers.advance(87s);
      CHECK(b.inbox(b.alice).empty());
      CHECK(b.inbox(b.bob).empty());
      b.timers.advance(1s);
      CHECK(methods(b.inbox(b.bob)) == Strings{"BYE"});
    }
    SECTION("a refresh UPDATE too, and one below Min-SE gets 422") {
      b.timers.advance(80s);
      Message small = b.in_dialog(b.alice, Method::Update, c.ok);
      with_timer(small, "30");
      b.receive(small, b.alice);
      CHECK(statuses(b.inbox(b.alice)) == Codes{422});
      Message refresh = b.in_dialog(b.alice, Method::Update, c.ok);
      with_timer(refresh, "120;refresher=uac");
      b.receive(refresh, b.alice);
      b.receive(CallBench::answer(b.bob, b.inbox(b.bob).at(0), 200), b.bob);
      CHECK(statuses(b.inbox(b.alice)) == Codes{200});
      b.timers.advance(87s);
      CHECK(b.inbox(b.bob).empty());
    }
  }
  SECTION("the callee chose: its Session-Expires is relayed as it is") {
    const Connected c = connect(
        b, [](Message& m) { with_timer(m, "1800"); },
        [](Message& ok) { ok.add("Session-Expires", "900;refresher=uas"); });
    CHECK(header(c.ok, "Session-Expires") == "900;refresher=uas");
    CHECK_FALSE(c.ok.header("Require"));
    b.timers.advance(899s - 32s);
    CHECK(b.inbox(b.alice).empty());
    b.timers.advance(1s);
    CHECK(methods(b.inbox(b.alice)) == Strings{"BYE"});
  }
}

TEST_CASE("call session expires: header parsing and the UAS answer", "[runtime][sip][call]") {
  using cme::runtime::sip::Refresher;
  using cme::runtime::sip::SessionExpires;
  Message m;
  m.add("Session-Expires", "1800 ; refresher = UAS ; x=y");
  CHECK(cme::runtime::sip::session_expires(m) == SessionExpires{1800s, Refresher::Uas});
  m.set("Session-Expires", "abc");
  CHECK_FALSE(cme::runtime::sip::session_expires(m));
  m.set("Session-Expires", "0");
  CHECK_FALSE(cme::runtime::sip::session_expires(m));
  m.set("Session-Expires", "100");
  CHECK(cme::runtime::sip::uas_answer(m) == SessionExpires{100s, Refresher::Uas});
  CHECK(cme::runtime::sip::too_small(m, 90s) == std::nullopt);
  m.add("Min-SE", "120");
  CHECK(cme::runtime::sip::too_small(m, 90s) == 120s);
  m.add("Supported", "timer");
  CHECK(cme::runtime::sip::uas_answer(m) == SessionExpires{100s, Refresher::Uac});
  CHECK(cme::runtime::sip::expiry_delay(1800s) == 1768s);
  CHECK(cme::runtime::sip::expiry_delay(90s) == 60s);
  CHECK(cme::runtime::sip::to_string(SessionExpires{90s, Refresher::Uac}) == "90;refresher=uac");
}

TEST_CASE("call session timer: we refresh a leg whose refresher is our side",
          "[runtime][sip][call]") {
  SECTION("the caller cannot refresh (no Supported: timer): UPDATE to it at half the interval") {
    CallBench b{true};
    const Connected c = connect(
        b, [](Message& m) { m.add("Session-Expires", "120"); }, [](Message&) {});
    CHECK(header(c.ok, "Session-Expires") == "120;refresher=uas");
    b.timers.advance(59s);
    CHECK(b.inbox(b.alice).empty());
    b.timers.advance(1s);
    const auto to_alice = b.inbox(b.alice);
    REQUIRE(methods(to_alice) == Strings{"UPDATE"});
    CHECK(header(to_alice[0], "Session-Expires") == "120;refresher=uas");
    CHECK(header(to_alice[0], "Call-ID") == "call-a");
    CHECK(to_alice[0].body.empty());
    b.receive(CallBench::answer(b.alice, to_alice[0], 200), b.alice);
    b.timers.advance(60s);  // 120 s: past the first expiry (88 s); the refresh held it
    CHECK(methods(b.inbox(b.alice)) == Strings{"UPDATE"});  // and the next one is due
    CHECK(b.inbox(b.bob).empty());
  }
  SECTION("without passthru the callee's leg is ours to refresh when it says uac") {
    CallBench b{false};
    const Connected c = connect(
        b, [](Message& m) { with_timer(m, "120"); },
        [](Message& ok) {
          ok.add("Session-Expires", "120;refresher=uac");
          ok.add("Require", "timer");
        });
    CHECK(header(c.ok, "Session-Expires") == "120;refresher=uac");  // Alice refreshes hers
    b.timers.advance(60s);
    const auto to_bob = b.inbox(b.bob);
    REQUIRE(methods(to_bob) == Strings{"UPDATE"});
    CHECK(header(to_bob[0], "Session-Expires") == "120;refresher=uac");
    b.receive(CallBench::answer(b.bob, to_bob[0], 200), b.bob);
    // Alice refreshes her leg (answered here, not relayed).
    Message refresh = b.in_dialog(b.alice, Method::Update, c.ok);
    with_timer(refresh, "120;refresher=uac");
    b.receive(refresh, b.alice);
    CHECK(statuses(b.inbox(b.alice)) == Codes{200});
    b.timers.advance(27s);  // 87 s: Bob's leg refreshed at 60 s, Alice's at 60 s
    CHECK(b.inbox(b.alice).empty());
    CHECK(b.inbox(b.bob).empty());
  }
  SECTION("a refresh refused with 481 ends the call") {
    CallBench b{true};
    connect(
        b, [](Message& m) { m.add("Session-Expires", "120"); }, [](Message&) {});
    b.timers.advance(60s);
    const auto to_alice = b.inbox(b.alice);
    REQUIRE(methods(to_alice) == Strings{"UPDATE"});
    b.receive(CallBench::answer(b.alice, to_alice[0], 481), b.alice);
    CHECK(methods(b.inbox(b.alice)) == Strings{"BYE"});
    CHECK(methods(b.inbox(b.bob)) == Strings{"BYE"});
  }
}
