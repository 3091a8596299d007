// Calls through the B2BUA, I/O-free (SipService on the manual clock): set-up, SDP relay, ACK
// end to end, BYE from either side, 2xx retransmission, routing failures and busy.

#include <catch2/catch.hpp>
#include <chrono>

#include "tests/runtime/sip/call_bench.hpp"

using cme::runtime::sip::CallState;
using cme::runtime::sip::Message;
using cme::runtime::sip::Method;
using cme::runtime::sip::parse_name_addr;
using cme::runtime::sip::parse_uri;
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

std::string tag_of(const Message& m, const char* name) {
  const auto parsed = parse_name_addr(m.header(name).value_or(""));
  REQUIRE(parsed);
  return std::string(cme::runtime::sip::param(parsed->params, "tag").value_or(""));
}

struct Placed {
  Message out;  ///< the INVITE Bob got
  Message ok;   ///< our 2xx to Alice
  std::string our_tag;
};

/// Alice's INVITE: 100 Trying at once, and an INVITE to Bob's Contact with Alice's SDP.
Message place(CallBench& b) {
  const Message invite = b.invite(b.alice, "3002");
  b.receive(invite, b.alice);
  REQUIRE(statuses(b.inbox(b.alice)) == Codes{100});
  const auto to_bob = b.inbox(b.bob);
  REQUIRE(methods(to_bob) == Strings{"INVITE"});
  const Message& out = to_bob[0];
  CHECK(out.request_uri == "sip:3002@10.0.0.12:5060");
  CHECK(header(out, "Call-ID") != "call-a");
  CHECK(out.body == invite.body);
  CHECK(header(out, "Content-Type") == "application/sdp");
  CHECK(header(out, "Contact") == "<sip:3001@10.0.0.1:5060>");
  CHECK(parse_name_addr(header(out, "From"))->uri.user == "3001");
  CHECK(header(out, "Max-Forwards") == "69");
  CHECK(tag_of(out, "To").empty());
  REQUIRE(b.service.calls().snapshot().size() == 1);
  CHECK(b.service.calls().snapshot()[0].state == CallState::Proceeding);
  return out;
}

/// Bob's 180 and 200 with SDP are relayed to Alice under our tag and Contact.
Placed answer(CallBench& b, const Message& out) {
  b.receive(CallBench::answer(b.bob, out, 180), b.bob);
  auto to_alice = b.inbox(b.alice);
  REQUIRE(statuses(to_alice) == Codes{180});
  Placed p{out, {}, tag_of(to_alice[0], "To")};
  CHECK_FALSE(p.our_tag.empty());
  CHECK(header(to_alice[0], "Contact") == "<sip:3002@10.0.0.1:5060>");
  CHECK(b.service.calls().snapshot()[0].state == CallState::Alerting);

  const std::string bob_sdp = sdp_for("10.0.0.12", 30000);
  b.receive(CallBench::answer(b.bob, out, 200, bob_sdp), b.bob);
  to_alice = b.inbox(b.alice);
  REQUIRE(statuses(to_alice) == Codes{200});
  p.ok = to_alice[0];
  CHECK(p.ok.body == bob_sdp);
  CHECK(tag_of(p.ok, "To") == p.our_tag);
  CHECK(header(p.ok, "Call-ID") == "call-a");
  CHECK(b.inbox(b.bob).empty());  // Bob's ACK waits for Alice's
  CHECK(b.service.calls().snapshot()[0].state == CallState::Answered);
  return p;
}

/// Alice's ACK goes on to Bob as the ACK of his 2xx; the call is active.
void acknowledge(CallBench& b, const Placed& p) {
  b.receive(b.ack(b.alice, p.ok), b.alice);
  const auto to_bob = b.inbox(b.bob);
  REQUIRE(methods(to_bob) == Strings{"ACK"});
  CHECK(header(to_bob[0], "CSeq") == "1 ACK");
  CHECK(header(to_bob[0], "Call-ID") == header(p.out, "Call-ID"));
  CHECK(tag_of(to_bob[0], "To") == "3002-tag");
  CHECK(to_bob[0].request_uri == "sip:3002@10.0.0.12:5060");
  const auto snap = b.service.calls().snapshot();
  REQUIRE(snap.size() == 1);
  CHECK(snap[0].state == CallState::Active);
  CHECK(snap[0].calling == "3001");
  CHECK(snap[0].called == "3002");
  CHECK(snap[0].a_call_id == "call-a");
  CHECK(snap[0].b_call_id == header(p.out, "Call-ID"));
  CHECK_FALSE(snap[0].to_dial_peer);
  CHECK(snap[0].target == 2);
}

}  // namespace

