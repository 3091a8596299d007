// ClientInviteTransaction: RFC 3261 §17.1.1 (Figure 5) with RFC 6026 Accepted, on the manual
// clock with a recording channel.

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "runtime/sip/transaction/client_invite_transaction.hpp"
#include "tests/support/sip_transaction_messages.hpp"
#include "tests/support/transaction_recorders.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::ClientInviteTransaction;
using cme::runtime::sip::Message;
using cme::runtime::sip::Method;
using cme::runtime::sip::TransactionTimers;
using cme::test::ClientRecorder;
using cme::test::make_test_request;
using cme::test::make_test_response;
using cme::test::RequestSpec;
using cme::test::TransactionBench;
using State = ClientInviteTransaction::State;
using namespace std::chrono_literals;

namespace {

const Endpoint kUdpPeer{"10.0.0.1", 5060, Protocol::Udp};
const Endpoint kTcpPeer{"10.0.0.1", 5060, Protocol::Tcp};

Message invite_with_routes() {
  Message invite = make_test_request(RequestSpec{});
  invite.add("Route", "<sip:10.0.0.9;lr>");
  invite.add("Route", "<sip:10.0.0.10;lr>");
  return invite;
}

// RFC 3261 §17.1.1.3: the ACK the transaction builds for the non-2xx `response`.
void check_ack(const Message& ack, const Message& invite, const Message& response) {
  CHECK(ack.method_id == Method::Ack);
  CHECK(ack.method == "ACK");
  CHECK(ack.request_uri == invite.request_uri);
  CHECK(ack.count("Via") == 1);
  CHECK(ack.headers_named("Via") == invite.headers_named("Via"));
  CHECK(ack.header("To") == response.header("To"));
  CHECK(ack.header("From") == invite.header("From"));
  CHECK(ack.header("Call-ID") == invite.header("Call-ID"));
  CHECK(ack.header("CSeq") == "1 ACK");
  CHECK(ack.headers_named("Route") == invite.headers_named("Route"));
  CHECK(ack.body.empty());
}

std::shared_ptr<ClientInviteTransaction> start_invite(TransactionBench& bench, ClientRecorder& tu,
                                                      const Endpoint& peer = kUdpPeer) {
  auto t = std::make_shared<ClientInviteTransaction>(bench.services(), invite_with_routes(), peer,
                                                     tu.callbacks());
  t->start();
  return t;
}

}  // namespace

TEST_CASE("client INVITE transaction: UDP retransmits on timer A and times out on timer B",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu);
  CHECK(t->state() == State::Calling);
  CHECK(bench.channel.size() == 1);

  bench.timer_service.advance(31999ms);
  // Intervals 0.5, 1, 2, 4, 8, 16 s (no T2 cap for INVITE).
  CHECK(bench.channel.times_ms(bench.start) ==
        std::vector<long long>{0, 500, 1500, 3500, 7500, 15500, 31500});
  for (const auto& sent : bench.channel.sent()) {
    CHECK(sent.message == t->request());
    CHECK(sent.to == kUdpPeer);
  }
  CHECK(tu.timeouts == 0);
  CHECK(t->state() == State::Calling);

  bench.timer_service.advance(1ms);  // timer B = 64*T1 = 32 s
  CHECK(tu.timeouts == 1);
  CHECK(tu.terminated == 1);
  CHECK(t->terminated());
  CHECK(bench.timer_service.pending() == 0);
  bench.timer_service.advance(60s);
  CHECK(bench.channel.size() == 7);
}

TEST_CASE("client INVITE transaction: T1 is configurable and scales timers A and B",
          "[runtime][sip][transaction]") {
  TransactionTimers timers;
  timers.t1 = 100ms;
  TransactionBench bench(timers);
  ClientRecorder tu;
  auto t = start_invite(bench, tu);
  bench.timer_service.advance(6399ms);
  CHECK(bench.channel.times_ms(bench.start) ==
        std::vector<long long>{0, 100, 300, 700, 1500, 3100, 6300});
  CHECK(tu.timeouts == 0);
  bench.timer_service.advance(1ms);
  CHECK(tu.timeouts == 1);
}

