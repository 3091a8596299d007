// ServerInviteTransaction: RFC 3261 §17.2.1 (Figure 7) with RFC 6026 Accepted, on the manual
// clock with a recording channel.

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <vector>

#include "runtime/sip/transaction/server_invite_transaction.hpp"
#include "tests/support/sip_transaction_messages.hpp"
#include "tests/support/transaction_recorders.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::Message;
using cme::runtime::sip::ServerInviteTransaction;
using cme::test::make_test_request;
using cme::test::make_test_response;
using cme::test::RequestSpec;
using cme::test::ServerRecorder;
using cme::test::TransactionBench;
using State = ServerInviteTransaction::State;
using namespace std::chrono_literals;

namespace {

const Endpoint kUdpPhone{"10.0.0.5", 5060, Protocol::Udp};
const Endpoint kTcpPhone{"10.0.0.5", 40123, Protocol::Tcp};

std::shared_ptr<ServerInviteTransaction> start_invite(TransactionBench& bench, ServerRecorder& tu,
                                                      const Endpoint& phone = kUdpPhone) {
  auto t = std::make_shared<ServerInviteTransaction>(
      bench.services(), make_test_request(RequestSpec{}), phone, phone, tu.callbacks());
  t->start();
  return t;
}

Message ack_for(const Message& invite, const Message& response) {
  RequestSpec spec;
  spec.method = "ACK";
  spec.to = std::string(response.header("To").value_or(""));
  spec.cseq = 1;
  Message ack = make_test_request(spec);
  ack.request_uri = invite.request_uri;
  return ack;
}

}  // namespace

TEST_CASE("server INVITE transaction: 100 Trying after 200 ms when the TU is silent",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu);
  CHECK(t->state() == State::Proceeding);
  bench.timer_service.advance(199ms);
  CHECK(bench.channel.size() == 0);
  bench.timer_service.advance(1ms);
  REQUIRE(bench.channel.size() == 1);
  const Message trying = bench.channel.last().message;
  CHECK_FALSE(trying.request);
  CHECK(trying.status == 100);
  CHECK(trying.header("Via") == t->request().header("Via"));
  CHECK(trying.header("Call-ID") == t->request().header("Call-ID"));
  CHECK(trying.header("CSeq") == t->request().header("CSeq"));
  CHECK(bench.channel.last().to == kUdpPhone);
  REQUIRE(t->last_provisional());
  CHECK(t->last_provisional()->starts_with("SIP/2.0 100 Trying\r\n"));
  bench.timer_service.advance(60s);
  CHECK(bench.channel.size() == 1);
  CHECK(t->state() == State::Proceeding);
}

TEST_CASE("server INVITE transaction: no 100 Trying when the TU answers within 200 ms",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu);
  bench.timer_service.advance(150ms);
  const int status = GENERATE(180, 200, 486);
  CHECK(t->respond(make_test_response(t->request(), status)));
  bench.timer_service.advance(1s);
  REQUIRE(bench.channel.size() >= 1);
  CHECK(bench.channel.sent()[0].message.status == static_cast<unsigned>(status));
  for (const auto& sent : bench.channel.sent()) {
    CHECK(sent.message.status != 100);
  }
}

TEST_CASE(
    "server INVITE transaction: a retransmitted INVITE in Proceeding resends the last "
    "provisional response",
    "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu);
  t->receive_request(t->request());  // before any provisional response: nothing to resend
  CHECK(bench.channel.size() == 0);
  bench.timer_service.advance(200ms);  // 100 Trying
  t->receive_request(t->request());
  CHECK(bench.channel.size() == 2);
  CHECK(bench.channel.last().message.status == 100);
  const Message ringing = make_test_response(t->request(), 180, "Ringing");
  CHECK(t->respond(ringing));
  t->receive_request(t->request());
  CHECK(bench.channel.size() == 4);
  CHECK(bench.channel.last().message == ringing);
  CHECK(t->state() == State::Proceeding);
}

TEST_CASE(
    "server INVITE transaction: a non-2xx final response is retransmitted on timer G "
    "until timer H",
    "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu);
  const Message busy = make_test_response(t->request(), 486, "Busy Here");
  CHECK(t->respond(busy));
  CHECK(t->state() == State::Completed);
  CHECK(t->final_response_sent());
  CHECK_FALSE(t->respond(make_test_response(t->request(), 200, "OK")));  // one final only

  bench.timer_service.advance(31999ms);
  // Intervals 0.5, 1, 2, then T2 = 4 s.
  CHECK(bench.channel.times_ms(bench.start) ==
        std::vector<long long>{0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500});
  for (const auto& sent : bench.channel.sent()) {
    CHECK(sent.message == busy);
  }
  CHECK(tu.timeouts == 0);
  bench.timer_service.advance(1ms);  // timer H = 64*T1
  CHECK(tu.timeouts == 1);
  CHECK(tu.terminated == 1);
  CHECK(t->terminated());
  CHECK(bench.timer_service.pending() == 0);
}

