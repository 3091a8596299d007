// TransactionLayer, client side: our Via and branch, response matching (RFC 3261 §17.1.3),
// stray responses, CANCEL (RFC 3261 §9.1), the 2xx ACK, transport errors, removal after
// termination and shutdown.

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/transaction/transaction_layer.hpp"
#include "tests/support/sip_transaction_messages.hpp"
#include "tests/support/transaction_layer_bench.hpp"
#include "tests/support/transaction_recorders.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::ClientTransaction;
using cme::runtime::sip::Message;
using cme::runtime::sip::Method;
using cme::runtime::sip::param;
using cme::runtime::sip::parse_via;
using cme::runtime::sip::ReceiveOutcome;
using cme::runtime::sip::TransactionLayer;
using cme::test::ClientRecorder;
using cme::test::LayerBench;
using cme::test::make_test_request;
using cme::test::make_test_response;
using cme::test::RequestSpec;
using namespace std::chrono_literals;

namespace {

const Endpoint kPeer{"10.0.0.7", 5060, Protocol::Udp};
const Endpoint kPeerTcp{"10.0.0.7", 5060, Protocol::Tcp};

// A request as the TU hands it to the layer: no Via yet.
Message outgoing(const std::string& method) {
  RequestSpec spec;
  spec.method = method;
  spec.uri = "sip:3001@10.0.0.7";
  spec.via = "";
  spec.from = "<sip:1001@10.0.0.1>;tag=ours1";
  spec.to = "<sip:3001@10.0.0.7>";
  spec.call_id = "out-1@10.0.0.1";
  return make_test_request(spec);
}

std::string branch_of(const Message& m) {
  const auto via = parse_via(m.header("Via").value_or(""));
  REQUIRE(via);
  return std::string(param(via->params, "branch").value_or(""));
}

}  // namespace

TEST_CASE("transaction layer: client requests get our Via with a fresh branch",
          "[runtime][sip][transaction]") {
  LayerBench b;
  ClientRecorder tu;
  const auto first = b.layer.send_request(outgoing("OPTIONS"), kPeer, tu.callbacks());
  Message with_via = outgoing("OPTIONS");
  with_via.add("Via", "SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKstale");  // replaced by ours
  const auto second = b.layer.send_request(with_via, kPeerTcp, tu.callbacks());
  REQUIRE(first);
  REQUIRE(second);
  REQUIRE(b.channel.size() == 2);
  const Message sent = b.channel.sent()[0].message;
  CHECK(b.channel.sent()[0].to == kPeer);
  CHECK(sent.count("Via") == 1);
  const auto via = parse_via(sent.header("Via").value_or(""));
  REQUIRE(via);
  CHECK(via->transport == "UDP");
  CHECK(via->host == "10.0.0.1");
  CHECK(via->port == 5060);
  CHECK(param(via->params, "rport"));
  const std::string branch = branch_of(sent);
  CHECK(branch.starts_with("z9hG4bK"));
  CHECK(branch.size() == 7 + 16);
  CHECK(first->branch() == branch);
  CHECK(branch_of(b.channel.sent()[1].message) != branch);
  CHECK(b.channel.sent()[1].message.count("Via") == 1);
  CHECK(parse_via(b.channel.sent()[1].message.header("Via").value_or(""))->transport == "TCP");
  CHECK(b.layer.client_count() == 2);
  CHECK(b.layer.counters().client_created == 2);
}

TEST_CASE("transaction layer: ACK and CANCEL are not client transactions of send_request",
          "[runtime][sip][transaction]") {
  LayerBench b;
  CHECK(b.layer.send_request(outgoing("ACK"), kPeer, {}) == nullptr);
  CHECK(b.layer.send_request(outgoing("CANCEL"), kPeer, {}) == nullptr);
  Message no_cseq = outgoing("OPTIONS");
  no_cseq.remove("CSeq");
  CHECK(b.layer.send_request(no_cseq, kPeer, {}) == nullptr);
  CHECK(b.channel.size() == 0);
  CHECK(b.layer.size() == 0);
}

