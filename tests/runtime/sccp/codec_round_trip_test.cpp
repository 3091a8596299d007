// encode -> decode of every typed SCCP message (runtime/sccp/codec/codec.hpp), at each layout
// family: protocol 0 (basic), 11 (7960), 15, 16 and 17 (7941).

#include <catch2/catch.hpp>
#include <set>

#include "runtime/sccp/codec/codec.hpp"
#include "tests/support/sccp_samples.hpp"

namespace sccp = cme::runtime::sccp;

namespace {

std::uint32_t u32_at(const sccp::Bytes& b, std::size_t at) {
  return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8) |
         (static_cast<std::uint32_t>(b[at + 2]) << 16) |
         (static_cast<std::uint32_t>(b[at + 3]) << 24);
}

}  // namespace

TEST_CASE("sccp codec: the samples hold every typed message once", "[runtime][sccp][codec]") {
  const auto samples = cme::test::sccp_sample_messages();
  REQUIRE(samples.size() == std::variant_size_v<sccp::Message>);
  std::set<std::size_t> indexes;
  std::set<sccp::MessageId> ids;
  for (const auto& m : samples) {
    indexes.insert(m.index());
    ids.insert(sccp::message_id(m));
    CHECK(sccp::is_known_message(static_cast<std::uint32_t>(sccp::message_id(m))));
  }
  CHECK(indexes.size() == samples.size());
  CHECK(ids.size() == samples.size());
  std::size_t known = 0;
  for (std::uint32_t id = 0; id < 0x400; ++id) {
    known += sccp::is_known_message(id) ? 1 : 0;
  }
  // every typed message plus SubscriptionStatReq, which has an id and a name only
  CHECK(known == samples.size() + 1);
}

TEST_CASE("sccp codec: every message round-trips at protocol 17", "[runtime][sccp][codec]") {
  for (const auto& m : cme::test::sccp_sample_messages()) {
    INFO(sccp::message_name(sccp::message_id(m)));
    const sccp::Bytes bytes = sccp::encode(m, 17);
    REQUIRE(bytes.size() >= 12);
    CHECK(u32_at(bytes, 0) == bytes.size() - 8);
    CHECK(bytes.size() % 4 == 0);
    CHECK(u32_at(bytes, 8) == static_cast<std::uint32_t>(sccp::message_id(m)));
    auto decoded = sccp::decode_bytes(bytes, 17);
    REQUIRE(decoded.ok());
    CHECK_FALSE(decoded->short_payload);
    CHECK(decoded->missing_bytes == 0);
    CHECK(decoded->extra_bytes < 4);  // only the padding of dynamic messages
    CHECK(decoded->message == m);
  }
}

TEST_CASE("sccp codec: every message is byte-stable at each layout family",
          "[runtime][sccp][codec]") {
  for (std::uint32_t version : {0u, 11u, 15u, 16u, 17u, 20u}) {
    for (const auto& m : cme::test::sccp_sample_messages()) {
      INFO(sccp::message_name(sccp::message_id(m)) << " at protocol " << version);
      const sccp::Bytes bytes = sccp::encode(m, version);
      auto decoded = sccp::decode_bytes(bytes, version);
      REQUIRE(decoded.ok());
      CHECK_FALSE(decoded->short_payload);
      CHECK(sccp::encode(decoded->message, version) == bytes);
    }
  }
}

