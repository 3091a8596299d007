// TransactionLayer, server side: request matching (RFC 3261 §17.2.3), retransmission
// absorption, ACK and CANCEL routing, response destinations, removal after termination.

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>

#include "runtime/sip/transaction/server_invite_transaction.hpp"
#include "runtime/sip/transaction/transaction_layer.hpp"
#include "tests/support/sip_transaction_messages.hpp"
#include "tests/support/transaction_layer_bench.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::Message;
using cme::runtime::sip::ReceiveOutcome;
using cme::runtime::sip::ServerInviteTransaction;
using cme::runtime::sip::TransactionFailure;
using cme::test::LayerBench;
using cme::test::make_test_request;
using cme::test::make_test_response;
using cme::test::phone_spec;
using cme::test::RequestSpec;
using namespace std::chrono_literals;

namespace {

// The phone's NAT binding: the Via says 5060 but the datagrams come from 40000.
const Endpoint kPhone{"10.0.0.5", 40000, Protocol::Udp};
const Endpoint kPhoneTcp{"10.0.0.5", 40001, Protocol::Tcp};

Message request(const std::string& method, const std::string& branch = "z9hG4bKa1") {
  return make_test_request(phone_spec(method, branch));
}

// The ACK a phone sends for `response` to `invite`: for a non-2xx with the INVITE's branch,
// for a 2xx with `branch` (a new one).
Message ack_for(const Message& response, const std::string& branch) {
  RequestSpec spec = phone_spec("ACK", branch);
  spec.to = std::string(response.header("To").value_or(""));
  return make_test_request(spec);
}

}  // namespace

TEST_CASE("transaction layer: a new request reaches the TU once; retransmissions are absorbed",
          "[runtime][sip][transaction]") {
  LayerBench b;
  const Message reg = request("REGISTER");
  CHECK(b.layer.receive(reg, kPhone) == ReceiveOutcome::NewTransaction);
  REQUIRE(b.tu.requests.size() == 1);
  CHECK(b.tu.requests[0].request == reg);
  CHECK(b.tu.requests[0].source == kPhone);
  CHECK(b.layer.server_count() == 1);

  CHECK(b.layer.receive(reg, kPhone) == ReceiveOutcome::Matched);
  CHECK(b.tu.requests.size() == 1);
  CHECK(b.channel.size() == 0);  // Trying: nothing to resend yet
  CHECK(b.layer.counters().retransmissions_absorbed == 1);

  const auto transaction = b.tu.requests[0].transaction;
  const Message ok = make_test_response(reg, 200, "OK");
  CHECK(transaction->respond(ok));
  REQUIRE(b.channel.size() == 1);
  CHECK(b.channel.last().to == kPhone);  // rport: the source port, not the Via's 5060

  CHECK(b.layer.receive(reg, kPhone) == ReceiveOutcome::Matched);  // the last response again
  CHECK(b.channel.size() == 2);
  CHECK(b.channel.last().message == ok);
  CHECK(b.tu.requests.size() == 1);

  b.timer_service.advance(32s);  // timer J
  CHECK(b.layer.size() == 0);
  CHECK(b.timer_service.pending() == 0);
  CHECK(b.layer.receive(reg, kPhone) == ReceiveOutcome::NewTransaction);  // a new one
  CHECK(b.tu.requests.size() == 2);
}

TEST_CASE("transaction layer: responses go to the Via port without rport, back over TCP",
          "[runtime][sip][transaction]") {
  LayerBench b;
  RequestSpec spec = phone_spec("OPTIONS", "z9hG4bKo1");
  spec.via = "SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bKo1";
  b.layer.receive(make_test_request(spec), kPhone);
  b.tu.requests[0].transaction->respond(make_test_response(b.tu.requests[0].request, 200));
  CHECK(b.channel.last().to == Endpoint{"10.0.0.5", 5062, Protocol::Udp});

  spec.via = "SIP/2.0/TCP 10.0.0.5:5060;branch=z9hG4bKo2";
  b.layer.receive(make_test_request(spec), kPhoneTcp);
  b.tu.requests[1].transaction->respond(make_test_response(b.tu.requests[1].request, 200));
  CHECK(b.channel.last().to == kPhoneTcp);
  b.timer_service.run_due();  // timer J is zero over TCP
  CHECK(b.layer.server_count() == 1);
}

TEST_CASE("transaction layer: an INVITE gets 100 Trying; the ACK of a non-2xx is absorbed",
          "[runtime][sip][transaction]") {
  LayerBench b;
  const Message invite = request("INVITE");
  b.layer.receive(invite, kPhone);
  b.timer_service.advance(200ms);
  REQUIRE(b.channel.size() == 1);
  CHECK(b.channel.last().message.status == 100);

  const auto transaction = b.tu.requests.at(0).transaction;
  const Message busy = make_test_response(invite, 486, "Busy Here");
  transaction->respond(busy);
  CHECK(b.layer.receive(invite, kPhone) == ReceiveOutcome::Matched);  // INVITE after the final
  CHECK(b.channel.last().message == busy);

  CHECK(b.layer.receive(ack_for(busy, "z9hG4bKa1"), kPhone) == ReceiveOutcome::Matched);
  CHECK(b.tu.acks.empty());
  auto* machine = dynamic_cast<ServerInviteTransaction*>(transaction.get());
  REQUIRE(machine != nullptr);
  CHECK(machine->state() == ServerInviteTransaction::State::Confirmed);
  b.timer_service.advance(5s);  // timer I
  CHECK(b.layer.size() == 0);
  CHECK(b.tu.failures.empty());
}

