// Call routing: IOS destination-patterns, CallRouter (dn -> pools -> bindings, dial-peers,
// trusted sources) and what a caller hears when a call cannot be placed (404, 480, 486, 403,
// 483, failures and timeouts of the callee).

#include <catch2/catch.hpp>
#include <chrono>

#include "runtime/sip/call/call_router.hpp"
#include "runtime/sip/call/digit_pattern.hpp"
#include "runtime/sip/registrar/binding_table.hpp"
#include "tests/runtime/sip/call_bench.hpp"

using cme::runtime::sip::CallRouter;
using cme::runtime::sip::CallTarget;
using cme::runtime::sip::DigitPattern;
using cme::runtime::sip::Message;
using cme::runtime::sip::Method;
using cme::runtime::sip::PatternScore;
using cme::runtime::sip::RouteStatus;
using cme::test::CallBench;
using cme::test::methods;
using cme::test::statuses;
using Strings = std::vector<std::string>;
using Codes = std::vector<unsigned>;
using namespace std::chrono_literals;

namespace {

bool matches(const char* pattern, const char* number) {
  const auto p = DigitPattern::compile(pattern);
  REQUIRE(p);
  return p->match(number).has_value();
}

}  // namespace

TEST_CASE("call digit pattern: IOS destination-pattern wildcards", "[runtime][sip][call]") {
  CHECK(matches("3001", "3001"));
  CHECK_FALSE(matches("3001", "30011"));
  CHECK_FALSE(matches("3001", "300"));
  CHECK(matches("30..", "3077"));
  CHECK_FALSE(matches("30..", "307"));
  CHECK(matches("9T", "9"));
  CHECK(matches("9T", "95551234"));
  CHECK_FALSE(matches("9T", "85551234"));
  CHECK(matches("[2-4]00", "300"));
  CHECK_FALSE(matches("[2-4]00", "500"));
  CHECK(matches("[^0]00", "500"));
  CHECK_FALSE(matches("[^0]00", "000"));
  CHECK(matches("[1,3,5-6]", "6"));
  CHECK(matches("+1408.......", "+14085551234"));
  CHECK(matches("12+3", "12223"));
  CHECK_FALSE(matches("12+3", "13"));
  CHECK(matches("12%3", "13"));
  CHECK(matches("12?3", "123"));
  CHECK_FALSE(matches("12?3", "1223"));
  CHECK(matches("9,1T", "91408"));
  CHECK(matches("*#..", "*#12"));
  for (const char* bad : {"", "[12", "[]", "T+", "%1", "12a", "[5-1]"}) {
    CHECK_FALSE(DigitPattern::compile(bad));
  }
  // Network input never makes it work without bound.
  const auto nasty = DigitPattern::compile("1%1%1%1%1%1%1%1%1%1%1%1%1%2");
  REQUIRE(nasty);
  CHECK_FALSE(nasty->match(std::string(60, '1')));
  CHECK_FALSE(DigitPattern::compile("T")->match(std::string(65, '1')));
}

TEST_CASE("call digit pattern: the more explicit pattern scores higher", "[runtime][sip][call]") {
  const auto score = [](const char* pattern, const char* number) {
    return *DigitPattern::compile(pattern)->match(number);
  };
  CHECK(score("5551234", "5551234") > score("555....", "5551234"));
  CHECK(score("555[1-2]...", "5551234") > score("555....", "5551234"));
  CHECK(score("555....", "5551234") > score("555T", "5551234"));
  CHECK(score("555T", "5551234") == PatternScore{3, 0, false});
}

