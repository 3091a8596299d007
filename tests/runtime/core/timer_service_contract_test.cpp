// Contract tests for runtime::TimerService (timer_service.hpp), run against every
// implementation: the Asio one on a real io_context with delays of a few milliseconds, and the
// manual one used by protocol tests.

#include <boost/asio/io_context.hpp>
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "runtime/core/asio_timer_service.hpp"
#include "runtime/core/timer_service.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/manual_timer_service.hpp"

using namespace std::chrono_literals;
using cme::runtime::TimerHandle;

namespace {

// Enough for every short timer below to fire on a loaded machine; the Asio loop returns as soon
// as no timer is left, so this is only waited out when a test leaves a timer pending.
constexpr std::chrono::milliseconds kSettle = 500ms;

// Real io_context: run() processes completions until no work is left or `limit` passed.
struct AsioHarness {
  boost::asio::io_context io;
  cme::runtime::AsioTimerService timers{io};

  void run(std::chrono::milliseconds limit) {
    io.restart();
    io.run_for(limit);
  }
  std::size_t pending() const { return timers.pending(); }
};

// Manual clock: run() advances the clock by `limit`, firing what falls due.
struct ManualHarness {
  cme::test::ManualClock clock;
  cme::test::ManualTimerService timers{clock};

  void run(std::chrono::milliseconds limit) { timers.advance(limit); }
  std::size_t pending() const { return timers.pending(); }
};

}  // namespace

TEMPLATE_TEST_CASE("timer_service: fires in deadline order", "[runtime][timer_service]",
                   AsioHarness, ManualHarness) {
  TestType h;
  std::vector<std::string> fired;
  h.timers.schedule(30ms, [&] { fired.push_back("30"); });
  h.timers.schedule(10ms, [&] { fired.push_back("10"); });
  h.timers.schedule(20ms, [&] { fired.push_back("20"); });
  CHECK(h.pending() == 3);
  h.run(kSettle);
  CHECK(fired == std::vector<std::string>{"10", "20", "30"});
  CHECK(h.pending() == 0);
}

TEMPLATE_TEST_CASE("timer_service: equal deadlines fire in scheduling order",
                   "[runtime][timer_service]", AsioHarness, ManualHarness) {
  TestType h;
  std::vector<int> fired;
  const auto delay = GENERATE(0ms, 3ms);
  for (int i = 0; i < 8; ++i) {
    h.timers.schedule(delay, [&fired, i] { fired.push_back(i); });
  }
  h.run(kSettle);
  CHECK(fired == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7});
}

TEMPLATE_TEST_CASE("timer_service: never runs a callback inside schedule",
                   "[runtime][timer_service]", AsioHarness, ManualHarness) {
  TestType h;
  int runs = 0;
  h.timers.schedule(0ms, [&] { ++runs; });
  CHECK(runs == 0);
  SECTION("nor inside a callback that schedules a zero delay") {
    int inner_runs = 0;
    h.timers.schedule(0ms, [&] {
      h.timers.schedule(0ms, [&] { ++inner_runs; });
      CHECK(inner_runs == 0);
    });
    h.run(kSettle);
    CHECK(inner_runs == 1);
  }
  h.run(kSettle);
  CHECK(runs == 1);
}

TEMPLATE_TEST_CASE("timer_service: zero and negative delays fire as soon as possible",
                   "[runtime][timer_service]", AsioHarness, ManualHarness) {
  TestType h;
  std::vector<std::string> fired;
  h.timers.schedule(20ms, [&] { fired.push_back("later"); });
  h.timers.schedule(-5ms, [&] { fired.push_back("negative"); });
  h.timers.schedule(0ms, [&] { fired.push_back("zero"); });
  h.timers.schedule(-1000ms, [&] { fired.push_back("very negative"); });
  h.run(kSettle);
  // A negative delay counts as 0, so the three immediate timers keep their scheduling order.
  CHECK(fired == std::vector<std::string>{"negative", "zero", "very negative", "later"});
}

