// Transaction helpers: make_cancel / make_ack (RFC 3261 §9.1, §17.1.1.3), response_destination
// (RFC 3261 §18.2.2, RFC 3581) and the matching keys (RFC 3261 §17.1.3, §17.2.3).

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/transaction/derived_requests.hpp"
#include "runtime/sip/transaction/response_destination.hpp"
#include "runtime/sip/transaction/transaction_key.hpp"
#include "tests/support/sip_transaction_messages.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::client_key;
using cme::runtime::sip::ClientKey;
using cme::runtime::sip::has_magic_cookie;
using cme::runtime::sip::make_ack;
using cme::runtime::sip::make_cancel;
using cme::runtime::sip::Message;
using cme::runtime::sip::Method;
using cme::runtime::sip::parse_via;
using cme::runtime::sip::response_destination;
using cme::runtime::sip::sent_by;
using cme::runtime::sip::server_key;
using cme::runtime::sip::Via;
using cme::test::make_test_request;
using cme::test::make_test_response;
using cme::test::RequestSpec;

namespace {

Message invite() {
  RequestSpec spec;
  spec.cseq = 42;
  Message m = make_test_request(spec);
  m.add("Route", "<sip:10.0.0.9;lr>");
  m.add("Contact", "<sip:1001@10.0.0.5>");
  m.add("Content-Type", "application/sdp");
  m.body = "v=0\r\n";
  return m;
}

Via via(const std::string& text) {
  auto parsed = parse_via(text);
  REQUIRE(parsed);
  return parsed.value();
}

}  // namespace

TEST_CASE("make_cancel: RFC 3261 §9.1 fields", "[runtime][sip][transaction]") {
  const Message inv = invite();
  const Message cancel = make_cancel(inv);
  CHECK(cancel.request);
  CHECK(cancel.method_id == Method::Cancel);
  CHECK(cancel.method == "CANCEL");
  CHECK(cancel.request_uri == inv.request_uri);
  CHECK(cancel.headers_named("Via") == inv.headers_named("Via"));
  CHECK(cancel.header("From") == inv.header("From"));
  CHECK(cancel.header("To") == inv.header("To"));
  CHECK(cancel.header("Call-ID") == inv.header("Call-ID"));
  CHECK(cancel.header("CSeq") == "42 CANCEL");
  CHECK(cancel.headers_named("Route") == inv.headers_named("Route"));
  CHECK(cancel.header("Max-Forwards") == "70");
  CHECK_FALSE(cancel.header("Contact"));
  CHECK_FALSE(cancel.header("Content-Type"));
  CHECK(cancel.body.empty());
}

TEST_CASE("make_ack: RFC 3261 §17.1.1.3 fields for a non-2xx", "[runtime][sip][transaction]") {
  Message inv = invite();
  inv.prepend("Via", "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKtop");
  const Message busy = make_test_response(inv, 486, "Busy Here", "callee9");
  const Message ack = make_ack(inv, busy);
  CHECK(ack.method_id == Method::Ack);
  CHECK(ack.method == "ACK");
  CHECK(ack.request_uri == inv.request_uri);
  REQUIRE(ack.count("Via") == 1);
  CHECK(ack.header("Via") == "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKtop");
  CHECK(ack.header("To") == "<sip:2001@10.0.0.1>;tag=callee9");
  CHECK(ack.header("From") == inv.header("From"));
  CHECK(ack.header("Call-ID") == inv.header("Call-ID"));
  CHECK(ack.header("CSeq") == "42 ACK");
  CHECK(ack.headers_named("Route") == inv.headers_named("Route"));
  CHECK(ack.body.empty());
}

TEST_CASE("response_destination: RFC 3261 §18.2.2 with RFC 3581 rport",
          "[runtime][sip][transaction]") {
  const Endpoint source{"192.0.2.7", 40000, Protocol::Udp};
  SECTION("rport without value: source address and port") {
    CHECK(response_destination(via("SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK1;rport"), source) ==
          source);
  }
  SECTION("rport with a value: still the source port") {
    CHECK(response_destination(via("SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK1;rport=1234"),
                               source) == source);
  }
  SECTION("no rport: source address (received), sent-by port") {
    CHECK(response_destination(via("SIP/2.0/UDP 10.0.0.5:5070;branch=z9hG4bK1"), source) ==
          Endpoint{"192.0.2.7", 5070, Protocol::Udp});
  }
  SECTION("no rport, no port: 5060") {
    CHECK(response_destination(via("SIP/2.0/UDP host.example;branch=z9hG4bK1"), source) ==
          Endpoint{"192.0.2.7", 5060, Protocol::Udp});
  }
  SECTION("maddr is ignored") {
    CHECK(response_destination(via("SIP/2.0/UDP 10.0.0.5;branch=z9hG4bK1;maddr=224.0.1.75"),
                               source) == Endpoint{"192.0.2.7", 5060, Protocol::Udp});
  }
  SECTION("TCP: the connection the request came on") {
    const Endpoint tcp{"192.0.2.7", 40001, Protocol::Tcp};
    CHECK(response_destination(via("SIP/2.0/TCP 10.0.0.5:5060;branch=z9hG4bK1"), tcp) == tcp);
  }
}

