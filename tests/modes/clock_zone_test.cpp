// `show clock` and log timestamps: IOS's formats, `clock timezone` and `clock summer-time`.
#include "modes/clock_zone.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "tests/modes/session_fixture.hpp"

using cme::modes::clock_text;
using cme::modes::ClockZone;
using cme::modes::log_stamp;
using cme::modes::to_local;
using cme::test::SessionFixture;
using namespace std::chrono;

namespace {

/// `y-m-d hh:mm:ss` UTC, plus `ms`.
system_clock::time_point utc(int y, unsigned m, unsigned d, int hh, int mm, int ss, int ms = 0) {
  return sys_days{year{y} / month{m} / day{d}} + hours{hh} + minutes{mm} + seconds{ss} +
         milliseconds{ms};
}

/// The zone of a configuration holding `lines` as general-IOS lines.
ClockZone zone_of(const std::vector<std::string>& lines) {
  cme::model::Config c;
  for (const auto& line : lines) {
    c.verbatim.push_back(cme::model::VerbatimBlock{line, {}, false, {}});
  }
  return cme::modes::clock_zone(c);
}

std::string shown(const ClockZone& zone, system_clock::time_point t) {
  return clock_text(to_local(zone, t));
}

}  // namespace

TEST_CASE("clock: IOS formats, day of month not padded in show clock", "[modes][clock]") {
  const auto t = utc(2026, 12, 7, 7, 16, 2, 715);
  CHECK(shown(ClockZone{}, t) == "*07:16:02.715 UTC Mon Dec 7 2026");
  CHECK(log_stamp(to_local(ClockZone{}, t)) == "*Dec  7 07:16:02.715");
  CHECK(shown(ClockZone{}, utc(2026, 12, 17, 0, 0, 0)) == "*00:00:00.000 UTC Thu Dec 17 2026");
}

TEST_CASE("clock: timezone and US summer time", "[modes][clock]") {
  const auto pst = zone_of({"clock timezone PST -8 0"});
  CHECK(shown(pst, utc(2026, 12, 7, 7, 16, 2)) == "*23:16:02.000 PST Sun Dec 6 2026");
  const auto ist = zone_of({"clock timezone IST 5 30"});
  CHECK(shown(ist, utc(2026, 12, 7, 20, 0, 0)) == "*01:30:00.000 IST Tue Dec 8 2026");
  const auto us = zone_of({"clock timezone PST -8 0", "clock summer-time PDT recurring"});
  // 2026: from Sunday March 8, 02:00 PST (10:00 UTC) to Sunday November 1, 02:00 PDT (09:00 UTC).
  CHECK(shown(us, utc(2026, 3, 8, 9, 59, 59)) == "*01:59:59.000 PST Sun Mar 8 2026");
  CHECK(shown(us, utc(2026, 3, 8, 10, 0, 0)) == "*03:00:00.000 PDT Sun Mar 8 2026");
  CHECK(shown(us, utc(2026, 7, 1, 12, 0, 0)) == "*05:00:00.000 PDT Wed Jul 1 2026");
  CHECK(shown(us, utc(2026, 11, 1, 8, 59, 0)) == "*01:59:00.000 PDT Sun Nov 1 2026");
  CHECK(shown(us, utc(2026, 11, 1, 9, 0, 0)) == "*01:00:00.000 PST Sun Nov 1 2026");
}

TEST_CASE("clock: recurring rules of the southern hemisphere", "[modes][clock]") {
  const auto sydney = zone_of({"clock timezone AEST 10 0",
                               "clock summer-time AEDT recurring 1 Sun Oct 2:00 1 Sun Apr 3:00"});
  CHECK(shown(sydney, utc(2026, 1, 15, 0, 0, 0)) == "*11:00:00.000 AEDT Thu Jan 15 2026");
  CHECK(shown(sydney, utc(2026, 6, 15, 0, 0, 0)) == "*10:00:00.000 AEST Mon Jun 15 2026");
  const auto bad = zone_of({"clock timezone X 99", "clock summer-time Y recurring 9 Sun Oct"});
  CHECK(shown(bad, utc(2026, 6, 15, 0, 0, 0)) == "*00:00:00.000 UTC Mon Jun 15 2026");
}

TEST_CASE("clock: show clock and log timestamps follow the configuration", "[modes][clock]") {
  SessionFixture f;  // its clock: 2023-11-14 22:13:20 UTC
  CHECK(f.ok("show clock") == "*22:13:20.000 UTC Tue Nov 14 2023\n");
  std::vector<std::string> logged;
  f.device.add_log_sink([&](const cme::modes::LogLine& l) { logged.push_back(l.text); });
  f.ok("configure terminal");
  f.ok("clock timezone PST -8 0");
  f.ok("end");
  CHECK(f.ok("show clock") == "*14:13:20.000 PST Tue Nov 14 2023\n");
  REQUIRE(logged.size() == 1);
  CHECK(logged[0].rfind("*Nov 14 14:13:20.000: %SYS-5-CONFIG_I:", 0) == 0);
}