TEST_CASE("client INVITE transaction: TCP sends once and still times out on timer B",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu, kTcpPeer);
  bench.timer_service.advance(31999ms);
  CHECK(bench.channel.size() == 1);
  CHECK(tu.timeouts == 0);
  bench.timer_service.advance(1ms);
  CHECK(tu.timeouts == 1);
  CHECK(t->terminated());
}

TEST_CASE("client INVITE transaction: a provisional response moves to Proceeding",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu);
  bench.timer_service.advance(700ms);  // one retransmission at 500 ms
  t->receive_response(make_test_response(t->request(), 180, "Ringing"));
  CHECK(t->state() == State::Proceeding);
  REQUIRE(tu.responses.size() == 1);
  CHECK(tu.responses[0].status == 180);

  SECTION("no more retransmissions and no timer B") {
    bench.timer_service.advance(120s);
    CHECK(bench.channel.size() == 2);
    CHECK(tu.timeouts == 0);
    CHECK(t->state() == State::Proceeding);
  }
  SECTION("further provisional responses are passed up") {
    t->receive_response(make_test_response(t->request(), 183, "Session Progress"));
    CHECK(tu.responses.size() == 2);
    CHECK(t->state() == State::Proceeding);
  }
}

TEST_CASE("client INVITE transaction: a non-2xx final response is ACKed by the transaction",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu);
  // From Calling (the final response before any provisional one) and from Proceeding.
  const bool after_provisional = GENERATE(false, true);
  if (after_provisional) {
    t->receive_response(make_test_response(t->request(), 180, "Ringing"));
  }
  bench.channel.take();
  const Message busy = make_test_response(t->request(), 486, "Busy Here", "callee7");
  t->receive_response(busy);
  CHECK(t->state() == State::Completed);
  CHECK(tu.responses.back().status == 486);

  REQUIRE(bench.channel.size() == 1);
  const Message ack = bench.channel.last().message;
  CHECK(bench.channel.last().to == kUdpPeer);
  check_ack(ack, t->request(), busy);
  REQUIRE(t->ack());
  CHECK(*t->ack() == ack);
  const auto responses_before = tu.responses.size();

  SECTION("a retransmitted final response is ACKed again and not passed up") {
    t->receive_response(busy);
    CHECK(bench.channel.size() == 2);
    CHECK(bench.channel.last().message == ack);
    CHECK(tu.responses.size() == responses_before);
  }
  SECTION("a late provisional response is ignored") {
    t->receive_response(make_test_response(t->request(), 180, "Ringing"));
    CHECK(tu.responses.size() == responses_before);
    CHECK(t->state() == State::Completed);
  }
  SECTION("no retransmission of the INVITE in Completed; timer D ends it after 32 s") {
    bench.timer_service.advance(31999ms);
    CHECK(bench.channel.size() == 1);
    CHECK(t->state() == State::Completed);
    bench.timer_service.advance(1ms);
    CHECK(t->terminated());
    CHECK(tu.terminated == 1);
    CHECK(tu.timeouts == 0);
  }
}

TEST_CASE("client INVITE transaction: over TCP timer D is zero", "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu, kTcpPeer);
  t->receive_response(make_test_response(t->request(), 404, "Not Found"));
  CHECK(t->state() == State::Completed);
  CHECK(bench.channel.last().message.method_id == Method::Ack);
  bench.timer_service.run_due();
  CHECK(t->terminated());
  CHECK(tu.terminated == 1);
}

TEST_CASE("client INVITE transaction: a 2xx moves to Accepted and every 2xx is passed up",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu);
  if (GENERATE(false, true)) {  // from Calling and from Proceeding
    t->receive_response(make_test_response(t->request(), 180, "Ringing"));
    tu.responses.clear();
  }
  bench.channel.take();
  const Message ok = make_test_response(t->request(), 200, "OK");
  t->receive_response(ok);
  CHECK(t->state() == State::Accepted);
  CHECK(tu.responses.size() == 1);
  CHECK(bench.channel.size() == 0);  // the ACK for a 2xx is the TU's

  t->receive_response(ok);  // retransmission (RFC 6026 §7.2)
  t->receive_response(make_test_response(t->request(), 200, "OK", "fork2"));  // forked
  CHECK(tu.responses.size() == 3);
  t->receive_response(make_test_response(t->request(), 180, "Ringing"));
  t->receive_response(make_test_response(t->request(), 486, "Busy Here"));
  CHECK(tu.responses.size() == 3);
  CHECK(bench.channel.size() == 0);

  bench.timer_service.advance(31999ms);  // no retransmission of the INVITE either
  CHECK(bench.channel.size() == 0);
  CHECK(t->state() == State::Accepted);
  bench.timer_service.advance(1ms);  // timer M = 64*T1
  CHECK(t->terminated());
  CHECK(tu.terminated == 1);
  CHECK(tu.timeouts == 0);
}