TEST_CASE("transaction layer: ACKs for a 2xx go to the TU", "[runtime][sip][transaction]") {
  LayerBench b;
  const Message invite = request("INVITE");
  b.layer.receive(invite, kPhone);
  const Message ok = make_test_response(invite, 200, "OK");
  b.tu.requests.at(0).transaction->respond(ok);

  SECTION("an ACK with its own branch matches nothing: stray, passed up") {
    CHECK(b.layer.receive(ack_for(ok, "z9hG4bKack9"), kPhone) == ReceiveOutcome::AckToTu);
    CHECK(b.layer.counters().stray_acks == 1);
  }
  SECTION("an ACK reusing the INVITE's branch matches in Accepted: passed up") {
    CHECK(b.layer.receive(ack_for(ok, "z9hG4bKa1"), kPhone) == ReceiveOutcome::Matched);
    CHECK(b.layer.counters().stray_acks == 0);
  }
  REQUIRE(b.tu.acks.size() == 1);
  CHECK(b.tu.acks[0].second == kPhone);
  CHECK(b.layer.receive(invite, kPhone) == ReceiveOutcome::Matched);  // absorbed
  CHECK(b.tu.requests.size() == 1);
  CHECK(b.channel.size() == 1);
  b.timer_service.advance(32s);  // timer L
  CHECK(b.layer.size() == 0);
}

TEST_CASE("transaction layer: CANCEL matches the INVITE server transaction",
          "[runtime][sip][transaction]") {
  LayerBench b;
  const Message invite = request("INVITE");
  b.layer.receive(invite, kPhone);
  const auto invite_transaction = b.tu.requests.at(0).transaction;
  b.timer_service.advance(200ms);  // 100 Trying

  RequestSpec cancel_spec = phone_spec("CANCEL", "z9hG4bKa1");
  const Message cancel = make_test_request(cancel_spec);
  CHECK(b.layer.receive(cancel, kPhone) == ReceiveOutcome::NewTransaction);
  CHECK(b.tu.requests.size() == 1);  // CANCEL goes to on_cancel only
  REQUIRE(b.tu.cancels.size() == 1);
  CHECK(b.tu.cancels[0].cancelled == invite_transaction);
  CHECK(b.tu.cancels[0].request == cancel);
  CHECK(b.layer.server_count() == 2);

  // The TU answers 200 to the CANCEL and 487 to the INVITE.
  const Message cancel_ok = make_test_response(cancel, 200, "OK");
  CHECK(b.tu.cancels[0].cancel->respond(cancel_ok));
  const Message terminated = make_test_response(invite, 487, "Request Terminated");
  CHECK(invite_transaction->respond(terminated));
  CHECK(b.channel.size() == 3);

  CHECK(b.layer.receive(cancel, kPhone) == ReceiveOutcome::Matched);  // retransmitted CANCEL
  CHECK(b.channel.last().message == cancel_ok);
  CHECK(b.tu.cancels.size() == 1);
  CHECK(b.layer.receive(ack_for(terminated, "z9hG4bKa1"), kPhone) == ReceiveOutcome::Matched);
  b.timer_service.advance(32s);
  CHECK(b.layer.size() == 0);
}

TEST_CASE("transaction layer: a CANCEL matching nothing comes with no cancelled transaction",
          "[runtime][sip][transaction]") {
  LayerBench b;
  b.layer.receive(request("INVITE", "z9hG4bKa1"), kPhone);
  SECTION("another branch") {
    b.layer.receive(request("CANCEL", "z9hG4bKother"), kPhone);
  }
  SECTION("the same branch from another sent-by") {
    RequestSpec spec = phone_spec("CANCEL", "z9hG4bKa1");
    spec.via = "SIP/2.0/UDP 10.0.0.6:5060;branch=z9hG4bKa1";
    b.layer.receive(make_test_request(spec), kPhone);
  }
  REQUIRE(b.tu.cancels.size() == 1);
  CHECK(b.tu.cancels[0].cancelled == nullptr);
}

TEST_CASE("transaction layer: sent-by and method separate transactions with one branch",
          "[runtime][sip][transaction]") {
  LayerBench b;
  RequestSpec spec = phone_spec("REGISTER", "z9hG4bKsame");
  b.layer.receive(make_test_request(spec), kPhone);
  spec.via = "SIP/2.0/UDP 10.0.0.6:5060;branch=z9hG4bKsame";
  CHECK(b.layer.receive(make_test_request(spec), kPhone) == ReceiveOutcome::NewTransaction);
  spec.method = "OPTIONS";
  CHECK(b.layer.receive(make_test_request(spec), kPhone) == ReceiveOutcome::NewTransaction);
  spec.via = "SIP/2.0/UDP 10.0.0.6;branch=z9hG4bKsame";  // default port 5060: same sent-by
  CHECK(b.layer.receive(make_test_request(spec), kPhone) == ReceiveOutcome::Matched);
  CHECK(b.layer.server_count() == 3);
}

