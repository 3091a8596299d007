// FrameReader (runtime/sccp/codec/frame_reader.hpp) and decode() of odd payloads: several frames
// in one chunk, a frame byte by byte, bad lengths, unknown ids, short payloads.

#include "runtime/sccp/codec/frame_reader.hpp"

#include <catch2/catch.hpp>
#include <optional>

#include "runtime/sccp/codec/codec.hpp"

namespace sccp = cme::runtime::sccp;

namespace {

/// Every frame the reader yields now; fails the test on a framing error.
std::vector<sccp::Frame> drain(sccp::FrameReader& reader) {
  std::vector<sccp::Frame> frames;
  for (auto r = reader.next(); r.ok() && r.value(); r = reader.next()) {
    frames.push_back(*r.value());
  }
  return frames;
}

sccp::Bytes frame_bytes(std::uint32_t length, std::uint32_t version, std::uint32_t id,
                        sccp::Bytes payload) {
  sccp::Bytes b;
  for (std::uint32_t v : {length, version, id}) {
    for (int i = 0; i < 4; ++i) {
      b.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    }
  }
  b.insert(b.end(), payload.begin(), payload.end());
  return b;
}

}  // namespace

TEST_CASE("sccp frame reader: three messages in one chunk", "[runtime][sccp][frame]") {
  sccp::Bytes chunk;
  for (const sccp::Message& m :
       {sccp::Message{sccp::KeepAlive{}}, sccp::Message{sccp::SetLamp{9, 1, 5}},
        sccp::Message{sccp::DisplayNotifyV2{3, "hi there"}}}) {
    const auto b = sccp::encode(m, 17);
    chunk.insert(chunk.end(), b.begin(), b.end());
  }
  sccp::FrameReader reader;
  reader.feed(chunk);
  const auto frames = drain(reader);
  REQUIRE(frames.size() == 3);
  CHECK(frames[0].message_id == 0x0000);
  CHECK(frames[0].header_version == 0);
  CHECK(frames[1].message_id == 0x0086);
  CHECK(frames[1].header_version == 17);
  CHECK(frames[1].payload.size() == 12);
  CHECK(frames[2].message_id == 0x0143);
  auto notify = sccp::decode(frames[2], 17);
  REQUIRE(notify.ok());
  CHECK(std::get<sccp::DisplayNotifyV2>(notify->message).text == "hi there");
  CHECK(reader.buffered() == 0);
}

TEST_CASE("sccp frame reader: one message byte by byte", "[runtime][sccp][frame]") {
  const auto bytes = sccp::encode(sccp::CallState{5, 1, 101, 0, 4, 0}, 11);
  sccp::FrameReader reader;
  std::vector<sccp::Frame> frames;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    reader.feed(std::span(&bytes[i], 1));
    auto got = drain(reader);
    CHECK(got.size() == (i + 1 == bytes.size() ? 1u : 0u));
    frames.insert(frames.end(), got.begin(), got.end());
  }
  REQUIRE(frames.size() == 1);
  CHECK(frames[0].header_version == 11);
  auto decoded = sccp::decode(frames[0], 11);
  REQUIRE(decoded.ok());
  CHECK(std::get<sccp::CallState>(decoded->message) == sccp::CallState{5, 1, 101, 0, 4, 0});
}

TEST_CASE("sccp frame reader: a length outside 4..2000 is a sticky framing error",
          "[runtime][sccp][frame]") {
  for (std::uint32_t length : {0u, 3u, 2001u, 0xFFFFFFFFu}) {
    INFO(length);
    sccp::FrameReader reader;
    reader.feed(sccp::encode(sccp::KeepAlive{}, 0));
    reader.feed(frame_bytes(length, 0, 0, {}));
    auto first = reader.next();
    REQUIRE(first.ok());
    CHECK(first.value().has_value());
    auto bad = reader.next();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == sccp::FramingError::Kind::BadLength);
    CHECK(bad.error().length == length);
    CHECK(reader.failed());
    CHECK(reader.buffered() == 0);
    reader.feed(sccp::encode(sccp::KeepAlive{}, 0));
    CHECK_FALSE(reader.next().ok());
  }
  SECTION("the limits themselves are accepted") {
    sccp::FrameReader reader;
    reader.feed(frame_bytes(4, 0, 0, {}));
    reader.feed(frame_bytes(2000, 0, 0x0099, sccp::Bytes(1996, 'a')));
    CHECK(drain(reader).size() == 2);
    CHECK_FALSE(reader.failed());
  }
}