TEST_CASE("transaction layer: responses match by branch and CSeq method; strays are counted",
          "[runtime][sip][transaction]") {
  LayerBench b;
  ClientRecorder tu;
  const auto t = b.layer.send_request(outgoing("OPTIONS"), kPeer, tu.callbacks());
  const Message sent = b.channel.last().message;

  SECTION("matching") {
    CHECK(b.layer.receive(make_test_response(sent, 200, "OK"), kPeer) == ReceiveOutcome::Matched);
    REQUIRE(tu.responses.size() == 1);
    CHECK(tu.responses[0].status == 200);
  }
  SECTION("another branch") {
    Message other = make_test_response(sent, 200, "OK");
    other.set("Via", "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKnotours;rport");
    CHECK(b.layer.receive(other, kPeer) == ReceiveOutcome::Stray);
    CHECK(b.layer.counters().stray_responses == 1);
  }
  SECTION("the same branch, another CSeq method") {
    Message other = make_test_response(sent, 200, "OK");
    other.set("CSeq", "1 INVITE");
    CHECK(b.layer.receive(other, kPeer) == ReceiveOutcome::Stray);
    CHECK(b.layer.counters().stray_responses == 1);
  }
  SECTION("two Vias (RFC 3261 §8.1.3.3): dropped") {
    Message other = make_test_response(sent, 200, "OK");
    other.add("Via", "SIP/2.0/UDP 10.0.0.9;branch=z9hG4bKx");
    CHECK(b.layer.receive(other, kPeer) == ReceiveOutcome::Dropped);
    CHECK(b.layer.counters().malformed == 1);
  }
  SECTION("after the transaction ended: stray") {
    b.layer.receive(make_test_response(sent, 200, "OK"), kPeer);
    b.timer_service.advance(5s);  // timer K
    CHECK(b.layer.size() == 0);
    CHECK(b.layer.receive(make_test_response(sent, 200, "OK"), kPeer) == ReceiveOutcome::Stray);
    CHECK(tu.responses.size() == 1);
  }
}

TEST_CASE("transaction layer: cancel() sends a CANCEL with the INVITE's branch after a 1xx",
          "[runtime][sip][transaction]") {
  LayerBench b;
  ClientRecorder invite_tu;
  ClientRecorder cancel_tu;
  const auto invite = b.layer.send_request(outgoing("INVITE"), kPeer, invite_tu.callbacks());
  const Message sent_invite = b.channel.take().at(0).message;

  CHECK(b.layer.cancel(*invite, cancel_tu.callbacks()));
  CHECK(b.channel.size() == 0);  // RFC 3261 §9.1: not before a provisional response
  b.layer.receive(make_test_response(sent_invite, 180, "Ringing"), kPeer);
  REQUIRE(b.channel.size() == 1);
  const Message cancel = b.channel.last().message;
  CHECK(b.channel.last().to == kPeer);
  CHECK(cancel.method_id == Method::Cancel);
  CHECK(cancel.request_uri == sent_invite.request_uri);
  CHECK(cancel.headers_named("Via") == sent_invite.headers_named("Via"));
  CHECK(cancel.header("CSeq") == "1 CANCEL");
  CHECK(cancel.header("To") == sent_invite.header("To"));
  CHECK(b.layer.client_count() == 2);

  CHECK(b.layer.receive(make_test_response(cancel, 200, "OK"), kPeer) == ReceiveOutcome::Matched);
  CHECK(cancel_tu.responses.size() == 1);
  CHECK(invite_tu.responses.size() == 1);  // the 200 to CANCEL is not the INVITE's
  b.layer.receive(make_test_response(sent_invite, 487, "Request Terminated"), kPeer);
  CHECK(invite_tu.responses.back().status == 487);
  CHECK(b.channel.last().message.method_id == Method::Ack);
  CHECK(branch_of(b.channel.last().message) == branch_of(sent_invite));

  CHECK_FALSE(b.layer.cancel(*invite));  // too late now
  b.timer_service.advance(32s);
  CHECK(b.layer.size() == 0);
  CHECK(invite_tu.terminated == 1);
  CHECK(cancel_tu.terminated == 1);
}

TEST_CASE("transaction layer: cancel() refuses non-INVITE transactions",
          "[runtime][sip][transaction]") {
  LayerBench b;
  const auto options = b.layer.send_request(outgoing("OPTIONS"), kPeer, {});
  CHECK_FALSE(b.layer.cancel(*options));
  CHECK(b.channel.size() == 1);
}