TEST_CASE("call: a basic call between two registered phones", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  const Placed p = answer(b, place(b));
  acknowledge(b, p);

  SECTION("Alice hangs up") {
    b.receive(b.in_dialog(b.alice, Method::Bye, p.ok), b.alice);
    CHECK(statuses(b.inbox(b.alice)) == Codes{200});
    const auto to_bob = b.inbox(b.bob);
    REQUIRE(methods(to_bob) == Strings{"BYE"});
    CHECK(header(to_bob[0], "CSeq") == "2 BYE");
    b.receive(CallBench::answer(b.bob, to_bob[0], 200), b.bob);
  }
  SECTION("Bob hangs up") {
    b.receive(b.in_dialog(b.bob, Method::Bye, p.out), b.bob);
    CHECK(statuses(b.inbox(b.bob)) == Codes{200});
    const auto to_alice = b.inbox(b.alice);
    REQUIRE(methods(to_alice) == Strings{"BYE"});
    CHECK(tag_of(to_alice[0], "From") == p.our_tag);
    CHECK(to_alice[0].request_uri == "sip:3001@10.0.0.11:5060");
    b.receive(CallBench::answer(b.alice, to_alice[0], 200), b.alice);
  }
  CHECK(b.service.calls().snapshot().empty());
  // The call leaves the table at once: it no longer counts towards kMaxCalls while Bob's INVITE
  // transaction waits out Timer M ...
  CHECK(b.service.calls().size() == 0);
  CHECK(b.service.calls().counters().answered == 1);
  // ... and a 2xx retransmitted meanwhile (our ACK was lost) still gets our ACK.
  b.receive(CallBench::answer(b.bob, p.out, 200, sdp_for("10.0.0.12", 30000)), b.bob);
  const auto again = b.inbox(b.bob);
  REQUIRE(methods(again) == Strings{"ACK"});
  CHECK(header(again[0], "CSeq") == "1 ACK");
  b.timers.advance(40s);  // Timer M: the transaction ends and releases the call
  b.receive(CallBench::answer(b.bob, p.out, 200, sdp_for("10.0.0.12", 30000)), b.bob);
  CHECK(b.inbox(b.bob).empty());  // a stray 2xx now: nothing knows it
  CHECK(b.service.calls().size() == 0);
}

TEST_CASE("call: our 2xx is resent until the ACK; without one both legs get BYE",
          "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  b.receive(b.invite(b.alice, "3002"), b.alice);
  b.inbox(b.alice);
  const Message out = b.inbox(b.bob).at(0);
  b.receive(CallBench::answer(b.bob, out, 200, sdp_for("10.0.0.12", 30000)), b.bob);
  const auto first = b.inbox(b.alice);
  REQUIRE(statuses(first) == Codes{200});
  const Message ok = first[0];

  b.timers.advance(500ms);  // T1
  CHECK(statuses(b.inbox(b.alice)) == Codes{200});
  b.timers.advance(1000ms);  // 2*T1
  CHECK(statuses(b.inbox(b.alice)) == Codes{200});
  SECTION("the ACK stops it") {
    b.receive(b.ack(b.alice, ok), b.alice);
    CHECK(methods(b.inbox(b.bob)) == Strings{"ACK"});
    b.timers.advance(10s);
    CHECK(b.inbox(b.alice).empty());
    CHECK(b.service.calls().snapshot().size() == 1);
  }
  SECTION("no ACK: BYE to both after 64*T1") {
    b.timers.advance(31s);
    const auto to_alice = b.inbox(b.alice);
    CHECK(methods(to_alice).back() == "BYE");
    const auto to_bob = methods(b.inbox(b.bob));  // the BYE is resent (no answer here)
    REQUIRE(to_bob.size() >= 2);
    CHECK(Strings(to_bob.begin(), to_bob.begin() + 2) == Strings{"ACK", "BYE"});
    CHECK(b.service.calls().snapshot().empty());
  }
}

TEST_CASE("call: late offer, the SDP answer rides on the ACK end to end", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  Message invite = b.invite(b.alice, "3002");
  invite.body.clear();
  invite.remove("Content-Type");
  b.receive(invite, b.alice);
  b.inbox(b.alice);
  const Message out = b.inbox(b.bob).at(0);
  CHECK(out.body.empty());
  const std::string offer = sdp_for("10.0.0.12", 30000);
  b.receive(CallBench::answer(b.bob, out, 200, offer), b.bob);
  const Message ok = b.inbox(b.alice).at(0);
  CHECK(ok.body == offer);
  Message ack = b.ack(b.alice, ok);
  CallBench::with_sdp(ack, sdp_for("10.0.0.11", 20000));
  b.receive(ack, b.alice);
  const auto to_bob = b.inbox(b.bob);
  REQUIRE(methods(to_bob) == Strings{"ACK"});
  CHECK(to_bob[0].body == ack.body);
  CHECK(header(to_bob[0], "Content-Type") == "application/sdp");
}

TEST_CASE("call: the callee's 2xx again gets our ACK again, not before the caller's",
          "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  b.receive(b.invite(b.alice, "3002"), b.alice);
  b.inbox(b.alice);
  const Message out = b.inbox(b.bob).at(0);
  const Message bob_ok = CallBench::answer(b.bob, out, 200, sdp_for("10.0.0.12", 30000));
  b.receive(bob_ok, b.bob);
  const Message ok = b.inbox(b.alice).at(0);
  b.receive(bob_ok, b.bob);  // retransmitted before Alice's ACK: still nothing for Bob
  CHECK(b.inbox(b.bob).empty());
  CHECK(b.inbox(b.alice).empty());  // and no extra 2xx to Alice (her own timer resends it)
  b.receive(b.ack(b.alice, ok), b.alice);
  CHECK(methods(b.inbox(b.bob)) == Strings{"ACK"});
  b.receive(bob_ok, b.bob);  // our ACK was lost
  CHECK(methods(b.inbox(b.bob)) == Strings{"ACK"});
}