TEST_CASE("server INVITE transaction: the ACK confirms; timer I ends it",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu);
  const Message busy = make_test_response(t->request(), 486, "Busy Here");
  t->respond(busy);
  bench.timer_service.advance(600ms);  // one retransmission at 500 ms
  t->receive_request(t->request());    // a retransmitted INVITE after the final response
  CHECK(bench.channel.size() == 3);
  CHECK(bench.channel.last().message == busy);

  const Message ack = ack_for(t->request(), busy);
  t->receive_request(ack);
  CHECK(t->state() == State::Confirmed);
  CHECK(tu.acks.empty());            // absorbed: the ACK of a non-2xx is the transaction's
  t->receive_request(ack);           // retransmitted ACK: absorbed
  t->receive_request(t->request());  // and so is the INVITE now
  bench.timer_service.advance(4999ms);
  CHECK(bench.channel.size() == 3);  // no more timer G
  CHECK(t->state() == State::Confirmed);
  bench.timer_service.advance(1ms);  // timer I = T4
  CHECK(t->terminated());
  CHECK(tu.terminated == 1);
  CHECK(tu.timeouts == 0);
}

TEST_CASE("server INVITE transaction: over TCP no timer G and timer I is zero",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu, kTcpPhone);
  const Message busy = make_test_response(t->request(), 603, "Decline");
  t->respond(busy);
  SECTION("ACK") {
    bench.timer_service.advance(10s);
    CHECK(bench.channel.size() == 1);
    t->receive_request(ack_for(t->request(), busy));
    CHECK(t->state() == State::Confirmed);
    bench.timer_service.run_due();
    CHECK(t->terminated());
  }
  SECTION("no ACK: timer H still applies") {
    bench.timer_service.advance(32s);
    CHECK(bench.channel.size() == 1);
    CHECK(tu.timeouts == 1);
  }
}

TEST_CASE("server INVITE transaction: a 2xx moves to Accepted (RFC 6026)",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu);
  const Message ok = make_test_response(t->request(), 200, "OK");
  CHECK(t->respond(ok));
  CHECK(t->state() == State::Accepted);
  CHECK(bench.channel.size() == 1);

  t->receive_request(t->request());  // a retransmitted INVITE is absorbed
  CHECK(bench.channel.size() == 1);
  CHECK(t->respond(ok));  // the TU's own 2xx retransmission goes out
  CHECK(bench.channel.size() == 2);
  CHECK_FALSE(t->respond(make_test_response(t->request(), 486, "Busy Here")));
  CHECK_FALSE(t->respond(make_test_response(t->request(), 180, "Ringing")));

  const Message ack = ack_for(t->request(), ok);
  t->receive_request(ack);  // an ACK that matches in Accepted goes to the TU
  REQUIRE(tu.acks.size() == 1);
  CHECK(tu.acks[0] == ack);
  CHECK(t->state() == State::Accepted);

  bench.timer_service.advance(31999ms);  // no timer G for a 2xx
  CHECK(bench.channel.size() == 2);
  bench.timer_service.advance(1ms);  // timer L = 64*T1
  CHECK(t->terminated());
  CHECK(tu.terminated == 1);
  CHECK(tu.timeouts == 0);
}

TEST_CASE("server INVITE transaction: an ACK before any final response is ignored",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu);
  const Message early_ack = ack_for(t->request(), make_test_response(t->request(), 200, "OK"));
  t->receive_request(early_ack);
  CHECK(t->state() == State::Proceeding);
  CHECK(tu.acks.empty());
  CHECK(t->respond(make_test_response(t->request(), 200, "OK")));  // the 2xx is still sent
  CHECK(t->state() == State::Accepted);
  t->receive_request(early_ack);  // its retransmission now reaches the TU
  CHECK(tu.acks.size() == 1);
}

TEST_CASE("server INVITE transaction: transport errors", "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu, kTcpPhone);
  SECTION("in Proceeding") {
    t->transport_error();
    CHECK(tu.transport_errors == 1);
    CHECK(t->terminated());
    CHECK_FALSE(t->respond(make_test_response(t->request(), 200, "OK")));
    CHECK(bench.channel.size() == 0);
    bench.timer_service.advance(1s);  // no 100 Trying either
    CHECK(bench.channel.size() == 0);
  }
  SECTION("in Completed") {
    t->respond(make_test_response(t->request(), 480, "Temporarily Unavailable"));
    t->transport_error();
    CHECK(tu.transport_errors == 1);
    CHECK(tu.timeouts == 0);
    CHECK(t->terminated());
  }
  SECTION("in Accepted: ignored") {
    t->respond(make_test_response(t->request(), 200, "OK"));
    t->transport_error();
    CHECK(tu.transport_errors == 0);
    CHECK(t->state() == State::Accepted);
  }
}

TEST_CASE("server INVITE transaction: responses with a bad status are refused",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_invite(bench, tu);
  Message bad = make_test_response(t->request(), 99);
  CHECK_FALSE(t->respond(bad));
  bad.status = 700;
  CHECK_FALSE(t->respond(bad));
  CHECK_FALSE(t->respond(t->request()));  // a request is no response
  CHECK(bench.channel.size() == 0);
  CHECK(t->state() == State::Proceeding);
}
