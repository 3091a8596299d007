// SipTransport over a LoopbackTransport, and stamp_top_via (RFC 3261 §18.2.1, RFC 3581 §4):
// what reaches the handler, what is answered on its own, and the Via a response will follow.

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/transport/sip_transport.hpp"
#include "runtime/sip/transport/via_stamp.hpp"
#include "tests/support/loopback_transport.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/manual_timer_service.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::net::Protocol;
using cme::runtime::sip::Message;
using cme::runtime::sip::parse_message;
using cme::runtime::sip::SipTransport;
using cme::runtime::sip::stamp_top_via;

namespace {

Message options_with_via(const std::string& via) {
  const std::string text = "OPTIONS sip:1001@10.0.0.1 SIP/2.0\r\n"
                           "Via: " + via + "\r\n"
                           "Via: SIP/2.0/UDP 192.0.2.7:5060;branch=z9hG4bKlower\r\n"
                           "From: <sip:1002@10.0.0.1>;tag=a\r\n"
                           "To: <sip:1001@10.0.0.1>\r\n"
                           "Call-ID: c1\r\n"
                           "CSeq: 1 OPTIONS\r\n"
                           "Max-Forwards: 70\r\n"
                           "Content-Length: 0\r\n\r\n";
  auto parsed = parse_message(text);
  REQUIRE(parsed);
  return std::move(parsed).value();
}

/// The top Via after stamping a request that came from `source`.
std::string stamped(const std::string& via, const Endpoint& source) {
  Message m = options_with_via(via);
  stamp_top_via(m, source);
  CHECK(m.headers_named("Via").size() == 2);
  CHECK(m.headers_named("Via")[1] == "SIP/2.0/UDP 192.0.2.7:5060;branch=z9hG4bKlower");
  return std::string(m.header("Via").value_or(""));
}

}  // namespace