TEMPLATE_TEST_CASE("timer_service: handles are distinct and never 0", "[runtime][timer_service]",
                   AsioHarness, ManualHarness) {
  TestType h;
  std::vector<TimerHandle> handles;
  for (int i = 0; i < 20; ++i) {
    handles.push_back(h.timers.schedule(1ms, [] {}));
  }
  for (std::size_t i = 0; i < handles.size(); ++i) {
    CHECK(handles[i] != 0);
    for (std::size_t j = 0; j < i; ++j) {
      CHECK(handles[i] != handles[j]);
    }
  }
  h.run(kSettle);
  CHECK(h.timers.schedule(1ms, [] {}) != 0);
}

TEMPLATE_TEST_CASE("timer_service: cancel before firing", "[runtime][timer_service]", AsioHarness,
                   ManualHarness) {
  TestType h;
  std::vector<std::string> fired;
  const TimerHandle a = h.timers.schedule(2ms, [&] { fired.push_back("a"); });
  const TimerHandle b = h.timers.schedule(0ms, [&] { fired.push_back("b"); });
  h.timers.schedule(4ms, [&] { fired.push_back("c"); });
  CHECK(h.timers.cancel(a));
  CHECK(h.timers.cancel(b));
  CHECK(h.pending() == 1);
  SECTION("a second cancel returns false") {
    CHECK_FALSE(h.timers.cancel(a));
    CHECK_FALSE(h.timers.cancel(b));
  }
  SECTION("0 and unknown handles return false") {
    CHECK_FALSE(h.timers.cancel(0));
    CHECK_FALSE(h.timers.cancel(987654321));
  }
  h.run(kSettle);
  CHECK(fired == std::vector<std::string>{"c"});
}

TEMPLATE_TEST_CASE("timer_service: cancel after firing returns false", "[runtime][timer_service]",
                   AsioHarness, ManualHarness) {
  TestType h;
  int runs = 0;
  const TimerHandle a = h.timers.schedule(1ms, [&] { ++runs; });
  h.run(kSettle);
  CHECK(runs == 1);
  CHECK_FALSE(h.timers.cancel(a));
  CHECK(h.pending() == 0);
}

TEMPLATE_TEST_CASE("timer_service: a callback cancelling itself gets false",
                   "[runtime][timer_service]", AsioHarness, ManualHarness) {
  TestType h;
  TimerHandle self = 0;
  bool cancelled = true;
  int runs = 0;
  self = h.timers.schedule(1ms, [&] {
    ++runs;
    cancelled = h.timers.cancel(self);
  });
  h.run(kSettle);
  CHECK(runs == 1);
  CHECK_FALSE(cancelled);
}

TEMPLATE_TEST_CASE(
    "timer_service: a timer cancelled by a callback due at the same instant "
    "never fires",
    "[runtime][timer_service]", AsioHarness, ManualHarness) {
  TestType h;
  std::vector<std::string> fired;
  // Zero delays make every timer due before the loop first looks, so Asio completes all of
  // their waits together: the victims' completions are already queued when "a" cancels them.
  const auto delay = GENERATE(0ms, 2ms);
  TimerHandle b = 0;
  TimerHandle d = 0;
  bool cancelled_b = false;
  bool cancelled_d = false;
  h.timers.schedule(delay, [&] {
    fired.push_back("a");
    cancelled_b = h.timers.cancel(b);
  });
  b = h.timers.schedule(delay, [&] { fired.push_back("b"); });
  h.timers.schedule(delay, [&] {
    fired.push_back("c");
    cancelled_d = h.timers.cancel(d);
  });
  d = h.timers.schedule(delay, [&] { fired.push_back("d"); });
  h.run(kSettle);
  CHECK(cancelled_b);
  CHECK(cancelled_d);
  CHECK(fired == std::vector<std::string>{"a", "c"});
  CHECK(h.pending() == 0);
}

TEMPLATE_TEST_CASE("timer_service: a callback can cancel a later timer and schedule new ones",
                   "[runtime][timer_service]", AsioHarness, ManualHarness) {
  TestType h;
  std::vector<std::string> fired;
  TimerHandle later = 0;
  h.timers.schedule(1ms, [&] {
    fired.push_back("first");
    CHECK(h.timers.cancel(later));
    h.timers.schedule(2ms, [&] { fired.push_back("rescheduled"); });
  });
  later = h.timers.schedule(30ms, [&] { fired.push_back("later"); });
  h.run(kSettle);
  CHECK(fired == std::vector<std::string>{"first", "rescheduled"});
  CHECK(h.pending() == 0);
}
