// The seed corpus of the sccp_frame fuzz target (fuzz/corpus/sccp_frame/): registration
// streams of a 7941 and a 7960 and every sample message, written by the encoder. The hidden
// test "[.write-seeds]" rewrites them; the normal test checks that they are current.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "runtime/sccp/codec/codec.hpp"
#include "tests/support/sccp_samples.hpp"

namespace sccp = cme::runtime::sccp;

namespace {

sccp::Bytes stream(const std::vector<sccp::Message>& messages, std::uint32_t version) {
  sccp::Bytes out;
  for (const auto& m : messages) {
    const auto b = sccp::encode(m, version);
    out.insert(out.end(), b.begin(), b.end());
  }
  return out;
}

/// The phone side of a registration (sccp.md §5.1) for a 7941 (v17) or a 7960 (v11).
sccp::Bytes registration(bool is_7941) {
  std::vector<sccp::Message> m;
  m.push_back(is_7941 ? cme::test::sccp_sample_register("001122AABB01", 115, 17)
                      : cme::test::sccp_sample_register("00AABBCCDD60", 7, 11));
  if (!is_7941) {
    m.push_back(sccp::IpPort{20000});
  }
  sccp::CapabilitiesRes caps;
  caps.count = 2;
  caps.capabilities[0] = {4, 40, {}};
  caps.capabilities[1] = {12, 60, {}};
  for (const sccp::Message& x :
       {sccp::Message{caps}, sccp::Message{sccp::ButtonTemplateReq{}},
        sccp::Message{sccp::SoftKeyTemplateReq{}}, sccp::Message{sccp::SoftKeySetReq{}},
        sccp::Message{sccp::LineStatReq{1}}}) {
    m.push_back(x);
  }
  if (is_7941) {
    m.push_back(sccp::FeatureStatReq{2, 1});
    m.push_back(sccp::RegisterAvailableLines{1});
  } else {
    m.push_back(sccp::ForwardStatReq{1});
    m.push_back(sccp::SpeedDialStatReq{1});
  }
  m.push_back(sccp::TimeDateReq{});
  m.push_back(sccp::KeepAlive{});
  return stream(m, is_7941 ? 17 : 11);
}

std::map<std::string, sccp::Bytes> seeds() {
  const auto samples = cme::test::sccp_sample_messages();
  return {{"registration_7941.bin", registration(true)},
          {"registration_7960.bin", registration(false)},
          {"all_messages_v17.bin", stream(samples, 17)},
          {"all_messages_v11.bin", stream(samples, 11)}};
}

const std::filesystem::path kDir =
    std::filesystem::path(OPENCME_SOURCE_DIR) / "fuzz/corpus/sccp_frame";

}  // namespace

TEST_CASE("sccp fuzz seeds: write", "[.write-seeds]") {
  std::filesystem::create_directories(kDir);
  for (const auto& [name, bytes] : seeds()) {
    std::ofstream out(kDir / name, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
  }
}

TEST_CASE("sccp fuzz seeds: the corpus files are the encoder's current output",
          "[runtime][sccp][fuzz]") {
  for (const auto& [name, bytes] : seeds()) {
    INFO(name << " (rewrite with: test_runtime \"[.write-seeds]\")");
    std::ifstream in(kDir / name, std::ios::binary);
    REQUIRE(in.good());
    const sccp::Bytes file{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CHECK(file == bytes);
    sccp::FrameReader reader;
    reader.feed(file);
    std::size_t frames = 0;
    for (auto f = reader.next(); f.ok() && f.value(); f = reader.next()) {
      ++frames;
      CHECK(sccp::decode(*f.value(), 17).ok());
    }
    CHECK_FALSE(reader.failed());
    CHECK(frames >= 10);
  }
}
