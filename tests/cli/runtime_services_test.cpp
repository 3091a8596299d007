#include <catch2/catch.hpp>
#include <array>

#include "cli/runtime_services.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::test::SessionFixture;

namespace {

/// A service that follows telephony-service and ephones, records what it is given, and can be
/// told to fail its start.
class FakeService final : public cme::runtime::Service {
 public:
  std::string_view name() const override { return "FAKE"; }
  cme::Result<std::string, std::string> start() override {
    ++starts;
    if (fail_start) {
      return cme::Err{std::string("% Cannot listen on 10.9.9.9:2000")};
    }
    return std::string("127.0.0.1 port 2000");
  }
  std::span<const cme::model::Section> sections() const override { return kSections; }
  void apply(const cme::model::ConfigDiff& diff) override { diffs.push_back(diff); }
  void stop() override { ++stops; }

  static constexpr std::array kSections = {cme::model::Section::Telephony,
                                           cme::model::Section::Ephones};
  bool fail_start = false;
  int starts = 0;
  int stops = 0;
  std::vector<cme::model::ConfigDiff> diffs;
};

}  // namespace

TEST_CASE("runtime services: a commit reaches a service only when it touches its sections",
          "[cli][runtime_services]") {
  SessionFixture f;
  FakeService fake;
  cme::cli::RuntimeServices services(f.device);
  REQUIRE(services.start(fake));
  f.ok("configure terminal");
  f.ok("hostname CME1");  // not a section the fake uses: it costs the fake nothing
  CHECK(fake.diffs.empty());
  f.ok("ephone 3");
  f.ok("mac-address 0011.2233.4455");
  REQUIRE_FALSE(fake.diffs.empty());
  const auto& last = fake.diffs.back();
  CHECK(last.touches(cme::model::Section::Ephones));
  CHECK(last.change_of(cme::model::Section::Ephones, 3).has_value());
  services.stop();
  CHECK(fake.stops == 1);
  const auto seen = fake.diffs.size();
  f.ok("exit");
  f.ok("ephone 4");
  CHECK(fake.diffs.size() == seen);  // stopped: no more diffs
}

TEST_CASE("runtime services: a service that could not start is started again by a commit",
          "[cli][runtime_services]") {
  SessionFixture f;
  std::vector<std::string> logged;
  f.device.add_log_sink([&](const cme::modes::LogLine& l) { logged.push_back(l.text); });
  FakeService fake;  // before `services`, which refers to it
  cme::cli::RuntimeServices services(f.device);
  fake.fail_start = true;
  CHECK_FALSE(services.start(fake));
  f.ok("configure terminal");
  f.ok("hostname CME1");
  CHECK(fake.starts == 1);  // an unrelated commit does not retry
  f.ok("telephony-service");
  CHECK(fake.starts == 2);  // a touched section retries; the failure is logged
  REQUIRE_FALSE(logged.empty());
  CHECK(logged.back().find("%FAKE-3-SOCKET: % Cannot listen on 10.9.9.9:2000") !=
        std::string::npos);
  fake.fail_start = false;
  f.ok("max-ephones 10");
  CHECK(fake.starts == 3);
  CHECK(fake.diffs.empty());  // started by this commit, not given it
  f.ok("max-ephones 11");
  CHECK(fake.diffs.size() == 1);
}
