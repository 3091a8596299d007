// AttemptedRegistrations: counting, ordering, the size bound and clearing by ip or mac.
#include <catch2/catch.hpp>

#include "runtime/sip/registrar/attempted_registrations.hpp"
#include "tests/support/manual_clock.hpp"

using cme::runtime::sip::AttemptedRegistrations;

namespace {

cme::model::MacAddress mac(const char* text) {
  return *cme::model::mac_from_text(text);
}

}  // namespace

TEST_CASE("attempted registrations: repeats count, the latest moves last, the oldest drops",
          "[runtime][sip][registrar]") {
  cme::test::ManualClock clock;
  AttemptedRegistrations table;
  table.resize(2);
  table.record(mac("0024.C4F1.2A09"), "10.0.0.9", "2209", clock.system_now());
  table.record(std::nullopt, "10.0.0.8", "2208", clock.system_now());
  clock.advance(std::chrono::seconds(5));
  table.record(mac("0024.c4f1.2a09"), "10.0.0.19", "2209", clock.system_now());
  REQUIRE(table.entries().size() == 2);
  CHECK(table.entries()[0].address == "10.0.0.8");
  CHECK(table.entries()[1].attempts == 2);
  CHECK(table.entries()[1].address == "10.0.0.19");
  CHECK(table.entries()[1].last == clock.system_now());
  table.record(std::nullopt, "10.0.0.7", "2207", clock.system_now());
  REQUIRE(table.entries().size() == 2);
  CHECK(table.entries()[0].address == "10.0.0.19");  // 10.0.0.8, the oldest, was dropped
}

TEST_CASE("attempted registrations: clear all, by address, by mac; size 0 keeps nothing",
          "[runtime][sip][registrar]") {
  cme::test::ManualClock clock;
  AttemptedRegistrations table;
  table.record(mac("0024.C4F1.2A09"), "10.0.0.9", "a", clock.system_now());
  table.record(std::nullopt, "10.0.0.8", "b", clock.system_now());
  table.record(std::nullopt, "10.0.0.7", "c", clock.system_now());
  CHECK(table.clear(std::string("10.0.0.8")) == 1);
  CHECK(table.clear(std::nullopt, mac("0024.C4F1.2A09")) == 1);
  CHECK(table.entries().size() == 1);
  CHECK(table.clear() == 1);
  table.resize(0);
  table.record(std::nullopt, "10.0.0.6", "d", clock.system_now());
  CHECK(table.entries().empty());
}
