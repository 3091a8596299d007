// ClientNonInviteTransaction: RFC 3261 §17.1.2 (Figure 6) on the manual clock with a recording
// channel.

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <vector>

#include "runtime/sip/transaction/client_non_invite_transaction.hpp"
#include "tests/support/sip_transaction_messages.hpp"
#include "tests/support/transaction_recorders.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::ClientNonInviteTransaction;
using cme::runtime::sip::Message;
using cme::test::ClientRecorder;
using cme::test::make_test_request;
using cme::test::make_test_response;
using cme::test::RequestSpec;
using cme::test::TransactionBench;
using State = ClientNonInviteTransaction::State;
using namespace std::chrono_literals;

namespace {

const Endpoint kUdpPeer{"10.0.0.1", 5060, Protocol::Udp};
const Endpoint kTcpPeer{"10.0.0.1", 5060, Protocol::Tcp};

std::shared_ptr<ClientNonInviteTransaction> start_register(TransactionBench& bench,
                                                           ClientRecorder& tu,
                                                           const Endpoint& peer = kUdpPeer) {
  RequestSpec spec;
  spec.method = "REGISTER";
  spec.uri = "sip:10.0.0.1";
  spec.via = "SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bKreg1;rport";
  auto t = std::make_shared<ClientNonInviteTransaction>(bench.services(), make_test_request(spec),
                                                        peer, tu.callbacks());
  t->start();
  return t;
}

}  // namespace

TEST_CASE("client non-INVITE transaction: UDP timer E doubles up to T2, timer F times out",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_register(bench, tu);
  CHECK(t->state() == State::Trying);
  bench.timer_service.advance(31999ms);
  // Intervals 0.5, 1, 2, then T2 = 4 s.
  CHECK(bench.channel.times_ms(bench.start) ==
        std::vector<long long>{0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500});
  CHECK(tu.timeouts == 0);
  bench.timer_service.advance(1ms);  // timer F = 64*T1
  CHECK(tu.timeouts == 1);
  CHECK(tu.terminated == 1);
  CHECK(t->terminated());
  CHECK(bench.timer_service.pending() == 0);
}

TEST_CASE("client non-INVITE transaction: in Proceeding timer E retransmits every T2",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_register(bench, tu);
  bench.timer_service.advance(600ms);  // sends at 0 and 500; E pending for 1500
  t->receive_response(make_test_response(t->request(), 100, "Trying"));
  CHECK(t->state() == State::Proceeding);
  CHECK(tu.responses.size() == 1);
  bench.timer_service.advance(10s);  // to 10.6 s
  CHECK(bench.channel.times_ms(bench.start) == std::vector<long long>{0, 500, 1500, 5500, 9500});
  bench.timer_service.advance(21399ms);  // timer F still runs in Proceeding
  CHECK(tu.timeouts == 0);
  bench.timer_service.advance(1ms);
  CHECK(tu.timeouts == 1);
}

TEST_CASE("client non-INVITE transaction: a final response completes it; timer K is T4",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_register(bench, tu);
  const bool after_provisional = GENERATE(false, true);
  if (after_provisional) {
    t->receive_response(make_test_response(t->request(), 100, "Trying"));
  }
  const Message ok = make_test_response(t->request(), 200, "OK");
  t->receive_response(ok);
  CHECK(t->state() == State::Completed);
  CHECK(tu.responses.back() == ok);
  const auto delivered = tu.responses.size();

  t->receive_response(ok);  // a retransmission is absorbed
  t->receive_response(make_test_response(t->request(), 100, "Trying"));  // late: ignored
  CHECK(tu.responses.size() == delivered);
  t->transport_error();  // ignored in Completed
  CHECK(tu.transport_errors == 0);

  bench.timer_service.advance(4999ms);
  CHECK(bench.channel.size() == 1);  // no retransmission after the final response
  CHECK(t->state() == State::Completed);
  bench.timer_service.advance(1ms);
  CHECK(t->terminated());
  CHECK(tu.terminated == 1);
  CHECK(tu.timeouts == 0);
}

TEST_CASE("client non-INVITE transaction: TCP never retransmits and timer K is zero",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_register(bench, tu, kTcpPeer);
  SECTION("timeout") {
    bench.timer_service.advance(31999ms);
    CHECK(bench.channel.size() == 1);
    bench.timer_service.advance(1ms);
    CHECK(tu.timeouts == 1);
  }
  SECTION("final response") {
    t->receive_response(make_test_response(t->request(), 401, "Unauthorized"));
    CHECK(t->state() == State::Completed);
    bench.timer_service.run_due();
    CHECK(t->terminated());
    CHECK(tu.terminated == 1);
  }
}

TEST_CASE("client non-INVITE transaction: transport errors in Trying and Proceeding",
          "[runtime][sip][transaction]") {
  TransactionBench bench;
  ClientRecorder tu;
  auto t = start_register(bench, tu, kTcpPeer);
  if (GENERATE(false, true)) {
    t->receive_response(make_test_response(t->request(), 100, "Trying"));
  }
  t->transport_error();
  CHECK(tu.transport_errors == 1);
  CHECK(tu.terminated == 1);
  CHECK(t->terminated());
  CHECK(bench.timer_service.pending() == 0);
}

TEST_CASE("client non-INVITE transaction: custom T1/T2/T4", "[runtime][sip][transaction]") {
  cme::runtime::sip::TransactionTimers timers;
  timers.t1 = 200ms;
  timers.t2 = 1s;
  timers.t4 = 2s;
  TransactionBench bench(timers);
  ClientRecorder tu;
  auto t = start_register(bench, tu);
  bench.timer_service.advance(3500ms);
  CHECK(bench.channel.times_ms(bench.start) ==
        std::vector<long long>{0, 200, 600, 1400, 2400, 3400});
  t->receive_response(make_test_response(t->request(), 200, "OK"));
  bench.timer_service.advance(1999ms);
  CHECK_FALSE(t->terminated());
  bench.timer_service.advance(1ms);
  CHECK(t->terminated());
}
