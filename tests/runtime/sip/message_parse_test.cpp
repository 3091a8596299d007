// parse_message (parse.hpp): framing of one datagram, header lines and their errors.

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/message/parse.hpp"

using namespace cme::runtime::sip;
using Kind = MessageError::Kind;
using namespace std::string_literals;

namespace {

const std::string kCore =
    "Via: SIP/2.0/UDP 10.0.0.2;branch=z9hG4bK1\r\n"
    "From: <sip:1001@pbx>;tag=a\r\n"
    "To: <sip:1002@pbx>\r\n"
    "Call-ID: c1\r\n"
    "CSeq: 1 OPTIONS\r\n";

std::string options(const std::string& extra, const std::string& tail = "\r\n") {
  return "OPTIONS sip:1002@pbx SIP/2.0\r\n" + kCore + extra + tail;
}

Message parse_ok(const std::string& bytes) {
  auto parsed = parse_message(bytes);
  if (!parsed) {
    FAIL(parsed.error().reason);
  }
  return std::move(parsed).value();
}

MessageError parse_error(const std::string& bytes) {
  auto parsed = parse_message(bytes);
  REQUIRE_FALSE(parsed);
  return std::move(parsed).error();
}

}  // namespace

TEST_CASE("message_parse: request and status lines", "[runtime][sip][message_parse]") {
  Message const request = parse_ok(options("Content-Length: 0\r\n"));
  CHECK(request.request);
  CHECK(request.method == "OPTIONS");
  CHECK(request.method_id == Method::Options);
  CHECK(request.request_uri == "sip:1002@pbx");
  Message const response = parse_ok("SIP/2.0 180 Ringing\r\n" + kCore + "\r\n");
  CHECK_FALSE(response.request);
  CHECK(response.status == 180);
  CHECK(response.reason == "Ringing");
  CHECK(parse_ok("SIP/2.0 404 Not  Found here\r\n\r\n").reason == "Not  Found here");
  CHECK(parse_ok("sip/2.0 200 OK\r\n\r\n").status == 200);
  CHECK(parse_ok("SIP/2.0 100\r\n\r\n").reason.empty());
}

TEST_CASE("message_parse: header names values and folding", "[runtime][sip][message_parse]") {
  Message const m =
      parse_ok(options("i: ignored-duplicate\r\n"
                       "subject :  lunch,  today \r\n"
                       "X-Long: one\r\n two\r\n\tthree\r\n"
                       "Empty:\r\n"
                       "Content-Length: 0\r\n"));
  CHECK(m.headers[3] == Header{"Call-ID", "c1"});
  CHECK(m.count("Call-ID") == 2);
  CHECK(m.header("Subject") == "lunch,  today");
  CHECK(m.header("X-Long") == "one two three");
  CHECK(m.header("Empty") == "");
}

TEST_CASE("message_parse: list headers split on top-level commas",
          "[runtime][sip][message_parse]") {
  Message const m =
      parse_ok(options("Contact: \"Doe, John\" <sip:a@h;x=1,2>;q=0.5, <sip:b@h>\r\n"
                       "Allow: INVITE, ACK,,BYE\r\n"
                       "Supported:\r\n"
                       "Route: <sip:p1;lr>,<sip:p2;lr>\r\n"
                       "Authorization: Digest username=\"a\", realm=\"r\"\r\n"
                       "Date: Sat, 13 Nov 2010 23:29:00 GMT\r\n"
                       "X-Unknown: a, b\r\n"
                       "l: 0\r\n"));
  CHECK(m.headers_named("Contact") ==
        std::vector<std::string_view>{"\"Doe, John\" <sip:a@h;x=1,2>;q=0.5", "<sip:b@h>"});
  CHECK(m.headers_named("Allow") == std::vector<std::string_view>{"INVITE", "ACK", "BYE"});
  CHECK(m.headers_named("Supported") == std::vector<std::string_view>{""});
  CHECK(m.count("Route") == 2);
  CHECK(m.header("Authorization") == "Digest username=\"a\", realm=\"r\"");
  CHECK(m.header("Date") == "Sat, 13 Nov 2010 23:29:00 GMT");
  CHECK(m.header("X-Unknown") == "a, b");
  CHECK(m.headers_named("Via").size() == 1);
  SECTION("an unclosed quote runs to the end; only commas leave one empty value") {
    Message const odd = parse_ok(options("Route: <sip:a@b>, \"open, <sip:c@d>\r\nAllow: , ,\r\n"));
    CHECK(odd.headers_named("Route") ==
          std::vector<std::string_view>{"<sip:a@b>", "\"open, <sip:c@d>"});
    CHECK(odd.headers_named("Allow") == std::vector<std::string_view>{""});
  }
}