TEST_CASE("transaction layer: requests without the magic cookie use the RFC 2543 fallback",
          "[runtime][sip][transaction]") {
  LayerBench b;
  const Message invite = request("INVITE", "old1");
  CHECK(b.layer.receive(invite, kPhone) == ReceiveOutcome::NewTransaction);
  CHECK(b.layer.receive(invite, kPhone) == ReceiveOutcome::Matched);
  Message other_call = invite;
  other_call.set("Call-ID", "call-2@10.0.0.5");
  CHECK(b.layer.receive(other_call, kPhone) == ReceiveOutcome::NewTransaction);

  const Message busy = make_test_response(invite, 486, "Busy Here");
  b.tu.requests.at(0).transaction->respond(busy);
  CHECK(b.layer.receive(ack_for(busy, "old1"), kPhone) == ReceiveOutcome::Matched);
  CHECK(b.tu.acks.empty());
  CHECK(b.layer.receive(request("CANCEL", "old1"), kPhone) == ReceiveOutcome::NewTransaction);
  REQUIRE(b.tu.cancels.size() == 1);
  CHECK(b.tu.cancels[0].cancelled == b.tu.requests.at(0).transaction);
}

TEST_CASE("transaction layer: malformed requests are dropped or answered 400",
          "[runtime][sip][transaction]") {
  LayerBench b;
  SECTION("no Via: dropped") {
    RequestSpec spec = phone_spec("OPTIONS", "z9hG4bKm1");
    spec.via = "";
    CHECK(b.layer.receive(make_test_request(spec), kPhone) == ReceiveOutcome::Dropped);
    CHECK(b.channel.size() == 0);
  }
  SECTION("an unusable top Via: 400 to the source (issue 16 #5)") {
    Message m = request("OPTIONS");
    m.set("Via", "SIP/2.0/UDP");
    CHECK(b.layer.receive(m, kPhone) == ReceiveOutcome::Rejected);
    REQUIRE(b.channel.size() == 1);
    CHECK(b.channel.last().message.status == 400);
    CHECK(b.channel.last().to == kPhone);
  }
  SECTION("bad CSeq: 400 to the response destination") {
    Message m = request("OPTIONS");
    m.set("CSeq", "one OPTIONS");
    CHECK(b.layer.receive(m, kPhone) == ReceiveOutcome::Rejected);
    REQUIRE(b.channel.size() == 1);
    CHECK(b.channel.last().message.status == 400);
    CHECK(b.channel.last().to == kPhone);
  }
  SECTION("CSeq method differs from the request method: 400") {
    RequestSpec spec = phone_spec("OPTIONS", "z9hG4bKm1");
    spec.cseq_method = "INVITE";
    CHECK(b.layer.receive(make_test_request(spec), kPhone) == ReceiveOutcome::Rejected);
    CHECK(b.channel.last().message.status == 400);
  }
  SECTION("a bad ACK is dropped silently") {
    Message m = request("ACK");
    m.set("CSeq", "x");
    CHECK(b.layer.receive(m, kPhone) == ReceiveOutcome::Dropped);
    CHECK(b.channel.size() == 0);
  }
  CHECK(b.layer.counters().malformed == 1);
  CHECK(b.tu.requests.empty());
  CHECK(b.layer.size() == 0);
}

TEST_CASE("transaction layer: timer H and transport errors reach the TU as failures",
          "[runtime][sip][transaction]") {
  LayerBench b;
  b.layer.receive(request("INVITE", "z9hG4bKudp"), kPhone);
  RequestSpec spec = phone_spec("INVITE", "z9hG4bKtcp");
  spec.via = "SIP/2.0/TCP 10.0.0.5:5060;branch=z9hG4bKtcp";
  b.layer.receive(make_test_request(spec), kPhoneTcp);
  REQUIRE(b.tu.requests.size() == 2);
  b.tu.requests[0].transaction->respond(make_test_response(b.tu.requests[0].request, 486));

  b.layer.transport_error(kPhoneTcp);
  REQUIRE(b.tu.failures.size() == 1);
  CHECK(b.tu.failures[0].transaction == b.tu.requests[1].transaction.get());
  CHECK(b.tu.failures[0].failure == TransactionFailure::TransportError);
  CHECK(b.layer.server_count() == 1);

  b.timer_service.advance(32s);
  REQUIRE(b.tu.failures.size() == 2);
  CHECK(b.tu.failures[1].transaction == b.tu.requests[0].transaction.get());
  CHECK(b.tu.failures[1].failure == TransactionFailure::Timeout);
  CHECK(b.layer.size() == 0);
  CHECK(b.timer_service.pending() == 0);
}