TEST_CASE("call router: dn, dial-peer, unavailable, not found, trust", "[runtime][sip][call]") {
  cme::test::ManualClock clock;
  cme::test::ManualTimerService timers{clock};
  cme::runtime::sip::BindingTable bindings{clock, timers};
  auto config = std::make_shared<cme::model::Config>(*cme::test::call_config(false));
  cme::model::DialPeer longer = config->cme.dial_peers[100];
  longer.tag = 200;
  longer.destination_pattern = "9555....";
  longer.session_target->address = *cme::model::ipv4_from_text("10.0.0.60");
  longer.session_target->port.reset();
  config->cme.dial_peers[200] = longer;
  cme::model::DialPeer h323 = longer;
  h323.tag = 300;
  h323.destination_pattern = "95551234";
  h323.session_protocol.reset();  // an H.323 dial-peer: not ours
  config->cme.dial_peers[300] = h323;
  CallRouter router{config};

  CHECK(router.route("3002", bindings).status == RouteStatus::Unavailable);
  CHECK(router.route("3002", bindings).dn == 2u);
  CHECK(router.route("4000", bindings).status == RouteStatus::NotFound);

  cme::runtime::sip::RegisterRequest reg;
  reg.pool = 2;
  reg.call_id = "r";
  reg.cseq = 1;
  reg.source = {"192.168.1.2", 40000};
  reg.contacts.push_back({"sip:3002@10.0.0.12:5062;transport=tcp", "", 3600});
  REQUIRE(bindings.apply(reg).status == cme::runtime::sip::RegisterStatus::Ok);
  const auto dn = router.route("3002", bindings);
  REQUIRE(dn.status == RouteStatus::Found);
  CHECK(dn.target->kind == CallTarget::Kind::Dn);
  CHECK(dn.target->request_uri == "sip:3002@10.0.0.12:5062;transport=tcp");
  CHECK(dn.target->destination ==
        cme::runtime::net::Endpoint{"10.0.0.12", 5062, cme::runtime::net::Protocol::Tcp});

  const auto peer = router.route("95551234", bindings);
  REQUIRE(peer.status == RouteStatus::Found);
  CHECK(peer.target->kind == CallTarget::Kind::DialPeer);
  CHECK(peer.target->tag == 200);
  CHECK(peer.target->request_uri == "sip:95551234@10.0.0.60:5060");
  const auto other = router.route("9123", bindings);
  REQUIRE(other.status == RouteStatus::Found);
  CHECK(other.target->tag == 100);
  CHECK(other.target->destination == cme::runtime::net::Endpoint{"10.0.0.50", 5070});

  SECTION("a phone that registers again from a new contact gets the calls there") {
    timers.advance(10s);
    cme::runtime::sip::RegisterRequest again = reg;
    again.call_id = "rebooted";
    again.source = {"192.168.1.3", 5060};
    again.contacts = {{"sip:3002@192.168.1.3:5060", "", 3600}};
    REQUIRE(bindings.apply(again).status == cme::runtime::sip::RegisterStatus::Ok);
    REQUIRE(bindings.bindings(2).size() == 2);  // the old contact stays until it expires
    const auto moved = router.route("3002", bindings);
    REQUIRE(moved.status == RouteStatus::Found);
    CHECK(moved.target->request_uri == "sip:3002@192.168.1.3:5060");
    CHECK(moved.target->destination == cme::runtime::net::Endpoint{"192.168.1.3", 5060});
  }
  CHECK(router.trusted("192.168.1.2", bindings));      // registered from there
  CHECK_FALSE(router.trusted("10.0.0.12", bindings));  // only its Contact: a phone's claim
  CHECK(router.trusted("10.0.0.50", bindings));        // a dial-peer target
  CHECK_FALSE(router.trusted("10.9.9.9", bindings));
}

TEST_CASE("call: what the caller hears when the call cannot be placed", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  SECTION("unknown number: 404") {
    b.receive(b.invite(b.alice, "4000"), b.alice);
    CHECK(statuses(b.inbox(b.alice)) == Codes{404});
    CHECK(b.service.calls().counters().not_found == 1);
  }
  SECTION("a dn whose phone is not registered: 480") {
    b.receive(b.invite(b.alice, "3003"), b.alice);
    CHECK(statuses(b.inbox(b.alice)) == Codes{480});
  }
  SECTION("an address that is neither a registered phone nor a dial-peer target: 403") {
    cme::test::Ua stranger{{"10.9.9.9", 5060}, "666"};
    b.receive(b.invite(stranger, "3002"), stranger);
    CHECK(statuses(b.inbox(stranger)) == Codes{403});
    CHECK(b.inbox(b.bob).empty());
  }
  SECTION("the refusal is the same for numbers that exist and numbers that do not") {
    cme::test::Ua stranger{{"10.9.9.9", 5060}, "666"};
    std::vector<std::string> answers;
    int n = 0;
    for (const char* number : {"3002", "3003", "4000", "95551234"}) {
      b.receive(b.invite(stranger, number, "probe-" + std::to_string(++n)), stranger);
      const auto got = b.inbox(stranger);
      REQUIRE(got.size() == 1);
      answers.push_back(std::to_string(got[0].status) + ' ' + got[0].reason);
    }
    CHECK(answers == Strings(4, "403 Forbidden"));
  }
  SECTION("a Contact naming another host does not make that host trusted") {
    cme::test::Ua mallory{{"10.0.0.13", 5060}, "3003"};
    Message reg = b.request(mallory, Method::Register, "sip:10.0.0.1", "<sip:3003@10.0.0.1>",
                            "reg-mallory", "<sip:3003@10.0.0.1>");
    reg.set("Contact", "<sip:3003@10.9.9.9:5060>");
    reg.add("Expires", "3600");
    b.receive(reg, mallory);
    REQUIRE(statuses(b.inbox(mallory)) == Codes{200});
    cme::test::Ua other{{"10.9.9.9", 5060}, "666"};
    b.receive(b.invite(other, "95551234"), other);
    CHECK(statuses(b.inbox(other)) == Codes{403});
    CHECK(b.inbox(b.trunk).empty());
  }
  SECTION("a phone presents its own number, whatever its From says") {
    Message invite = b.invite(b.bob, "95551234");
    invite.set("From", "<sip:3003@10.0.0.1>;tag=spoof");
    b.receive(invite, b.bob);
    const auto to_trunk = b.inbox(b.trunk);
    REQUIRE(methods(to_trunk) == Strings{"INVITE"});
    CHECK(std::string(to_trunk[0].header("From").value_or("")).rfind("<sip:3002@", 0) == 0);
  }
  SECTION("an INVITE without a usable Contact: 400, never routed (issue 16 #5)") {
    for (const char* contact : {"", "*", "not a uri"}) {
      CAPTURE(contact);
      Message invite = b.invite(b.alice, "3002");
      invite.remove("Contact");
      if (*contact != '\0') {
        invite.add("Contact", contact);
      }
      b.receive(invite, b.alice);
      CHECK(statuses(b.inbox(b.alice)) == Codes{400});
    }
    CHECK(b.inbox(b.bob).empty());
    CHECK(b.service.calls().size() == 0);
  }
  SECTION("Max-Forwards 0: 483") {
    Message invite = b.invite(b.alice, "3002");
    invite.set("Max-Forwards", "0");
    b.receive(invite, b.alice);
    CHECK(statuses(b.inbox(b.alice)) == Codes{483});
  }
  SECTION("the callee refuses: its status, and the transaction layer ACKs it") {
    b.receive(b.invite(b.alice, "3002"), b.alice);
    const Message out = b.inbox(b.bob).at(0);
    b.receive(CallBench::answer(b.bob, out, 486), b.bob);
    CHECK(statuses(b.inbox(b.alice)) == Codes{100, 486});
    CHECK(methods(b.inbox(b.bob)) == Strings{"ACK"});
    CHECK(b.service.calls().snapshot().empty());
  }
  SECTION("the callee never answers: 408 after 64*T1") {
    b.receive(b.invite(b.alice, "3002"), b.alice);
    b.timers.advance(32s);
    CHECK(statuses(b.inbox(b.alice)) == Codes{100, 408});
    CHECK(b.service.calls().size() == 0);
  }
  SECTION("a redirection is not followed: 480") {
    b.receive(b.invite(b.alice, "3002"), b.alice);
    b.receive(CallBench::answer(b.bob, b.inbox(b.bob).at(0), 302), b.bob);
    CHECK(statuses(b.inbox(b.alice)) == Codes{100, 480});
  }
}