TEST_CASE("transaction layer: send_ack sends the 2xx ACK statelessly with a fresh branch",
          "[runtime][sip][transaction]") {
  LayerBench b;
  const auto invite = b.layer.send_request(outgoing("INVITE"), kPeer, {});
  Message ack = outgoing("ACK");
  ack.request_uri = "sip:3001@10.0.0.7:5070";  // the 2xx's Contact
  const Message sent = b.layer.send_ack(ack, kPeer);
  CHECK(b.channel.last().message == sent);
  CHECK(branch_of(sent).starts_with("z9hG4bK"));
  CHECK(branch_of(sent) != invite->branch());
  CHECK(b.layer.client_count() == 1);  // no transaction for it
}

TEST_CASE("transaction layer: a transport error reaches the client transactions of that peer",
          "[runtime][sip][transaction]") {
  LayerBench b;
  ClientRecorder to_a;
  ClientRecorder to_b;
  const Endpoint peer_b{"10.0.0.8", 5060, Protocol::Tcp};
  b.layer.send_request(outgoing("INVITE"), kPeerTcp, to_a.callbacks());
  b.layer.send_request(outgoing("OPTIONS"), kPeerTcp, to_a.callbacks());
  b.layer.send_request(outgoing("OPTIONS"), peer_b, to_b.callbacks());
  b.layer.transport_error(kPeerTcp);
  CHECK(to_a.transport_errors == 2);
  CHECK(to_a.terminated == 2);
  CHECK(to_b.transport_errors == 0);
  CHECK(b.layer.client_count() == 1);
}

TEST_CASE("transaction layer: every transaction is removed once its timers have run",
          "[runtime][sip][transaction]") {
  LayerBench b;
  ClientRecorder tu;
  // Client: one times out (F), one completes (K), an INVITE gets a 2xx (M), one a 486 (D).
  b.layer.send_request(outgoing("OPTIONS"), kPeer, tu.callbacks());
  b.layer.send_request(outgoing("REGISTER"), kPeer, tu.callbacks());
  b.layer.receive(make_test_response(b.channel.last().message, 200, "OK"), kPeer);
  b.layer.send_request(outgoing("INVITE"), kPeer, tu.callbacks());
  b.layer.receive(make_test_response(b.channel.last().message, 200, "OK"), kPeer);
  b.layer.send_request(outgoing("INVITE"), kPeer, tu.callbacks());
  b.layer.receive(make_test_response(b.channel.last().message, 486, "Busy Here"), kPeer);
  // Server: a BYE answered 200 (J), an INVITE answered 200 (L).
  for (const char* method : {"BYE", "INVITE"}) {
    RequestSpec spec;
    spec.method = method;
    spec.via = std::string("SIP/2.0/UDP 10.0.0.7:5060;branch=z9hG4bK") + method;
    b.layer.receive(make_test_request(spec), kPeer);
    b.tu.requests.back().transaction->respond(
        make_test_response(b.tu.requests.back().request, 200, "OK"));
  }
  CHECK(b.layer.size() == 6);
  b.timer_service.advance(64s);
  CHECK(b.layer.size() == 0);
  CHECK(b.timer_service.pending() == 0);
  CHECK(tu.terminated == 4);
  CHECK(tu.timeouts == 1);
}

TEST_CASE("transaction layer: destruction aborts live transactions without callbacks",
          "[runtime][sip][transaction]") {
  LayerBench b;
  ClientRecorder tu;
  std::optional<TransactionLayer> layer;
  layer.emplace(b.timer_service, b.channel, b.random, b.tu, LayerBench::options());
  const auto t = layer->send_request(outgoing("INVITE"), kPeer, tu.callbacks());
  RequestSpec spec;
  layer->receive(make_test_request(spec), kPeer);
  REQUIRE(b.tu.requests.size() == 1);
  layer.reset();
  CHECK(b.timer_service.pending() == 0);
  CHECK(t->terminated());
  CHECK(b.tu.requests[0].transaction->terminated());
  const auto& server = b.tu.requests[0];
  CHECK_FALSE(server.transaction->respond(make_test_response(server.request, 200)));
  b.timer_service.advance(64s);
  CHECK(tu.terminated == 0);
  CHECK(tu.timeouts == 0);
}