TEST_CASE("client INVITE transaction: transport errors", "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu, kTcpPeer);
  SECTION("in Calling: the TU is informed and the transaction ends") {
    t->transport_error();
    CHECK(tu.transport_errors == 1);
    CHECK(tu.terminated == 1);
    CHECK(t->terminated());
    CHECK(bench.timer_service.pending() == 0);
  }
  SECTION("in Proceeding: the TU is informed (RFC 3261 §17.1.4)") {
    t->receive_response(make_test_response(t->request(), 180, "Ringing"));
    t->transport_error();
    CHECK(tu.transport_errors == 1);
    CHECK(t->terminated());
  }
  SECTION("in Completed: the TU is informed") {
    t->receive_response(make_test_response(t->request(), 500, "Server Internal Error"));
    t->transport_error();
    CHECK(tu.transport_errors == 1);
    CHECK(t->terminated());
  }
  SECTION("in Accepted: ignored") {
    t->receive_response(make_test_response(t->request(), 200, "OK"));
    t->transport_error();
    CHECK(tu.transport_errors == 0);
    CHECK(t->state() == State::Accepted);
  }
  SECTION("after termination nothing more is reported") {
    t->transport_error();
    t->transport_error();
    t->receive_response(make_test_response(t->request(), 200, "OK"));
    CHECK(tu.transport_errors == 1);
    CHECK(tu.terminated == 1);
    CHECK(tu.responses.empty());
  }
}

TEST_CASE("client INVITE transaction: CANCEL waits for a provisional response",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu);
  int cancels = 0;
  const auto send_cancel = [&cancels] { ++cancels; };

  SECTION("requested in Calling: sent on the first 1xx") {
    CHECK(t->cancel(send_cancel));
    CHECK(t->cancel_requested());
    CHECK_FALSE(t->cancel_sent());
    CHECK(cancels == 0);
    t->receive_response(make_test_response(t->request(), 180, "Ringing"));
    CHECK(cancels == 1);
    CHECK(t->cancel_sent());
    CHECK(t->cancel(send_cancel));  // idempotent
    CHECK(cancels == 1);
  }
  SECTION("requested in Proceeding: sent at once") {
    t->receive_response(make_test_response(t->request(), 100, "Trying"));
    CHECK(t->cancel(send_cancel));
    CHECK(cancels == 1);
  }
  SECTION("requested in Calling, a final response comes first: never sent") {
    CHECK(t->cancel(send_cancel));
    t->receive_response(make_test_response(t->request(), 486, "Busy Here"));
    t->receive_response(make_test_response(t->request(), 180, "Ringing"));
    CHECK(cancels == 0);
  }
  SECTION("after a final response: refused") {
    t->receive_response(make_test_response(t->request(), 200, "OK"));
    CHECK_FALSE(t->cancel(send_cancel));
    CHECK(cancels == 0);
  }
}

TEST_CASE("client INVITE transaction: after a CANCEL, 64*T1 without a final response times out",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_invite(bench, tu);
  t->receive_response(make_test_response(t->request(), 180, "Ringing"));
  bench.timer_service.advance(10s);
  REQUIRE(t->cancel([] {}));

  SECTION("no final response") {
    bench.timer_service.advance(31999ms);
    CHECK(tu.timeouts == 0);
    bench.timer_service.advance(1ms);
    CHECK(tu.timeouts == 1);
    CHECK(t->terminated());
  }
  SECTION("the 487 arrives: ACKed, no timeout") {
    t->receive_response(make_test_response(t->request(), 487, "Request Terminated"));
    CHECK(bench.channel.last().message.method_id == Method::Ack);
    bench.timer_service.advance(64s);
    CHECK(tu.timeouts == 0);
    CHECK(tu.terminated == 1);
  }
}
