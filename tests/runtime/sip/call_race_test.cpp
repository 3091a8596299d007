// Calls under racing messages, each race in both orders: CANCEL against the callee's 2xx, the
// caller's ACK against the callee's BYE, crossing BYEs, crossing re-INVITEs (glare), and a BYE
// against a relayed re-INVITE.

#include <catch2/catch.hpp>
#include <chrono>

#include "tests/runtime/sip/call_bench.hpp"

using cme::runtime::sip::CallState;
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

/// Alice's CANCEL for `invite` (same branch, RFC 3261 §9.1).
Message cancel_for(const Message& invite) {
  Message m;
  m.request = true;
  m.method_id = Method::Cancel;
  m.method = "CANCEL";
  m.request_uri = invite.request_uri;
  for (const char* name : {"Via", "Max-Forwards", "From", "To", "Call-ID"}) {
    m.add(name, std::string(invite.header(name).value_or("")));
  }
  const auto cseq = cme::runtime::sip::parse_cseq(invite.header("CSeq").value_or(""));
  m.add("CSeq", std::to_string(cseq->number) + " CANCEL");
  return m;
}

struct Ringing {
  Message invite;  ///< Alice's
  Message out;     ///< the INVITE Bob got
};

Ringing ring(CallBench& b) {
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  Ringing r{b.invite(b.alice, "3002"), {}};
  b.receive(r.invite, b.alice);
  r.out = b.inbox(b.bob).at(0);
  b.receive(CallBench::answer(b.bob, r.out, 180), b.bob);
  REQUIRE(statuses(b.inbox(b.alice)) == Codes{100, 180});
  return r;
}

struct Connected {
  Message ok;   ///< our 2xx to Alice
  Message out;  ///< the INVITE Bob got
};

Connected connect(CallBench& b, bool ack = true) {
  const Ringing r = ring(b);
  b.receive(CallBench::answer(b.bob, r.out, 200, sdp_for("10.0.0.12", 30000)), b.bob);
  const auto to_alice = b.inbox(b.alice);
  REQUIRE(statuses(to_alice) == Codes{200});
  if (ack) {
    b.receive(b.ack(b.alice, to_alice[0]), b.alice);
    REQUIRE(methods(b.inbox(b.bob)) == Strings{"ACK"});
  }
  return Connected{to_alice[0], r.out};
}

}  // namespace

TEST_CASE("call race: CANCEL before the answer", "[runtime][sip][call]") {
  CallBench b;
  const Ringing r = ring(b);
  b.receive(cancel_for(r.invite), b.alice);
  CHECK(statuses(b.inbox(b.alice)) == Codes{200, 487});
  const auto to_bob = b.inbox(b.bob);
  REQUIRE(methods(to_bob) == Strings{"CANCEL"});
  CHECK(b.service.calls().snapshot().empty());
  CHECK_FALSE(b.service.calls().busy(2));

  SECTION("CANCEL first, then the callee's 487") {
    b.receive(CallBench::answer(b.bob, to_bob[0], 200), b.bob);
    b.receive(CallBench::answer(b.bob, r.out, 487), b.bob);
    CHECK(methods(b.inbox(b.bob)) == Strings{"ACK"});  // the transaction's own ACK
    CHECK(b.inbox(b.alice).empty());
  }
  SECTION("the callee's 2xx crossed the CANCEL: ACK and BYE it") {
    b.receive(CallBench::answer(b.bob, r.out, 200, sdp_for("10.0.0.12", 30000)), b.bob);
    b.receive(CallBench::answer(b.bob, to_bob[0], 200), b.bob);
    CHECK(methods(b.inbox(b.bob)) == Strings{"ACK", "BYE"});
    CHECK(b.inbox(b.alice).empty());
  }
  b.timers.advance(40s);
  CHECK(b.service.calls().size() == 0);
  CHECK(b.service.calls().counters().cancelled == 1);
}

TEST_CASE("call race: the callee's 2xx before the CANCEL wins", "[runtime][sip][call]") {
  CallBench b;
  const Ringing r = ring(b);
  b.receive(CallBench::answer(b.bob, r.out, 200, sdp_for("10.0.0.12", 30000)), b.bob);
  const auto to_alice = b.inbox(b.alice);
  REQUIRE(statuses(to_alice) == Codes{200});
  b.receive(cancel_for(r.invite), b.alice);
  CHECK(statuses(b.inbox(b.alice)) == Codes{200});  // the CANCEL's; no 487
  CHECK(b.inbox(b.bob).empty());
  b.receive(b.ack(b.alice, to_alice[0]), b.alice);
  CHECK(methods(b.inbox(b.bob)) == Strings{"ACK"});
  CHECK(b.service.calls().snapshot().at(0).state == CallState::Active);
}