TEST_CASE("sccp codec: payload sizes follow the protocol version", "[runtime][sccp][codec]") {
  auto payload = [](const sccp::Message& m, std::uint32_t v) {
    return sccp::encode(m, v).size() - 12;
  };
  SECTION("media") {
    CHECK(payload(sccp::OpenReceiveChannel{}, 0) == 92);
    CHECK(payload(sccp::OpenReceiveChannel{}, 11) == 108);
    CHECK(payload(sccp::OpenReceiveChannel{}, 15) == 108);
    CHECK(payload(sccp::OpenReceiveChannel{}, 16) == 112);
    CHECK(payload(sccp::OpenReceiveChannel{}, 17) == 128);
    CHECK(payload(sccp::OpenReceiveChannelAck{}, 11) == 20);
    CHECK(payload(sccp::OpenReceiveChannelAck{}, 17) == 36);
    CHECK(payload(sccp::StartMediaTransmission{}, 11) == 112);
    CHECK(payload(sccp::StartMediaTransmission{}, 15) == 116);
    CHECK(payload(sccp::StartMediaTransmission{}, 17) == 132);
    CHECK(payload(sccp::StartMediaTransmissionAck{}, 11) == 24);
    CHECK(payload(sccp::StartMediaTransmissionAck{}, 17) == 40);
  }
  SECTION("fixed layouts of sccp.md §3") {
    CHECK(payload(sccp::StopTone{}, 0) == 8);
    CHECK(payload(sccp::StopTone{}, 11) == 12);
    CHECK(payload(sccp::RegisterAck{}, 17) == 20);
    CHECK(payload(sccp::CallInfo{}, 17) == 384);
    CHECK(payload(sccp::ButtonTemplate{}, 17) == 96);
    CHECK(payload(sccp::SoftKeyTemplateRes{}, 17) == 652);
    CHECK(payload(sccp::SoftKeySetRes{}, 17) == 780);
    CHECK(payload(sccp::LineStat{}, 17) == 112);
    CHECK(payload(sccp::ConfigStat{}, 17) == 112);
    CHECK(payload(sccp::ServerRes{}, 17) == 280);
    CHECK(payload(sccp::ForwardStat{}, 17) == 92);
    CHECK(payload(sccp::FeatureStat{}, 17) == 52);
    CHECK(payload(sccp::Alarm{}, 17) == 92);
    CHECK(payload(sccp::KeepAlive{}, 17) == 0);
  }
  SECTION("Register forms") {
    for (std::uint32_t size : {44u, 68u, 124u, 172u}) {
      auto r = cme::test::sccp_sample_register("00AABBCCDDEE", 115, 17);
      r.payload_size = size;
      r.max_conferences = size >= 48 ? 1 : 0;
      r.max_number_of_lines = size >= 72 ? 2 : 0;
      r.firmware_load_name = size >= 124 ? "SCCP41.8-5-3S" : "";
      r.config_version_stamp = size >= 172 ? "{1234}" : "";
      INFO(size);
      const auto bytes = sccp::encode(r, 0);
      CHECK(bytes.size() - 12 == size);
      auto back = sccp::decode_bytes(bytes, 0);
      REQUIRE(back.ok());
      CHECK(std::get<sccp::Register>(back->message) == r);
    }
  }
}

TEST_CASE("sccp codec: header version per message and protocol", "[runtime][sccp][codec]") {
  auto header = [](const sccp::Message& m, std::uint32_t v) {
    return u32_at(sccp::encode(m, v), 4);
  };
  CHECK(header(sccp::RegisterAck{}, 17) == 0);
  CHECK(header(sccp::RegisterReject{}, 17) == 0);
  CHECK(header(sccp::KeepAliveAck{}, 17) == 0);
  CHECK(header(sccp::UnregisterAck{}, 17) == 0);
  CHECK(header(sccp::Register{}, 17) == 0);
  CHECK(header(sccp::SetLamp{}, 17) == 17);
  CHECK(header(sccp::SetLamp{}, 22) == 17);
  CHECK(header(sccp::SetLamp{}, 11) == 11);
  CHECK(header(sccp::SetLamp{}, 13) == 11);
  CHECK(header(sccp::SetLamp{}, 15) == 15);
  CHECK(header(sccp::SetLamp{}, 8) == 0);
}

TEST_CASE("sccp codec: strings are NUL padded and truncated to n-1 bytes",
          "[runtime][sccp][codec]") {
  const auto bytes = sccp::encode(sccp::RegisterReject{std::string(40, 'x')}, 0);
  REQUIRE(bytes.size() == 12 + 32);
  CHECK(bytes[12 + 30] == 'x');
  CHECK(bytes[12 + 31] == 0);
  auto back = sccp::decode_bytes(bytes, 0);
  REQUIRE(back.ok());
  CHECK(std::get<sccp::RegisterReject>(back->message).text == std::string(31, 'x'));
  const auto short_text = sccp::encode(sccp::Version{"ab"}, 0);
  CHECK(sccp::Bytes(short_text.begin() + 12, short_text.end()) ==
        sccp::Bytes{'a', 'b', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
}

TEST_CASE("sccp codec: message names", "[runtime][sccp][codec]") {
  CHECK(sccp::message_name(sccp::MessageId::RegisterAck) == "RegisterAck");
  CHECK(sccp::message_name(0x014A) == "CallInfoV2");
  CHECK(sccp::message_name(0x0048) == "SubscriptionStatReq");
  CHECK(sccp::message_name(0xDEAD) == "Unknown");
  CHECK(sccp::direction_of(sccp::MessageId::StartMediaTransmissionAck) == sccp::Direction::Up);
  CHECK(sccp::direction_of(sccp::MessageId::KeepAliveAck) == sccp::Direction::Down);
  CHECK(sccp::direction_of(sccp::MessageId::SoftKeyEvent) == sccp::Direction::Up);
}