TEST_CASE("sccp frame reader: the buffer is bounded", "[runtime][sccp][frame]") {
  sccp::FrameReader reader;
  const auto one = sccp::encode(sccp::KeepAlive{}, 0);
  sccp::Bytes flood;
  while (flood.size() <= sccp::FrameReader::kMaxBuffered) {
    flood.insert(flood.end(), one.begin(), one.end());
  }
  reader.feed(flood);
  auto r = reader.next();
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().kind == sccp::FramingError::Kind::Overflow);
  CHECK(reader.capacity() == 0);
  SECTION("draining between feeds keeps it small") {
    sccp::FrameReader steady;
    for (int i = 0; i < 1000; ++i) {
      steady.feed(sccp::encode(sccp::SoftKeySetRes{}, 17));
      CHECK(drain(steady).size() == 1);
    }
    CHECK(steady.capacity() <= 8 * 1024);
  }
}

TEST_CASE("sccp decode: unknown and unsupported ids are returned values",
          "[runtime][sccp][codec]") {
  auto unknown = sccp::decode(sccp::Frame{0, 0x7777, {1, 2, 3, 4}}, 17);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == sccp::DecodeError::Kind::UnknownMessage);
  CHECK(unknown.error().message_id == 0x7777);
  auto unsupported = sccp::decode(sccp::Frame{0, 0x0048, sccp::Bytes(76, 0)}, 17);
  REQUIRE_FALSE(unsupported.ok());
  CHECK(unsupported.error().kind == sccp::DecodeError::Kind::Unsupported);
  CHECK(unsupported.error().reason == "SubscriptionStatReq not decoded");
}

TEST_CASE("sccp decode: a short payload is zero-filled and reported", "[runtime][sccp][codec]") {
  SECTION("an empty OffHook (old phones)") {
    auto d = sccp::decode(sccp::Frame{0, 0x0006, {}}, 11);
    REQUIRE(d.ok());
    CHECK(d->short_payload);
    CHECK(d->missing_bytes == 8);
    CHECK(std::get<sccp::OffHook>(d->message) == sccp::OffHook{0, 0});
  }
  SECTION("an OpenReceiveChannelAck without the call reference") {
    sccp::Bytes payload = {0, 0, 0, 0, 192, 0, 2, 12, 0x22, 0x4e, 0, 0, 0xd2, 0x07, 0, 0};
    auto d = sccp::decode(sccp::Frame{0, 0x0022, payload}, 11);
    REQUIRE(d.ok());
    CHECK(d->short_payload);
    CHECK(d->missing_bytes == 4);
    const auto& ack = std::get<sccp::OpenReceiveChannelAck>(d->message);
    CHECK(ack.ip == sccp::Ipv4{192, 0, 2, 12});
    CHECK(ack.port == 20002);
    CHECK(ack.pass_through_party_id == 2002);
    CHECK(ack.call_reference == 0);
  }
  SECTION("a cut cstr") {
    sccp::Bytes payload = {5, 0, 0, 0, 'a', 'b'};
    auto d = sccp::decode(sccp::Frame{0, 0x0143, payload}, 17);
    REQUIRE(d.ok());
    CHECK(d->short_payload);
    CHECK(std::get<sccp::DisplayNotifyV2>(d->message).text == "ab");
  }
  SECTION("a CapabilitiesRes claiming more entries than sent or allowed") {
    sccp::Bytes payload = {200, 0, 0, 0, 4, 0, 0, 0, 40, 0, 0, 0};
    auto d = sccp::decode(sccp::Frame{0, 0x0010, payload}, 17);
    REQUIRE(d.ok());
    CHECK(d->short_payload);
    const auto& caps = std::get<sccp::CapabilitiesRes>(d->message);
    CHECK(caps.count == 18);
    CHECK(caps.capabilities[0].payload_capability == 4);
    CHECK(caps.capabilities[0].max_frames_per_packet == 40);
  }
  SECTION("longer payloads: the tail is ignored and counted") {
    auto d = sccp::decode(sccp::Frame{0, 0x0086, sccp::Bytes(20, 1)}, 17);
    REQUIRE(d.ok());
    CHECK_FALSE(d->short_payload);
    CHECK(d->extra_bytes == 8);
    CHECK(std::get<sccp::SetLamp>(d->message).lamp_mode == 0x01010101);
  }
}

TEST_CASE("sccp decode: Register forms by received size", "[runtime][sccp][codec]") {
  sccp::Bytes payload(36, 0);
  payload[0] = 'S';
  auto d = sccp::decode(sccp::Frame{0, 0x0001, payload}, 0);
  REQUIRE(d.ok());
  CHECK_FALSE(d->short_payload);
  CHECK(std::get<sccp::Register>(d->message).payload_size == 36);
  CHECK(std::get<sccp::Register>(d->message).device_name == "S");
  auto cut = sccp::decode(sccp::Frame{0, 0x0001, sccp::Bytes(20, 'A')}, 0);
  REQUIRE(cut.ok());
  CHECK(cut->short_payload);
  CHECK(std::get<sccp::Register>(cut->message).device_name == std::string(16, 'A'));
}
