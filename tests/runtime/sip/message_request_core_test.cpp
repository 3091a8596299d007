// request_core (headers.hpp): the headers every request must carry.

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/parse.hpp"

using namespace cme::runtime::sip;

namespace {

Message invite() {
  return parse_message(
             "INVITE sip:1002@pbx SIP/2.0\r\n"
             "Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bKa1, SIP/2.0/UDP 10.0.0.9\r\n"
             "Max-Forwards: 69\r\n"
             "From: \"Line 1\" <sip:1001@pbx>;tag=f1\r\n"
             "To: <sip:1002@pbx>\r\n"
             "Call-ID: abc@10.0.0.2\r\n"
             "CSeq: 7 INVITE\r\n"
             "l: 0\r\n\r\n")
      .value();
}

std::string reason(const Message& m) {
  return request_core(m).error().reason;
}

}  // namespace

TEST_CASE("request_core: reads the core headers once", "[runtime][sip][message_request_core]") {
  auto core = request_core(invite());
  REQUIRE(core);
  CHECK(core->top_via.host == "10.0.0.2");
  CHECK(param(core->top_via.params, "branch") == "z9hG4bKa1");
  CHECK(core->from.display == "Line 1");
  CHECK(param(core->from.params, "tag") == "f1");
  CHECK(core->to.uri.user == "1002");
  CHECK(core->call_id == "abc@10.0.0.2");
  CHECK(core->cseq == CSeq{7, "INVITE"});
  CHECK(core->max_forwards == 69u);
}

TEST_CASE("request_core: each missing or bad header is named",
          "[runtime][sip][message_request_core]") {
  Message m = invite();
  SECTION("missing") {
    for (std::string name : {"Via", "From", "To", "Call-ID", "CSeq"}) {
      Message copy = m;
      copy.remove(name);
      CHECK(reason(copy) == "Missing " + name + " header");
    }
  }
  SECTION("Max-Forwards is optional") {
    m.remove("Max-Forwards");
    CHECK(request_core(m)->max_forwards == std::nullopt);
  }
  SECTION("bad values") {
    auto with = [&](std::string name, std::string value) {
      Message copy = m;
      copy.set(name, std::move(value));
      return reason(copy);
    };
    CHECK(with("Via", "SIP/2.0/UDP") == "Bad Via header");
    CHECK(with("From", "\"x <sip:a@b>") == "Bad From header");
    CHECK(with("To", "*") == "Bad To header");
    CHECK(with("Call-ID", "a b") == "Bad Call-ID header");
    CHECK(with("CSeq", "4294967296 INVITE") == "Bad CSeq header");
    CHECK(with("CSeq", "7 BYE") == "CSeq method mismatch");
    CHECK(with("Max-Forwards", "256") == "Bad Max-Forwards header");
    CHECK(with("Max-Forwards", "x") == "Bad Max-Forwards header");
  }
}
