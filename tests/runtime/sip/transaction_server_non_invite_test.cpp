// ServerNonInviteTransaction: RFC 3261 §17.2.2 (Figure 8) on the manual clock with a recording
// channel.

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>

#include "runtime/sip/transaction/server_non_invite_transaction.hpp"
#include "tests/support/sip_transaction_messages.hpp"
#include "tests/support/transaction_recorders.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::Message;
using cme::runtime::sip::ServerNonInviteTransaction;
using cme::test::make_test_request;
using cme::test::make_test_response;
using cme::test::RequestSpec;
using cme::test::ServerRecorder;
using cme::test::TransactionBench;
using State = ServerNonInviteTransaction::State;
using namespace std::chrono_literals;

namespace {

const Endpoint kUdpPhone{"10.0.0.5", 5060, Protocol::Udp};
const Endpoint kTcpPhone{"10.0.0.5", 40123, Protocol::Tcp};

std::shared_ptr<ServerNonInviteTransaction> start_register(TransactionBench& bench,
                                                           ServerRecorder& tu,
                                                           const Endpoint& phone = kUdpPhone) {
  RequestSpec spec;
  spec.method = "REGISTER";
  spec.uri = "sip:10.0.0.1";
  auto t = std::make_shared<ServerNonInviteTransaction>(bench.services(), make_test_request(spec),
                                                        phone, phone, tu.callbacks());
  t->start();
  return t;
}

}  // namespace

TEST_CASE("server non-INVITE transaction: Trying absorbs retransmissions",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_register(bench, tu);
  CHECK(t->state() == State::Trying);
  t->receive_request(t->request());
  bench.timer_service.advance(10s);  // no 100 Trying for non-INVITE
  t->receive_request(t->request());
  CHECK(bench.channel.size() == 0);
  t->transport_error();  // nothing was sent: nothing to fail
  CHECK(tu.transport_errors == 0);
  CHECK(t->state() == State::Trying);
}

TEST_CASE("server non-INVITE transaction: Proceeding resends the last provisional response",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_register(bench, tu);
  const Message trying = make_test_response(t->request(), 100, "Trying");
  CHECK(t->respond(trying));
  CHECK(t->state() == State::Proceeding);
  t->receive_request(t->request());
  CHECK(bench.channel.size() == 2);
  CHECK(bench.channel.last().message == trying);
  CHECK(bench.channel.last().to == kUdpPhone);
}

TEST_CASE("server non-INVITE transaction: Completed resends the final response until timer J",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_register(bench, tu);
  if (GENERATE(false, true)) {
    t->respond(make_test_response(t->request(), 100, "Trying"));
  }
  bench.channel.take();
  const Message ok = make_test_response(t->request(), 200, "OK");
  CHECK(t->respond(ok));
  CHECK(t->state() == State::Completed);
  CHECK_FALSE(t->respond(make_test_response(t->request(), 500, "Server Internal Error")));
  CHECK_FALSE(t->respond(make_test_response(t->request(), 100, "Trying")));
  t->receive_request(t->request());  // a retransmission after the final response
  CHECK(bench.channel.size() == 2);
  CHECK(bench.channel.last().message == ok);

  bench.timer_service.advance(31999ms);  // no retransmission by timer: the client drives it
  CHECK(bench.channel.size() == 2);
  CHECK(t->state() == State::Completed);
  bench.timer_service.advance(1ms);  // timer J = 64*T1
  CHECK(t->terminated());
  CHECK(tu.terminated == 1);
  t->receive_request(t->request());
  CHECK(bench.channel.size() == 2);
}

TEST_CASE("server non-INVITE transaction: over TCP timer J is zero",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_register(bench, tu, kTcpPhone);
  t->respond(make_test_response(t->request(), 200, "OK"));
  CHECK(t->state() == State::Completed);
  CHECK(bench.channel.last().to == kTcpPhone);
  bench.timer_service.run_due();
  CHECK(t->terminated());
  CHECK(tu.terminated == 1);
}

TEST_CASE("server non-INVITE transaction: transport errors in Proceeding and Completed",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ServerRecorder tu;
  auto t = start_register(bench, tu, kTcpPhone);
  const int status = GENERATE(100, 200);
  t->respond(make_test_response(t->request(), status));
  t->transport_error();
  CHECK(tu.transport_errors == 1);
  CHECK(tu.terminated == 1);
  CHECK(t->terminated());
  CHECK(bench.timer_service.pending() == 0);
}