TEST_CASE("stamp_top_via: received and rport", "[runtime][sip][transport]") {
  const Endpoint phone{"10.0.0.5", 5062, Protocol::Udp};
  SECTION("sent-by is the source and no rport: unchanged") {
    CHECK(stamped("SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1");
    CHECK(stamped("SIP/2.0/UDP 10.0.0.5;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP 10.0.0.5;branch=z9hG4bK1");
  }
  SECTION("another sent-by host gets received") {
    CHECK(stamped("SIP/2.0/UDP 192.168.1.9:5060;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP 192.168.1.9:5060;branch=z9hG4bK1;received=10.0.0.5");
    CHECK(stamped("SIP/2.0/UDP 10.0.0.50:5062;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP 10.0.0.50:5062;branch=z9hG4bK1;received=10.0.0.5");
    CHECK(stamped("SIP/2.0/UDP phone.example.com;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP phone.example.com;branch=z9hG4bK1;received=10.0.0.5");
  }
  SECTION("rport: filled with the source port, and received added even for the same host") {
    CHECK(stamped("SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1;rport", phone) ==
          "SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1;rport=5062;received=10.0.0.5");
    CHECK(stamped("SIP/2.0/UDP 10.0.0.5:5060;RPORT;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP 10.0.0.5:5060;RPORT=5062;branch=z9hG4bK1;received=10.0.0.5");
  }
  SECTION("an existing received is replaced") {
    CHECK(stamped("SIP/2.0/UDP 192.168.1.9;received=1.2.3.4;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP 192.168.1.9;received=10.0.0.5;branch=z9hG4bK1");
  }
  SECTION("'rport' inside another value is not an rport parameter") {
    CHECK(stamped("SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bKrport", phone) ==
          "SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bKrport");
  }
  SECTION("the parsed path (any shape) and the text path (plain shape) agree") {
    // Lower-case transport, upper-case host, a leading-zero port or a quoted value take the
    // parsed path; the same Via in the plain shape takes the text path.
    const std::string plain = "SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1;rport=5062;received=10.0.0.5";
    CHECK(stamped("SIP/2.0/udp 10.0.0.5:5062;branch=z9hG4bK1;rport", phone) == plain);
    CHECK(stamped("SIP/2.0/UDP 10.0.0.5:05062;branch=z9hG4bK1;rport", phone) == plain);
    CHECK(stamped("SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1;rport", phone) == plain);
    CHECK(stamped("SIP/2.0/TCP PHONE.example.com;branch=z9hG4bK1", phone) ==
          stamped("SIP/2.0/TCP phone.example.com;branch=z9hG4bK1", phone));
    CHECK(stamped("SIP/2.0/UDP h.example.com;x=\"a b\";branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP h.example.com;x=\"a b\";branch=z9hG4bK1;received=10.0.0.5");
    CHECK(stamped("SIP/2.0/UDP 10.0.0.5 ;rport;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP 10.0.0.5;rport=5062;branch=z9hG4bK1;received=10.0.0.5");
  }
  SECTION("a Via that does not parse is left alone") {
    CHECK(stamped("SIP/2.0/UDP 10.0.0.9:99999;branch=z9hG4bK1;rport", phone) ==
          "SIP/2.0/UDP 10.0.0.9:99999;branch=z9hG4bK1;rport");
    CHECK(stamped("SIP/2.0/UDP 10.0.0.9;branch=z9hG4bK1;;rport", phone) ==
          "SIP/2.0/UDP 10.0.0.9;branch=z9hG4bK1;;rport");
  }
  SECTION("a host that only starts like the source address is another host") {
    CHECK(stamped("SIP/2.0/UDP 10.0.0.55:5062;branch=z9hG4bK1", phone) ==
          "SIP/2.0/UDP 10.0.0.55:5062;branch=z9hG4bK1;received=10.0.0.5");
  }
}

TEST_CASE("sip transport: requests reach the handler stamped, malformed ones get 400",
          "[runtime][sip][transport]") {
  cme::test::LoopbackTransport net;
  SipTransport sip(net);
  std::vector<Message> got;
  sip.set_handler([&](Message&& m, const Endpoint&) { got.push_back(std::move(m)); });
  const Endpoint phone{"10.0.0.5", 5062, Protocol::Udp};

  SECTION("a request from behind NAT") {
    net.inject(phone,
               "REGISTER sip:10.0.0.1 SIP/2.0\r\n"
               "Via: SIP/2.0/UDP 192.168.1.9:5060;branch=z9hG4bK7;rport\r\n"
               "From: <sip:1001@10.0.0.1>;tag=a\r\nTo: <sip:1001@10.0.0.1>\r\n"
               "Call-ID: r1\r\nCSeq: 1 REGISTER\r\nContent-Length: 0\r\n\r\n");
    REQUIRE(got.size() == 1);
    CHECK(got[0].header("Via") ==
          "SIP/2.0/UDP 192.168.1.9:5060;branch=z9hG4bK7;rport=5062;received=10.0.0.5");
    CHECK(net.sent().empty());
    CHECK(sip.counters().messages_in == 1);
  }
  SECTION("a CRLF keep-alive is counted, not delivered") {
    net.inject(phone, "\r\n\r\n");
    CHECK(got.empty());
    CHECK(sip.counters().pings == 1);
  }
  SECTION("a request with a broken header line is answered 400 by the transport") {
    net.inject(phone,
               "OPTIONS sip:10.0.0.1 SIP/2.0\r\n"
               "Via: SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK8\r\n"
               "From: <sip:1001@10.0.0.1>;tag=a\r\nTo: <sip:1001@10.0.0.1>\r\n"
               "Call-ID: o1\r\nCSeq: 1 OPTIONS\r\nContent-Length: abc\r\n\r\n");
    CHECK(got.empty());
    REQUIRE(net.sent().size() == 1);
    CHECK(net.sent()[0].to == phone);
    CHECK(net.sent()[0].bytes.rfind("SIP/2.0 400 ", 0) == 0);
    CHECK(sip.counters().malformed == 1);
    CHECK(sip.counters().answered == 1);
  }
}

TEST_CASE("sip transport: TCP peers are bounded in time and in buffered bytes",
          "[runtime][sip][transport]") {
  // Issue 16 #1: idle and slowloris connections stayed open for ever, and every connection
  // could buffer 64 KiB + 1 MiB. Times run on the manual clock.
  using namespace std::chrono_literals;
  cme::test::ManualClock clock;
  cme::test::ManualTimerService timers{clock};
  cme::test::LoopbackTransport net;
  cme::runtime::sip::SipTcpLimits limits;
  limits.max_buffered_bytes = 1000;
  SipTransport sip(net, clock, timers, limits);
  std::vector<Message> got;
  sip.set_handler([&](Message&& m, const Endpoint&) { got.push_back(std::move(m)); });
  const Endpoint phone{"10.0.0.5", 40000, Protocol::Tcp};
  const std::string options = "OPTIONS sip:10.0.0.1 SIP/2.0\r\n"
                              "Via: SIP/2.0/TCP 10.0.0.5:40000;branch=z9hG4bK1\r\n"
                              "From: <sip:1001@10.0.0.1>;tag=a\r\nTo: <sip:10.0.0.1>\r\n"
                              "Call-ID: t1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
  auto closed = [&] { return net.closed().size(); };

  SECTION("a connection that never sends a message is closed after first_message") {
    net.open(phone);
    net.inject(phone, "\r\n\r\n");  // pings do not extend the first-message deadline
    timers.advance(31s);
    CHECK(closed() == 0);
    timers.advance(2s);
    CHECK(closed() == 1);
    CHECK(sip.counters().timed_out == 1);
    CHECK(sip.streams() == 0);
  }
  SECTION("a phone that pings keeps its connection; silence ends it after idle") {
    net.open(phone);
    net.inject(phone, options);
    REQUIRE(got.size() == 1);
    for (int i = 0; i < 120; ++i) {  // two hours of RFC 5626 keep-alives every minute
      timers.advance(60s);
      net.inject(phone, "\r\n\r\n");
    }
    CHECK(closed() == 0);
    timers.advance(limits.idle - 2s);
    CHECK(closed() == 0);
    timers.advance(3s);
    CHECK(closed() == 1);
  }
  SECTION("a slowloris peer (a message never finished) is closed after partial_message") {
    net.open(phone);
    net.inject(phone, options);
    for (int i = 0; i < 6; ++i) {
      net.inject(phone, "X");  // one byte every 5 s: traffic, but no message
      timers.advance(5s);
    }
    CHECK(closed() == 0);
    timers.advance(3s);
    CHECK(closed() == 1);
    CHECK(sip.buffered_bytes() == 0);
  }
  SECTION("the bytes buffered over all connections are bounded") {
    const Endpoint other{"10.0.0.6", 40001, Protocol::Tcp};
    net.inject(phone, std::string(600, 'A'));
    CHECK(sip.buffered_bytes() == 600);
    net.inject(other, std::string(600, 'B'));
    REQUIRE(closed() == 1);
    CHECK(net.closed()[0] == other);
    CHECK(sip.counters().over_budget == 1);
    CHECK(sip.buffered_bytes() == 600);
    net.drop(phone);
    CHECK(sip.buffered_bytes() == 0);
  }
}
