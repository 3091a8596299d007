// ManualClock and ManualTimerService (tests/support) behaviour beyond the TimerService contract
// (see timer_service_contract_test.cpp): how advance() moves the clock while it fires.

#include "tests/support/manual_timer_service.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/manual_clock.hpp"

using namespace std::chrono_literals;
using cme::test::ManualClock;
using cme::test::ManualTimerService;

TEST_CASE("manual_clock: starts at a fixed time", "[runtime][manual_clock]") {
  const ManualClock clock;
  // 2026-11-22 07:16:02.715 UTC (`date -u -d '2026-11-22 07:16:02.715' +%s%3N`).
  CHECK(std::chrono::duration_cast<std::chrono::milliseconds>(clock.system_now().time_since_epoch())
            .count() == 1795331762715);
  CHECK(clock.steady_now() == ManualClock::kStartSteady);
  CHECK(clock.steady_now().time_since_epoch() == 24h);
}

TEST_CASE("manual_clock: moves only when told", "[runtime][manual_clock]") {
  ManualClock clock;
  SECTION("advance moves both clocks") {
    clock.advance(1500ms);
    CHECK(clock.steady_now() == ManualClock::kStartSteady + 1500ms);
    CHECK(clock.system_now() == ManualClock::kStartWall + 1500ms);
  }
  SECTION("a negative advance does nothing") {
    clock.advance(-1s);
    CHECK(clock.steady_now() == ManualClock::kStartSteady);
    CHECK(clock.system_now() == ManualClock::kStartWall);
  }
  SECTION("steady time never goes back") {
    clock.set_steady(ManualClock::kStartSteady + 10s);
    clock.set_steady(ManualClock::kStartSteady + 5s);
    CHECK(clock.steady_now() == ManualClock::kStartSteady + 10s);
    CHECK(clock.system_now() == ManualClock::kStartWall);
  }
  SECTION("wall time may jump either way") {
    clock.set_system(ManualClock::kStartWall - 1h);
    CHECK(clock.system_now() == ManualClock::kStartWall - 1h);
    CHECK(clock.steady_now() == ManualClock::kStartSteady);
  }
}

TEST_CASE("manual_timer_service: each callback sees the clock at its deadline",
          "[runtime][manual_timer_service]") {
  ManualClock clock;
  ManualTimerService timers(clock);
  std::vector<std::chrono::milliseconds> steady_seen;
  std::vector<std::chrono::milliseconds> wall_seen;
  const auto record = [&] {
    steady_seen.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(
        clock.steady_now() - ManualClock::kStartSteady));
    wall_seen.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(
        clock.system_now() - ManualClock::kStartWall));
  };
  timers.schedule(30ms, record);
  timers.schedule(10ms, record);
  CHECK(timers.advance(100ms) == 2);
  CHECK(steady_seen == std::vector<std::chrono::milliseconds>{10ms, 30ms});
  CHECK(wall_seen == steady_seen);
  CHECK(clock.steady_now() == ManualClock::kStartSteady + 100ms);
  CHECK(clock.system_now() == ManualClock::kStartWall + 100ms);
}

TEST_CASE("manual_timer_service: fires timers that callbacks schedule within the advance",
          "[runtime][manual_timer_service]") {
  ManualClock clock;
  ManualTimerService timers(clock);
  std::vector<std::string> fired;
  timers.schedule(10ms, [&] {
    fired.push_back("a@10");
    timers.schedule(20ms, [&] { fired.push_back("b@30"); });
    timers.schedule(200ms, [&] { fired.push_back("c@210"); });
  });
  timers.schedule(50ms, [&] { fired.push_back("d@50"); });
  CHECK(timers.advance(100ms) == 3);
  CHECK(fired == std::vector<std::string>{"a@10", "b@30", "d@50"});
  CHECK(timers.pending() == 1);
  CHECK(timers.next_deadline() == ManualClock::kStartSteady + 210ms);
  CHECK(timers.advance(109ms) == 0);
  CHECK(timers.advance(1ms) == 1);
  CHECK(fired.back() == "c@210");
  CHECK(timers.pending() == 0);
  CHECK(timers.next_deadline() == std::nullopt);
}

TEST_CASE("manual_timer_service: a deadline at the end of the advance fires",
          "[runtime][manual_timer_service]") {
  ManualClock clock;
  ManualTimerService timers(clock);
  int runs = 0;
  timers.schedule(100ms, [&] { ++runs; });
  timers.schedule(101ms, [&] { ++runs; });
  CHECK(timers.advance(100ms) == 1);
  CHECK(runs == 1);
  CHECK(timers.pending() == 1);
}

TEST_CASE("manual_timer_service: run_due fires what is due now",
          "[runtime][manual_timer_service]") {
  ManualClock clock;
  ManualTimerService timers(clock);
  std::vector<std::string> fired;
  timers.schedule(5s, [&] { fired.push_back("5s"); });
  timers.schedule(0ms, [&] { fired.push_back("zero"); });
  CHECK(fired.empty());
  CHECK(timers.run_due() == 1);
  CHECK(fired == std::vector<std::string>{"zero"});
  SECTION("after the test moved the clock itself") {
    clock.advance(6s);
    CHECK(timers.run_due() == 1);
    CHECK(fired.back() == "5s");
    CHECK(clock.steady_now() == ManualClock::kStartSteady + 6s);  // never moved back
  }
  SECTION("a negative advance only runs what is due") {
    CHECK(timers.advance(-1s) == 0);
    CHECK(clock.steady_now() == ManualClock::kStartSteady);
  }
}

TEST_CASE("manual_timer_service: a huge delay saturates and stays pending",
          "[runtime][manual_timer_service]") {
  ManualClock clock;
  ManualTimerService timers(clock);
  int runs = 0;
  timers.schedule(std::chrono::milliseconds::max(), [&] { ++runs; });
  CHECK(timers.advance(24h * 365) == 0);
  CHECK(runs == 0);
  CHECK(timers.next_deadline() == ManualClock::SteadyTime::max());
}

TEST_CASE("manual_timer_service: destruction drops pending callbacks",
          "[runtime][manual_timer_service]") {
  ManualClock clock;
  auto timers = std::make_unique<ManualTimerService>(clock);
  int runs = 0;
  timers->schedule(0ms, [&] { ++runs; });
  timers.reset();
  clock.advance(1s);
  CHECK(runs == 0);
}