TEST_CASE("message_parse: body and Content-Length on a datagram", "[runtime][sip][message_parse]") {
  SECTION("exactly Content-Length bytes; extra bytes are ignored") {
    Message const m = parse_ok(options("Content-Length: 5\r\n", "\r\nhello world"));
    CHECK(m.body == "hello");
  }
  SECTION("no Content-Length: the rest of the datagram, and one is added") {
    Message const m = parse_ok(options("", "\r\nhello"));
    CHECK(m.body == "hello");
    CHECK(m.headers.back() == Header{"Content-Length", "5"});
  }
  SECTION("the value is normalised and agreeing copies merged") {
    Message const m = parse_ok(options("Content-Length: 0005\r\nl: 5\r\n", "\r\nhello"));
    CHECK(m.count("Content-Length") == 1);
    CHECK(m.header("Content-Length") == "5");
  }
  SECTION("larger than what follows") {
    MessageError const e = parse_error(options("Content-Length: 6\r\n", "\r\nhello"));
    CHECK(e.kind == Kind::BodyTruncated);
    CHECK(e.answer_status() == 400);
  }
  SECTION("not a number, or copies that disagree") {
    for (std::string value : {"-1", "five", "", "1 2", "1234567890123456789"}) {
      INFO(value);
      CHECK(parse_error(options("Content-Length: " + value + "\r\n")).kind == Kind::ContentLength);
    }
    CHECK(parse_error(options("l: 1\r\nl: 2\r\n", "\r\nab")).kind == Kind::ContentLength);
  }
  SECTION("no empty line: all headers, no body") {
    Message const m = parse_ok("OPTIONS sip:a@b SIP/2.0\r\n" + kCore);
    CHECK(m.body.empty());
    CHECK(m.header("CSeq") == "1 OPTIONS");
  }
}

TEST_CASE("message_parse: tolerated line breaks", "[runtime][sip][message_parse]") {
  CHECK(parse_ok("\r\n\r\n" + options("l: 0\r\n")).method == "OPTIONS");
  Message const lf = parse_ok("OPTIONS sip:a@b SIP/2.0\nVia: SIP/2.0/UDP h\nl: 2\n\nok");
  CHECK(lf.header("Via") == "SIP/2.0/UDP h");
  CHECK(lf.body == "ok");
}

TEST_CASE("message_parse: start line errors", "[runtime][sip][message_parse]") {
  auto kind_of = [](const std::string& line) {
    return parse_error(line + "\r\n" + kCore + "\r\n").kind;
  };
  CHECK(kind_of("OPTIONS  sip:a@b SIP/2.0") == Kind::StartLine);
  CHECK(kind_of("OPTIONS sip:a@b SIP/2.0 ") == Kind::StartLine);
  CHECK(kind_of("OPTIONS <sip:a@b> SIP/2.0") == Kind::StartLine);
  CHECK(kind_of("OPTIONS sip:a@b?Route=x SIP/2.0") == Kind::StartLine);
  CHECK(kind_of("OPTIONS a@b SIP/2.0") == Kind::StartLine);
  CHECK(kind_of("OPTIONS sip:a@b HTTP/1.1") == Kind::StartLine);
  CHECK(kind_of("OPT IONS") == Kind::StartLine);
  CHECK(kind_of("OPTIONS sip:a@b SIP/3.0") == Kind::Version);
  CHECK(kind_of("SIP/2.0 99 Low") == Kind::StartLine);
  CHECK(kind_of("SIP/2.0 700 High") == Kind::StartLine);
  CHECK(kind_of("SIP/2.0 2000 Long") == Kind::StartLine);
  CHECK(kind_of("SIP/2.0 20x OK") == Kind::StartLine);
  CHECK(kind_of("SIP/2.1 200 OK") == Kind::Version);
  CHECK(parse_ok("OPTIONS sip:a?b@c SIP/2.0\r\n\r\n").request_uri == "sip:a?b@c");
  CHECK(parse_ok("OPTIONS tel:+1-555 SIP/2.0\r\n\r\n").request_uri == "tel:+1-555");
}

