// serialize (serialize.hpp): wire form, Content-Length, and parse round trips.

#include <catch2/catch.hpp>

#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/message/serialize.hpp"

using namespace cme::runtime::sip;

TEST_CASE("message_serialize: request with body", "[runtime][sip][message_serialize]") {
  Message m;
  m.method_id = Method::Invite;
  m.request_uri = "sip:1002@pbx";
  m.add("Via", "SIP/2.0/UDP a;branch=z9hG4bK1");
  m.add("v", "SIP/2.0/UDP b;branch=z9hG4bK2");
  m.add("Content-Type", "application/sdp");
  m.body = "v=0\r\n";
  CHECK(serialize(m) ==
        "INVITE sip:1002@pbx SIP/2.0\r\n"
        "Via: SIP/2.0/UDP a;branch=z9hG4bK1\r\n"
        "Via: SIP/2.0/UDP b;branch=z9hG4bK2\r\n"
        "Content-Type: application/sdp\r\n"
        "Content-Length: 5\r\n"
        "\r\n"
        "v=0\r\n");
}

TEST_CASE("message_serialize: Content-Length is always right",
          "[runtime][sip][message_serialize]") {
  Message m;
  m.request = false;
  m.status = 200;
  m.reason = "OK";
  m.add("Content-Length", "999");
  m.add("CSeq", "1 BYE");
  m.add("l", "7");
  CHECK(serialize(m) == "SIP/2.0 200 OK\r\nContent-Length: 0\r\nCSeq: 1 BYE\r\n\r\n");
  m.status = 99;
  m.reason.clear();
  CHECK(serialize(m).rfind("SIP/2.0 99 \r\n", 0) == 0);
}

TEST_CASE("message_serialize: parse and serialize round trip",
          "[runtime][sip][message_serialize]") {
  std::string const wire =
      "REGISTER sip:pbx SIP/2.0\r\n"
      "Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK77;rport\r\n"
      "From: \"A, B\" <sip:1001@pbx>;tag=x\r\n"
      "To: <sip:1001@pbx>\r\n"
      "Call-ID: r1@10.0.0.2\r\n"
      "CSeq: 2 REGISTER\r\n"
      "Contact: <sip:1001@10.0.0.2>;expires=60\r\n"
      "Contact: <sip:1001@10.0.0.3>;expires=60\r\n"
      "Authorization: Digest username=\"1001\", realm=\"r\"\r\n"
      "Content-Length: 0\r\n"
      "\r\n";
  Message const m = parse_message(wire).value();
  CHECK(serialize(m) == wire);
  CHECK(parse_message(serialize(m)).value() == m);
  SECTION("compact and folded input comes out in long form") {
    Message const c = parse_message(
                          "OPTIONS sip:a@b SIP/2.0\r\nv: SIP/2.0/UDP h,\r\n SIP/2.0/UDP g\r\n"
                          "i: x\r\nl: 0\r\n\r\n")
                          .value();
    CHECK(serialize(c) ==
          "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h\r\nVia: SIP/2.0/UDP g\r\nCall-ID: x\r\n"
          "Content-Length: 0\r\n\r\n");
  }
}
