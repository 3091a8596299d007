// make_response and default_reason (response.hpp), RFC 3261 §8.2.6 and §21.

#include <catch2/catch.hpp>

#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/message/response.hpp"
#include "runtime/sip/message/serialize.hpp"

using namespace cme::runtime::sip;

namespace {

Message request(const std::string& to) {
  return parse_message(
             "INVITE sip:1002@pbx SIP/2.0\r\n"
             "Via: SIP/2.0/UDP p1;branch=z9hG4bK1,SIP/2.0/UDP p2;branch=z9hG4bK2\r\n"
             "v: SIP/2.0/UDP p3;branch=z9hG4bK3\r\n"
             "From: <sip:1001@pbx>;tag=f\r\n"
             "To: " +
             to +
             "\r\n"
             "Call-ID: c@h\r\nCSeq: 3 INVITE\r\nTimestamp: 54\r\nSubject: s\r\n"
             "Content-Length: 0\r\n\r\n")
      .value();
}

}  // namespace

TEST_CASE("message_response: copies the headers of RFC 3261 §8.2.6.2",
          "[runtime][sip][message_response]") {
  Message const r = make_response(request("<sip:1002@pbx>"), 486, {}, "t9");
  CHECK_FALSE(r.request);
  CHECK(r.status == 486);
  CHECK(r.reason == "Busy Here");
  CHECK(r.headers_named("Via") == std::vector<std::string_view>{"SIP/2.0/UDP p1;branch=z9hG4bK1",
                                                                "SIP/2.0/UDP p2;branch=z9hG4bK2",
                                                                "SIP/2.0/UDP p3;branch=z9hG4bK3"});
  CHECK(r.header("From") == "<sip:1001@pbx>;tag=f");
  CHECK(r.header("To") == "<sip:1002@pbx>;tag=t9");
  CHECK(r.header("Call-ID") == "c@h");
  CHECK(r.header("CSeq") == "3 INVITE");
  CHECK_FALSE(r.header("Timestamp"));
  CHECK_FALSE(r.header("Subject"));
  CHECK(serialize(r).find("Content-Length: 0\r\n") != std::string::npos);
}

TEST_CASE("message_response: To tag, reason and Timestamp rules",
          "[runtime][sip][message_response]") {
  CHECK(make_response(request("<sip:1002@pbx>;tag=old"), 200, "OK", "new").header("To") ==
        "<sip:1002@pbx>;tag=old");
  CHECK(make_response(request("<sip:1002@pbx>"), 200).header("To") == "<sip:1002@pbx>");
  CHECK(make_response(request("<sip:1002@pbx>"), 400, "Bad CSeq header").reason ==
        "Bad CSeq header");
  Message const trying = make_response(request("<sip:1002@pbx>"), 100);
  CHECK(trying.reason == "Trying");
  CHECK(trying.header("Timestamp") == "54");
  Message partial;
  partial.add("Via", "SIP/2.0/UDP h");
  CHECK(make_response(partial, 400).headers.size() == 1);
}

TEST_CASE("message_response: default reason phrases", "[runtime][sip][message_response]") {
  CHECK(default_reason(180) == "Ringing");
  CHECK(default_reason(200) == "OK");
  CHECK(default_reason(202) == "Accepted");
  CHECK(default_reason(401) == "Unauthorized");
  CHECK(default_reason(407) == "Proxy Authentication Required");
  CHECK(default_reason(422) == "Session Interval Too Small");
  CHECK(default_reason(423) == "Interval Too Brief");
  CHECK(default_reason(481) == "Call/Transaction Does Not Exist");
  CHECK(default_reason(489) == "Bad Event");
  CHECK(default_reason(505) == "Version Not Supported");
  CHECK(default_reason(603) == "Decline");
  CHECK(default_reason(199) == "Provisional");
  CHECK(default_reason(499) == "Client Error");
  CHECK(default_reason(699) == "Global Failure");
  CHECK(default_reason(99).empty());
  CHECK(default_reason(700).empty());
}
