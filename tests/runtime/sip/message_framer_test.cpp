// StreamFramer (framer.hpp): messages out of a byte stream in any split, keep-alives, limits.

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "runtime/sip/message/framer.hpp"
#include "runtime/sip/message/parse.hpp"

using namespace cme::runtime::sip;
using EventKind = FrameEvent::Kind;

namespace {

std::string request(const std::string& call_id, const std::string& body = "") {
  return "MESSAGE sip:1002@pbx SIP/2.0\r\n"
         "Via: SIP/2.0/TCP 10.0.0.2;branch=z9hG4bK" +
         call_id +
         "\r\n"
         "From: <sip:1001@pbx>;tag=a\r\nTo: <sip:1002@pbx>\r\n"
         "Call-ID: " +
         call_id +
         "\r\nCSeq: 1 MESSAGE\r\n"
         "Content-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body;
}

/// Every event up to NeedMore.
std::vector<FrameEvent> drain(StreamFramer& framer) {
  std::vector<FrameEvent> events;
  for (auto e = framer.next(); e.kind != EventKind::NeedMore; e = framer.next()) {
    events.push_back(std::move(e));
  }
  return events;
}

}  // namespace

TEST_CASE("message_framer: a message split anywhere comes out whole",
          "[runtime][sip][message_framer]") {
  std::string const bytes = request("c1", "hello\r\n\r\nworld");
  Message const expected = parse_message(bytes).value();
  for (std::size_t split = 0; split <= bytes.size(); ++split) {
    INFO("split at " << split);
    StreamFramer framer;
    framer.feed(std::string_view(bytes).substr(0, split));
    auto first = drain(framer);
    framer.feed(std::string_view(bytes).substr(split));
    auto second = drain(framer);
    first.insert(first.end(), second.begin(), second.end());
    REQUIRE(first.size() == 1);
    CHECK(first[0].kind == EventKind::Message);
    CHECK(first[0].message == expected);
  }
}

TEST_CASE("message_framer: back-to-back messages and byte-at-a-time feeding",
          "[runtime][sip][message_framer]") {
  std::string const stream = request("c1", "x") + request("c2") + "\r\n" + request("c3", "yz");
  StreamFramer framer;
  std::vector<FrameEvent> events;
  for (char const c : stream) {
    framer.feed(std::string_view(&c, 1));
    auto more = drain(framer);
    events.insert(events.end(), more.begin(), more.end());
  }
  REQUIRE(events.size() == 3);
  CHECK(events[0].message.header("Call-ID") == "c1");
  CHECK(events[0].message.body == "x");
  CHECK(events[1].message.header("Call-ID") == "c2");
  CHECK(events[2].message.body == "yz");
  CHECK(framer.buffered() == 0);
}

TEST_CASE("message_framer: CRLF keep-alives (RFC 5626)", "[runtime][sip][message_framer]") {
  StreamFramer framer;
  SECTION("a double CRLF is a ping") {
    framer.feed("\r\n\r\n");
    auto events = drain(framer);
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Ping);
    CHECK(StreamFramer::kPong == "\r\n");
  }
  SECTION("a ping split in two") {
    framer.feed("\r\n");
    CHECK(drain(framer).empty());
    framer.feed("\r\n");
    CHECK(drain(framer).at(0).kind == EventKind::Ping);
  }
  SECTION("a single CRLF before a message is skipped") {
    framer.feed("\r\n" + request("c1"));
    auto events = drain(framer);
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Message);
  }
  SECTION("pings between messages") {
    framer.feed(request("c1") + "\r\n\r\n" + request("c2") + "\r\n\r\n\r\n\r\n");
    auto events = drain(framer);
    REQUIRE(events.size() == 5);
    CHECK(events[1].kind == EventKind::Ping);
    CHECK(events[3].kind == EventKind::Ping);
    CHECK(events[4].kind == EventKind::Ping);
  }
}

TEST_CASE("message_framer: framing errors close the stream", "[runtime][sip][message_framer]") {
  StreamFramer framer;
  SECTION("no Content-Length (RFC 3261 §18.3)") {
    std::string bytes = request("c1");
    bytes.erase(bytes.find("Content-Length"), 19);
    framer.feed(bytes);
    auto events = drain(framer);
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Error);
    CHECK(events[0].close);
    CHECK(events[0].error.kind == MessageError::Kind::MissingContentLength);
    CHECK(events[0].error.answer_status() == 400);
    CHECK(framer.closed());
    framer.feed(request("c2"));
    CHECK(drain(framer).empty());
  }
  SECTION("a Content-Length that is not a number") {
    std::string bytes = request("c1");
    bytes.replace(bytes.find("Length: 0"), 9, "Length: -1");
    framer.feed(bytes);
    auto events = drain(framer);
    REQUIRE(events.size() == 1);
    CHECK(events[0].close);
    CHECK(events[0].error.kind == MessageError::Kind::ContentLength);
  }
  SECTION("limits on the header section and the body") {
    StreamFramer small(StreamFramer::Limits{128, 16});
    small.feed(std::string(200, 'A'));
    auto events = drain(small);
    REQUIRE(events.size() == 1);
    CHECK(events[0].error.kind == MessageError::Kind::TooLarge);
    StreamFramer body_limit(StreamFramer::Limits{4096, 16});
    body_limit.feed(request("c1", std::string(17, 'b')));
    auto body_events = drain(body_limit);
    REQUIRE(body_events.size() == 1);
    CHECK(body_events[0].close);
  }
}

TEST_CASE("message_framer: a bad message with a good Content-Length is skipped",
          "[runtime][sip][message_framer]") {
  std::string bad = request("c1", "abc");
  bad.replace(0, 7, "MESSAGE  ");
  StreamFramer framer;
  framer.feed(bad + request("c2"));
  auto events = drain(framer);
  REQUIRE(events.size() == 2);
  CHECK(events[0].kind == EventKind::Error);
  CHECK_FALSE(events[0].close);
  CHECK(events[0].error.answer_status() == 400);
  CHECK(events[0].error.partial.header("Call-ID") == "c1");
  CHECK(events[1].kind == EventKind::Message);
  CHECK(events[1].message.header("Call-ID") == "c2");
}

TEST_CASE("message_framer: a large message's memory is given back once it is framed",
          "[runtime][sip][message_framer]") {
  // Issue 16 #1: a connection that once carried a 1 MiB body kept a 1-2 MiB buffer for its
  // whole life, outside SipTcpLimits' budget (which counts unfinished bytes).
  StreamFramer framer;
  const std::string big = request("big", std::string(1024 * 1024 - 1, 'x'));
  for (std::size_t at = 0; at < big.size(); at += 16384) {
    framer.feed(std::string_view(big).substr(at, 16384));
  }
  REQUIRE(framer.capacity() >= big.size());
  const auto events = drain(framer);
  REQUIRE(events.size() == 1);
  CHECK(events[0].kind == EventKind::Message);
  CHECK(framer.buffered() == 0);
  CHECK(framer.capacity() <= StreamFramer::kKeptCapacity);
}