TEST_CASE("call: a dn in a call is busy, as callee or as caller", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  b.register_ua(b.carol);
  b.receive(b.invite(b.alice, "3002"), b.alice);
  b.inbox(b.alice);
  const Message out = b.inbox(b.bob).at(0);
  CHECK(b.service.calls().busy(1));
  CHECK(b.service.calls().busy(2));
  CHECK_FALSE(b.service.calls().busy(3));

  b.receive(b.invite(b.carol, "3002", "call-c1"), b.carol);
  CHECK(statuses(b.inbox(b.carol)) == Codes{486});
  b.receive(b.invite(b.carol, "3001", "call-c2"), b.carol);
  CHECK(statuses(b.inbox(b.carol)) == Codes{486});
  CHECK(b.service.calls().counters().busy == 2);
  CHECK(b.inbox(b.bob).empty());

  // Alice may still place a call of her own (hold, then a new call).
  b.receive(b.invite(b.alice, "3003", "call-a2"), b.alice);
  CHECK(statuses(b.inbox(b.alice)) == Codes{100});
  CHECK(methods(b.inbox(b.carol)) == Strings{"INVITE"});

  // Once the first call is over, Bob's dn is free again.
  b.receive(CallBench::answer(b.bob, out, 603), b.bob);
  b.receive(b.invite(b.carol, "3002", "call-c3"), b.carol);
  CHECK(statuses(b.inbox(b.carol)) == Codes{100});
  CHECK(methods(b.inbox(b.bob)) == Strings{"ACK", "INVITE"});
}

TEST_CASE("call: to a SIP dial-peer", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.receive(b.invite(b.alice, "95551234"), b.alice);
  CHECK(statuses(b.inbox(b.alice)) == Codes{100});
  const auto to_trunk = b.inbox(b.trunk);
  REQUIRE(methods(to_trunk) == Strings{"INVITE"});
  CHECK(to_trunk[0].request_uri == "sip:95551234@10.0.0.50:5070");
  CHECK(std::string(to_trunk[0].header("To").value_or("")) == "<sip:95551234@10.0.0.50>");
  b.receive(CallBench::answer(b.trunk, to_trunk[0], 200, cme::test::sdp_for("10.0.0.50", 4000)),
            b.trunk);
  const auto to_alice = b.inbox(b.alice);
  REQUIRE(statuses(to_alice) == Codes{200});
  b.receive(b.ack(b.alice, to_alice[0]), b.alice);
  CHECK(methods(b.inbox(b.trunk)) == Strings{"ACK"});
  const auto snap = b.service.calls().snapshot();
  REQUIRE(snap.size() == 1);
  CHECK(snap[0].to_dial_peer);
  CHECK(snap[0].target == 100);
}
