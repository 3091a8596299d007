// Message (message.hpp): method names, canonical header names and the header list operations.

#include <catch2/catch.hpp>

#include "runtime/sip/message/message.hpp"

using namespace cme::runtime::sip;

TEST_CASE("message: method names map both ways", "[runtime][sip][message]") {
  CHECK(method_from_text("INVITE") == Method::Invite);
  CHECK(method_from_text("REGISTER") == Method::Register);
  CHECK(method_from_text("SUBSCRIBE") == Method::Subscribe);
  CHECK(method_from_text("MESSAGE") == Method::Message);
  SECTION("methods are case-sensitive (RFC 3261 §7.1)") {
    CHECK(method_from_text("invite") == Method::Other);
    CHECK(method_from_text("RE%47IST%45R") == Method::Other);
  }
  for (auto m : {Method::Invite, Method::Ack, Method::Bye, Method::Cancel, Method::Register,
                 Method::Options, Method::Info, Method::Update, Method::Prack, Method::Subscribe,
                 Method::Notify, Method::Publish, Method::Refer, Method::Message}) {
    CHECK(method_from_text(method_text(m)) == m);
  }
  CHECK(method_text(Method::Other).empty());
}

TEST_CASE("message: canonical header names", "[runtime][sip][message]") {
  SECTION("compact forms (RFC 3261 §7.3.3 and extensions)") {
    CHECK(canonical_header_name("i") == "Call-ID");
    CHECK(canonical_header_name("v") == "Via");
    CHECK(canonical_header_name("M") == "Contact");
    CHECK(canonical_header_name("l") == "Content-Length");
    CHECK(canonical_header_name("f") == "From");
    CHECK(canonical_header_name("t") == "To");
    CHECK(canonical_header_name("c") == "Content-Type");
    CHECK(canonical_header_name("e") == "Content-Encoding");
    CHECK(canonical_header_name("k") == "Supported");
    CHECK(canonical_header_name("s") == "Subject");
    CHECK(canonical_header_name("o") == "Event");
    CHECK(canonical_header_name("r") == "Refer-To");
    CHECK(canonical_header_name("b") == "Referred-By");
    CHECK(canonical_header_name("x") == "Session-Expires");
    CHECK(canonical_header_name("u") == "Allow-Events");
  }
  SECTION("known names in any case") {
    CHECK(canonical_header_name("call-id") == "Call-ID");
    CHECK(canonical_header_name("CSEQ") == "CSeq");
    CHECK(canonical_header_name("www-authenticate") == "WWW-Authenticate");
    CHECK(canonical_header_name("MaX-fOrWaRdS") == "Max-Forwards");
    CHECK(canonical_header_name("sip-etag") == "SIP-ETag");
    CHECK(canonical_header_name("rack") == "RAck");
  }
  SECTION("unknown names: each word capitalised") {
    CHECK(canonical_header_name("x-cisco-foo") == "X-Cisco-Foo");
    CHECK(canonical_header_name("X-CISCO-FOO") == "X-Cisco-Foo");
    CHECK(canonical_header_name("NewFangledHeader") == "Newfangledheader");
    CHECK(canonical_header_name("q") == "Q");
  }
}

namespace {

Message sample() {
  Message m;
  m.add("Via", "SIP/2.0/UDP a");
  m.add("From", "<sip:a@b>;tag=1");
  m.add("v", "SIP/2.0/UDP b");
  m.add("X-Custom", "one");
  return m;
}

}  // namespace

TEST_CASE("message: header lookups accept any form of the name", "[runtime][sip][message]") {
  Message const m = sample();
  CHECK(m.headers[2].name == "Via");
  CHECK(m.header("via") == "SIP/2.0/UDP a");
  CHECK(m.header("V") == "SIP/2.0/UDP a");
  CHECK(m.header("f") == "<sip:a@b>;tag=1");
  CHECK(m.header("x-custom") == "one");
  CHECK_FALSE(m.header("To"));
  CHECK(m.count("Via") == 2);
  CHECK(m.count("To") == 0);
  CHECK(m.headers_named("v") == std::vector<std::string_view>{"SIP/2.0/UDP a", "SIP/2.0/UDP b"});
}

TEST_CASE("message: set remove and prepend edit the header list", "[runtime][sip][message]") {
  Message m = sample();
  SECTION("set replaces every value in place of the first") {
    m.set("via", "SIP/2.0/TCP c");
    CHECK(m.count("Via") == 1);
    CHECK(m.headers[0] == Header{"Via", "SIP/2.0/TCP c"});
  }
  SECTION("set appends an absent header") {
    m.set("Expires", "60");
    CHECK(m.headers.back() == Header{"Expires", "60"});
  }
  SECTION("remove drops every value") {
    CHECK(m.remove("v") == 2);
    CHECK(m.headers.size() == 2);
    CHECK(m.remove("Via") == 0);
  }
  SECTION("remove_first drops the top value") {
    CHECK(m.remove_first("Via"));
    CHECK(m.header("Via") == "SIP/2.0/UDP b");
    CHECK_FALSE(m.remove_first("To"));
  }
  SECTION("prepend goes before the existing values") {
    m.prepend("Via", "SIP/2.0/UDP top");
    CHECK(m.headers_named("Via").front() == "SIP/2.0/UDP top");
    CHECK(m.headers[0].name == "Via");
  }
  SECTION("prepend of a new header goes to the front") {
    m.prepend("route", "<sip:p;lr>");
    CHECK(m.headers[0] == Header{"Route", "<sip:p;lr>"});
  }
}