TEST_CASE("message_parse: header line errors", "[runtime][sip][message_parse]") {
  CHECK(parse_error(options("no colon here\r\n")).kind == Kind::HeaderSyntax);
  CHECK(parse_error(options("Bad Name: x\r\n")).kind == Kind::HeaderSyntax);
  CHECK(parse_error(options(": x\r\n")).kind == Kind::HeaderSyntax);
  CHECK(parse_error("OPTIONS sip:a@b SIP/2.0\r\n folded: x\r\n" + kCore + "\r\n").kind ==
        Kind::HeaderSyntax);
  CHECK(parse_error("").kind == Kind::Empty);
  CHECK(parse_error("\r\n\r\n").kind == Kind::Empty);
}

TEST_CASE("message_parse: errors say whether a 400 can be sent", "[runtime][sip][message_parse]") {
  SECTION("request line and core headers readable: 400, partial holds them") {
    MessageError const e = parse_error("OPTIONS  sip:a@b SIP/2.0\r\n" + kCore + "X: y\r\n\r\n");
    CHECK(e.request_line);
    CHECK(e.core_headers);
    CHECK(e.answer_status() == 400);
    CHECK(e.partial.method == "OPTIONS");
    CHECK(e.partial.header("X") == "y");
  }
  SECTION("505 for another version") {
    CHECK(parse_error("OPTIONS sip:a@b SIP/3.0\r\n" + kCore + "\r\n").answer_status() == 505);
  }
  SECTION("a missing core header: drop") {
    MessageError const e = parse_error("OPTIONS  sip:a@b SIP/2.0\r\nVia: x\r\n\r\n");
    CHECK_FALSE(e.core_headers);
    CHECK(e.answer_status() == 0);
  }
  SECTION("an ACK is never answered") {
    CHECK(parse_error("ACK  sip:a@b SIP/2.0\r\n" + kCore + "\r\n").answer_status() == 0);
  }
  SECTION("a response is never answered") {
    CHECK(parse_error("SIP/2.0 2000 OK\r\n" + kCore + "\r\n").answer_status() == 0);
  }
  SECTION("an unreadable start line: drop") {
    MessageError const e = parse_error("garbage\r\n" + kCore + "\r\n");
    CHECK_FALSE(e.request_line);
    CHECK(e.answer_status() == 0);
  }
}

TEST_CASE("message_parse: NUL bytes and empty Request-URIs are refused with a 400",
          "[runtime][sip][message_parse]") {
  // Issue 16 #5: a NUL inside a header value was accepted (200), and so was "sip:".
  SECTION("a NUL inside a header value") {
    MessageError const e = parse_error(options("Subject: a\0b\r\n"s));
    CHECK(e.kind == Kind::HeaderSyntax);
    CHECK(e.answer_status() == 400);
  }
  SECTION("a NUL inside a core header value") {
    std::string bytes = options("");
    bytes.insert(bytes.find("Call-ID: c1") + 10, 1, '\0');
    CHECK(parse_error(bytes).answer_status() == 400);
  }
  SECTION("a Request-URI without a host") {
    for (const char* uri : {"sip:", "sips:", "sip:1001@", "sip::5060", "sip:;transport=udp"}) {
      CAPTURE(uri);
      MessageError const e =
          parse_error("OPTIONS " + std::string(uri) + " SIP/2.0\r\n" + kCore + "\r\n");
      CHECK(e.kind == Kind::StartLine);
      CHECK(e.answer_status() == 400);
    }
  }
  SECTION("a method holding a NUL, core headers readable: 400") {
    MessageError const e =
        parse_error("OPT\0IONS sip:a@b SIP/2.0\r\n"s + kCore + "\r\n");
    CHECK(e.kind == Kind::StartLine);
    CHECK(e.answer_status() == 400);
  }
}