TEST_CASE("transaction keys: client by branch and CSeq method", "[runtime][sip][transaction]") {
  Message inv = invite();
  inv.set("Via", "SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKc1;rport");
  CHECK(client_key(inv) == ClientKey{"z9hG4bKc1", "INVITE"});
  CHECK(client_key(make_cancel(inv)) == ClientKey{"z9hG4bKc1", "CANCEL"});
  CHECK(client_key(make_test_response(inv, 180)) == ClientKey{"z9hG4bKc1", "INVITE"});
  inv.set("Via", "SIP/2.0/UDP 10.0.0.1;rport");
  CHECK_FALSE(client_key(inv));
  inv.remove("Via");
  CHECK_FALSE(client_key(inv));
}

TEST_CASE("transaction keys: server by branch, sent-by and method", "[runtime][sip][transaction]") {
  const Message inv = invite();
  const Via top = via(std::string(inv.header("Via").value_or("")));
  const auto key = server_key(inv, top);
  REQUIRE(key);
  CHECK(key->id == "z9hG4bKinv1");
  CHECK(key->sent_by == "10.0.0.5:5060");
  CHECK(key->method == "INVITE");

  RequestSpec ack_spec;
  ack_spec.method = "ACK";
  ack_spec.cseq = 42;
  const Message ack = make_test_request(ack_spec);
  CHECK(server_key(ack, top)->method == "INVITE");  // an ACK matches its INVITE
  CHECK(server_key(make_cancel(inv), top)->method == "CANCEL");

  CHECK(sent_by(via("SIP/2.0/UDP HOST.Example;branch=z9hG4bK1")) == "host.example:5060");
  CHECK(sent_by(via("SIP/2.0/TLS host.example;branch=z9hG4bK1")) == "host.example:5061");
  CHECK(sent_by(via("SIP/2.0/TCP 10.0.0.5:5080;branch=z9hG4bK1")) == "10.0.0.5:5080");
  CHECK(has_magic_cookie("z9hG4bK1"));
  CHECK_FALSE(has_magic_cookie("z9hG4bK"));
  CHECK_FALSE(has_magic_cookie("Z9HG4BK1"));
  CHECK_FALSE(has_magic_cookie("abc"));
}

TEST_CASE("transaction keys: RFC 2543 fallback ids", "[runtime][sip][transaction]") {
  RequestSpec spec;
  spec.via = "SIP/2.0/UDP 10.0.0.5:5060";
  const Message inv = make_test_request(spec);
  const Via top = via(spec.via);
  const auto key = server_key(inv, top);
  REQUIRE(key);
  CHECK(key->id.starts_with("rfc2543|"));
  RequestSpec ack_spec = spec;
  ack_spec.method = "ACK";
  ack_spec.to = "<sip:2001@10.0.0.1>;tag=ours";
  CHECK(server_key(make_test_request(ack_spec), top).value() == key.value());
  RequestSpec other = spec;
  other.from = "<sip:1001@10.0.0.1>;tag=from2";
  CHECK(server_key(make_test_request(other), top)->id != key->id);
}

TEST_CASE("transaction keys: a bad CSeq is an error fit for a 400", "[runtime][sip][transaction]") {
  Message inv = invite();
  const Via top = via(std::string(inv.header("Via").value_or("")));
  inv.set("CSeq", "x INVITE");
  CHECK_FALSE(server_key(inv, top));
  inv.set("CSeq", "1 OPTIONS");
  const auto mismatch = server_key(inv, top);
  REQUIRE_FALSE(mismatch);
  CHECK_FALSE(mismatch.error().reason.empty());
  inv.remove("CSeq");
  CHECK_FALSE(server_key(inv, top));
}
