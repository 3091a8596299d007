// `show voice register dn summary` (modes/tables/sip_dn_summary.hpp): one row per voice register
// dn, its state from the bindings the SIP service reports for the pools that carry it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <initializer_list>
#include <string>
#include <vector>

#include "tests/modes/fake_sip_status.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::test::FakeSipStatus;
using cme::test::SessionFixture;

namespace {

const std::string kHeader =
    "DN   Number               Pools           State\n"
    "==== ==================== =============== ============\n";

/// Runs `configure terminal`, the lines, then `end`.
void configure(SessionFixture& f, std::initializer_list<const char*> lines) {
  f.ok("configure terminal");
  for (const char* line : lines) {
    f.ok(line);
  }
  f.ok("end");
}

/// dns 1-4 and two pools: pool 1 has dn 1, dn 2 and (on two lines) dn 4; pool 2 has dn 3 and
/// dn 4, so dn 4 is shared.
void configure_two_pools(SessionFixture& f) {
  configure(f, {"voice register global", "mode cme",
                "voice register dn 1",   "number 1001",
                "voice register dn 2",   "number 1002",
                "voice register dn 3",   "number 1003",
                "voice register dn 4",   "number 1004",
                "voice register pool 1", "id mac 0009.B7F7.532E",
                "number 1 dn 1",         "number 2 dn 2",
                "number 3 dn 4",         "number 4 dn 4",
                "voice register pool 2", "id mac 0009.B7F7.532F",
                "number 1 dn 3",         "number 2 dn 4"});
}

}  // namespace

TEST_CASE("dn summary: no voice register dn prints the header only", "[modes][show]") {
  FakeSipStatus sip;
  SessionFixture f;
  f.device.set_sip(&sip);
  CHECK(f.ok("show voice register dn summary") == kHeader);
  configure(f, {"voice register pool 1", "number 1 1..."});
  sip.bind(1, "1000");
  CHECK(f.ok("show voice register dn summary") == kHeader);
}

TEST_CASE("dn summary: dns on no pool are unregistered with blank pools", "[modes][show]") {
  FakeSipStatus sip;
  SessionFixture f;
  f.device.set_sip(&sip);
  configure(f, {"voice register dn 12", "number 1012", "voice register dn 7",
                "voice register pool 3", "number 1 20.."});
  sip.bind(3, "2001");  // pool 3 is registered, but carries a number pattern, no dn
  CHECK(f.ok("show voice register dn summary") ==
        kHeader +
            "7                                         UNREGISTERED\n"
            "12   1012                                 UNREGISTERED\n");
}

/// The rows of configure_two_pools() when no pool has a binding.
const std::string kNoneRegistered =
    "1    1001                 1               UNREGISTERED\n"
    "2    1002                 1               UNREGISTERED\n"
    "3    1003                 2               UNREGISTERED\n"
    "4    1004                 1,2             UNREGISTERED\n";

TEST_CASE("dn summary: state follows the bindings of the dn's pools", "[modes][show]") {
  FakeSipStatus sip;
  SessionFixture f;
  f.device.set_sip(&sip);
  configure_two_pools(f);
  SECTION("no pool registered") {
    CHECK(f.ok("show voice register dn summary") == kHeader + kNoneRegistered);
  }
  SECTION("pool 1 registered: its two dns and the shared one are registered") {
    sip.bind(1, "1001");
    CHECK(f.ok("show voice register dn summary") ==
          kHeader +
              "1    1001                 1               REGISTERED\n"
              "2    1002                 1               REGISTERED\n"
              "3    1003                 2               UNREGISTERED\n"
              "4    1004                 1,2             REGISTERED\n");
  }
  SECTION("only pool 2 registered") {
    sip.bind(2, "1003");
    sip.bind(2, "1004");  // two bindings of one pool
    CHECK(f.ok("show voice register dn summary") ==
          kHeader +
              "1    1001                 1               UNREGISTERED\n"
              "2    1002                 1               UNREGISTERED\n"
              "3    1003                 2               REGISTERED\n"
              "4    1004                 1,2             REGISTERED\n");
  }
  SECTION("a binding of a pool that carries no dn changes nothing") {
    sip.bind(9, "9999");
    CHECK(f.ok("show voice register dn summary").find(" REGISTERED\n") == std::string::npos);
  }
}

TEST_CASE("dn summary: without a SIP service every dn is unregistered", "[modes][show]") {
  SessionFixture f;
  REQUIRE(f.device.sip() == nullptr);
  configure_two_pools(f);
  CHECK(f.ok("show voice register dn summary") == kHeader + kNoneRegistered);
}

TEST_CASE("dn summary: coexists with show voice register dn {tag | all}", "[modes][show]") {
  FakeSipStatus sip;
  SessionFixture f;
  f.device.set_sip(&sip);
  configure_two_pools(f);
  sip.bind(1, "1001");
  SECTION("? lists summary beside the tag and all") {
    const auto answer = f.session.help("show voice register dn ");
    std::vector<std::string> tokens;
    for (const auto& e : answer.entries) {
      tokens.push_back(e.token);
    }
    CHECK(answer.kind == cme::parser::HelpAnswer::Kind::Next);
    CHECK(std::find(tokens.begin(), tokens.end(), "summary") != tokens.end());
    CHECK(std::find(tokens.begin(), tokens.end(), "all") != tokens.end());
    CHECK(std::find(tokens.begin(), tokens.end(), "<1-1000>") != tokens.end());
  }
  SECTION("abbreviated, and with an output filter") {
    CHECK(f.ok("sh vo reg dn sum") == f.ok("show voice register dn summary"));
    CHECK(f.ok("show voice register dn summary | include 1,2") ==
          "4    1004                 1,2             REGISTERED\n");
  }
  SECTION("the detail forms still answer") {
    CHECK(f.ok("show voice register dn 3").starts_with("Dn Tag 3\n"));
    CHECK(f.ok("show voice register dn all").find("Dn Tag 4\n") != std::string::npos);
  }
}
