// Answers the TransactionLayer sends without making a transaction: the TU's (RFC 3261 §8.2.7,
// the challenge of an unauthenticated request), and the 503 with Retry-After (RFC 3261 §21.5.4,
// §20.33) at max_server_transactions, where retransmissions, ACKs and responses are handled as
// always and room comes back as transactions end.

#include <catch2/catch.hpp>
#include <chrono>
#include <optional>
#include <string>

#include "runtime/sip/transaction/transaction_layer.hpp"
#include "tests/support/sip_transaction_messages.hpp"
#include "tests/support/transaction_layer_bench.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::Message;
using cme::runtime::sip::ReceiveOutcome;
using cme::runtime::sip::TransactionLayerOptions;
using cme::test::LayerBench;
using cme::test::make_test_request;
using cme::test::make_test_response;
using cme::test::phone_spec;
using namespace std::chrono_literals;

namespace {

const Endpoint kPhone{"10.0.0.5", 40000, Protocol::Udp};

Message request(const std::string& method, const std::string& branch) {
  return make_test_request(phone_spec(method, branch));
}

TransactionLayerOptions capped(std::size_t max) {
  TransactionLayerOptions o = LayerBench::options();
  o.max_server_transactions = max;
  o.overload_retry_after = 7;
  return o;
}

}  // namespace

TEST_CASE("transaction layer: at the cap a new request gets 503 with Retry-After",
          "[runtime][sip][transaction]") {
  LayerBench b(capped(2));
  const Message first = request("REGISTER", "z9hG4bKa1");
  CHECK(b.layer.receive(first, kPhone) == ReceiveOutcome::NewTransaction);
  CHECK(b.layer.receive(request("OPTIONS", "z9hG4bKa2"), kPhone) ==
        ReceiveOutcome::NewTransaction);
  CHECK(b.channel.size() == 0);

  const Message third = request("REGISTER", "z9hG4bKa3");
  CHECK(b.layer.receive(third, kPhone) == ReceiveOutcome::Overloaded);
  CHECK(b.tu.requests.size() == 2);  // the TU never sees it
  CHECK(b.layer.server_count() == 2);
  CHECK(b.layer.counters().overloaded == 1);
  REQUIRE(b.channel.size() == 1);
  const Message& busy = b.channel.last().message;
  CHECK(busy.status == 503);
  CHECK(busy.reason == "Service Unavailable");
  CHECK(busy.header("Retry-After") == "7");
  CHECK(busy.header("Via") == third.header("Via"));
  CHECK(busy.header("Call-ID") == third.header("Call-ID"));
  CHECK(busy.header("CSeq") == third.header("CSeq"));
  CHECK(b.channel.last().to == kPhone);  // rport: where it came from

  SECTION("retransmissions of live transactions are still absorbed") {
    CHECK(b.layer.receive(first, kPhone) == ReceiveOutcome::Matched);
    CHECK(b.layer.counters().overloaded == 1);
  }
  SECTION("an ACK is never answered") {
    CHECK(b.layer.receive(request("ACK", "z9hG4bKa4"), kPhone) == ReceiveOutcome::AckToTu);
    CHECK(b.channel.size() == 1);
  }
  SECTION("room comes back when a transaction ends (Timer J)") {
    CHECK(b.tu.requests[0].transaction->respond(make_test_response(first, 200, "OK")));
    CHECK(b.layer.receive(third, kPhone) == ReceiveOutcome::Overloaded);  // still 2 live
    b.timer_service.advance(32s);
    CHECK(b.layer.server_count() == 1);
    CHECK(b.layer.receive(third, kPhone) == ReceiveOutcome::NewTransaction);
    CHECK(b.tu.requests.size() == 3);
  }
}

TEST_CASE("transaction layer: the TU may answer a new request without a transaction",
          "[runtime][sip][transaction]") {
  LayerBench b;
  b.tu.stateless = [](const Message& request) -> std::optional<Message> {
    if (request.header("Authorization")) {
      return std::nullopt;
    }
    return make_test_response(request, 401, "Unauthorized");
  };
  const Message first = request("REGISTER", "z9hG4bKc1");
  CHECK(b.layer.receive(first, kPhone) == ReceiveOutcome::Stateless);
  CHECK(b.layer.server_count() == 0);
  CHECK(b.tu.requests.empty());
  CHECK(b.layer.counters().stateless == 1);
  REQUIRE(b.channel.size() == 1);
  CHECK(b.channel.last().message.status == 401);
  CHECK(b.channel.last().to == kPhone);  // the response destination: rport, the source port

  // A retransmission finds no transaction: the TU is asked again, and answers again.
  CHECK(b.layer.receive(first, kPhone) == ReceiveOutcome::Stateless);
  CHECK(b.channel.size() == 2);
  CHECK(b.tu.asked_statelessly.size() == 2);
  CHECK(b.layer.counters().retransmissions_absorbed == 0);

  // One it declines makes a transaction and reaches on_request, as always.
  Message second = request("REGISTER", "z9hG4bKc2");
  second.add("Authorization", "Digest username=\"u1\"");
  CHECK(b.layer.receive(second, kPhone) == ReceiveOutcome::NewTransaction);
  CHECK(b.layer.server_count() == 1);
  CHECK(b.tu.requests.size() == 1);
  // Its retransmission is the transaction's: the TU is not asked about it.
  CHECK(b.layer.receive(second, kPhone) == ReceiveOutcome::Matched);
  CHECK(b.tu.asked_statelessly.size() == 3);

  SECTION("never for ACK or CANCEL") {
    CHECK(b.layer.receive(request("ACK", "z9hG4bKc3"), kPhone) == ReceiveOutcome::AckToTu);
    CHECK(b.layer.receive(request("CANCEL", "z9hG4bKc2"), kPhone) ==
          ReceiveOutcome::NewTransaction);
    CHECK(b.tu.asked_statelessly.size() == 3);
    CHECK(b.tu.cancels.size() == 1);
  }
  SECTION("stateless answers need no room: they go on at the cap") {
    LayerBench capped_bench(capped(0));
    capped_bench.tu.stateless = b.tu.stateless;
    CHECK(capped_bench.layer.receive(first, kPhone) == ReceiveOutcome::Stateless);
    CHECK(capped_bench.layer.receive(second, kPhone) == ReceiveOutcome::Overloaded);
  }
}