TEST_CASE("call race: the callee's BYE and the caller's ACK, both orders", "[runtime][sip][call]") {
  CallBench b;
  SECTION("ACK first: BYE relayed at once") {
    const Connected c = connect(b);
    b.receive(b.in_dialog(b.bob, Method::Bye, c.out), b.bob);
    CHECK(statuses(b.inbox(b.bob)) == Codes{200});
    CHECK(methods(b.inbox(b.alice)) == Strings{"BYE"});
  }
  SECTION("BYE first: the BYE to the caller waits for its ACK (RFC 3261 §15)") {
    const Connected c = connect(b, false);
    b.receive(b.in_dialog(b.bob, Method::Bye, c.out), b.bob);
    CHECK(statuses(b.inbox(b.bob)) == Codes{200});
    CHECK(b.inbox(b.alice).empty());
    b.receive(b.ack(b.alice, c.ok), b.alice);
    CHECK(methods(b.inbox(b.alice)) == Strings{"BYE"});
    CHECK(methods(b.inbox(b.bob)) == Strings{"ACK"});  // his 2xx is ACKed all the same
  }
  SECTION("BYE first and the ACK never comes: BYE after 64*T1") {
    const Connected c = connect(b, false);
    b.receive(b.in_dialog(b.bob, Method::Bye, c.out), b.bob);
    b.inbox(b.bob);
    b.timers.advance(32s);
    CHECK(methods(b.inbox(b.alice)).back() == "BYE");
  }
  b.timers.advance(40s);
  CHECK(b.service.calls().size() == 0);
}

TEST_CASE("call race: crossing BYEs, both orders", "[runtime][sip][call]") {
  CallBench b;
  const Connected c = connect(b);
  const Message from_alice = b.in_dialog(b.alice, Method::Bye, c.ok);
  const Message from_bob = b.in_dialog(b.bob, Method::Bye, c.out);
  SECTION("Alice's first") {
    b.receive(from_alice, b.alice);
    b.receive(from_bob, b.bob);
    CHECK(statuses(b.inbox(b.alice)) == Codes{200});
    CHECK(methods(b.inbox(b.bob)) == Strings{"BYE", ""});
  }
  SECTION("Bob's first") {
    b.receive(from_bob, b.bob);
    b.receive(from_alice, b.alice);
    CHECK(methods(b.inbox(b.alice)) == Strings{"BYE", ""});
    CHECK(statuses(b.inbox(b.bob)) == Codes{200});
  }
  CHECK(b.service.calls().snapshot().empty());
}

TEST_CASE("call race: crossing re-INVITEs get 491, both orders", "[runtime][sip][call]") {
  CallBench b{true};
  const Connected c = connect(b);
  Message from_alice = b.in_dialog(b.alice, Method::Invite, c.ok);
  CallBench::with_sdp(from_alice, sdp_for("10.0.0.11", 20000, 2));
  Message from_bob = b.in_dialog(b.bob, Method::Invite, c.out);
  CallBench::with_sdp(from_bob, sdp_for("10.0.0.12", 30000, 2));
  SECTION("Alice's first: relayed; Bob's refused") {
    b.receive(from_alice, b.alice);
    b.receive(from_bob, b.bob);
    const auto to_bob = b.inbox(b.bob);
    REQUIRE(methods(to_bob) == Strings{"INVITE", ""});
    CHECK(to_bob[1].status == 491);
    b.receive(from_bob, b.bob);  // a retransmission gets the same answer
    CHECK(statuses(b.inbox(b.bob)) == Codes{491});
  }
  SECTION("Bob's first: relayed; Alice's refused") {
    b.receive(from_bob, b.bob);
    b.receive(from_alice, b.alice);
    const auto to_alice = b.inbox(b.alice);
    REQUIRE(methods(to_alice) == Strings{"INVITE", ""});
    CHECK(to_alice[1].status == 491);
  }
}

TEST_CASE("call race: a BYE while a re-INVITE is relayed", "[runtime][sip][call]") {
  CallBench b{true};
  const Connected c = connect(b);
  Message reinvite = b.in_dialog(b.alice, Method::Invite, c.ok);
  CallBench::with_sdp(reinvite, sdp_for("10.0.0.11", 20000, 2));
  b.receive(reinvite, b.alice);
  const auto relayed = b.inbox(b.bob);
  REQUIRE(methods(relayed) == Strings{"INVITE"});
  b.receive(b.in_dialog(b.bob, Method::Bye, c.out), b.bob);
  CHECK(statuses(b.inbox(b.bob)) == Codes{200});
  const auto to_alice = b.inbox(b.alice);
  CHECK(statuses(to_alice) == Codes{487, 0});
  CHECK(methods(to_alice) == Strings{"", "BYE"});
  // Bob's late answer to the re-INVITE changes nothing.
  b.receive(CallBench::answer(b.bob, relayed[0], 481), b.bob);
  CHECK(b.inbox(b.alice).empty());
}

TEST_CASE("call race: the caller's BYE crosses the callee's 2xx to a relayed re-INVITE",
          "[runtime][sip][call]") {
  CallBench b{true};
  const Connected c = connect(b);
  Message reinvite = b.in_dialog(b.alice, Method::Invite, c.ok);
  CallBench::with_sdp(reinvite, sdp_for("10.0.0.11", 20000, 2));
  b.receive(reinvite, b.alice);
  const auto relayed = b.inbox(b.bob);
  REQUIRE(methods(relayed) == Strings{"INVITE"});
  b.receive(b.in_dialog(b.alice, Method::Bye, c.ok), b.alice);
  CHECK(statuses(b.inbox(b.alice)) == Codes{200, 487});
  CHECK(methods(b.inbox(b.bob)) == Strings{"BYE"});
  // Every 2xx is ACKed, even one that arrives after the BYE (RFC 3261 §13.2.2.4).
  b.receive(CallBench::answer(b.bob, relayed[0], 200, sdp_for("10.0.0.12", 30000, 2)), b.bob);
  const auto to_bob = b.inbox(b.bob);
  REQUIRE(methods(to_bob) == Strings{"ACK"});
  CHECK(std::string(to_bob[0].header("CSeq").value_or("")) == "2 ACK");
  CHECK(b.inbox(b.alice).empty());
}
