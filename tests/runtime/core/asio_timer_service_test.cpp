// AsioTimerService behaviour beyond the TimerService contract (see
// timer_service_contract_test.cpp): real delays, threads, destruction and fairness. Every loop is
// bounded by run_for.

#include "runtime/core/asio_timer_service.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using cme::runtime::AsioTimerService;

namespace {

constexpr std::chrono::milliseconds kSettle = 500ms;

}  // namespace

TEST_CASE("asio_timer_service: waits at least the delay", "[runtime][asio_timer_service]") {
  boost::asio::io_context io;
  AsioTimerService timers(io);
  const auto start = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point fired_at{};
  timers.schedule(5ms, [&] { fired_at = std::chrono::steady_clock::now(); });
  io.run_for(kSettle);
  REQUIRE(fired_at != std::chrono::steady_clock::time_point{});
  CHECK(fired_at - start >= 5ms);
}

TEST_CASE("asio_timer_service: callbacks run on the thread running the io_context",
          "[runtime][asio_timer_service]") {
  boost::asio::io_context io;
  AsioTimerService timers(io);
  std::thread::id callback_thread;
  timers.schedule(1ms, [&] { callback_thread = std::this_thread::get_id(); });
  std::thread runner([&] { io.run_for(kSettle); });
  const std::thread::id runner_thread = runner.get_id();
  runner.join();
  CHECK(callback_thread == runner_thread);
}

TEST_CASE("asio_timer_service: destruction cancels pending timers without running them",
          "[runtime][asio_timer_service]") {
  boost::asio::io_context io;
  auto timers = std::make_unique<AsioTimerService>(io);
  int runs = 0;
  timers->schedule(0ms, [&] { ++runs; });
  timers->schedule(1ms, [&] { ++runs; });
  timers->schedule(10000ms, [&] { ++runs; });
  timers.reset();
  const auto start = std::chrono::steady_clock::now();
  io.run_for(kSettle);
  CHECK(runs == 0);
  // The 10 s timer's wait was aborted too: the loop ran out of work instead of waiting.
  CHECK(std::chrono::steady_clock::now() - start < kSettle);
}

TEST_CASE("asio_timer_service: a callback may destroy the service",
          "[runtime][asio_timer_service]") {
  boost::asio::io_context io;
  auto timers = std::make_unique<AsioTimerService>(io);
  int later_runs = 0;
  // Both zero-delay waits complete in one pass of the loop, so the second completion is already
  // queued when the first callback destroys the service: it must do nothing. The 2 ms wait is
  // aborted.
  timers->schedule(0ms, [&] { timers.reset(); });
  timers->schedule(0ms, [&] { ++later_runs; });
  timers->schedule(2ms, [&] { ++later_runs; });
  io.run_for(kSettle);
  CHECK(timers == nullptr);
  CHECK(later_runs == 0);
}

TEST_CASE("asio_timer_service: a zero-delay timer chain does not starve other handlers",
          "[runtime][asio_timer_service]") {
  boost::asio::io_context io;
  AsioTimerService timers(io);
  bool posted_ran = false;
  int ticks = 0;
  std::function<void()> tick = [&] {
    ++ticks;
    if (!posted_ran && ticks < 1000) {
      timers.schedule(0ms, tick);
    }
  };
  timers.schedule(0ms, tick);
  boost::asio::post(io, [&] { posted_ran = true; });
  io.run_for(kSettle);
  CHECK(posted_ran);
  CHECK(ticks < 1000);
  CHECK(timers.pending() == 0);
}

TEST_CASE("asio_timer_service: a huge delay stays pending", "[runtime][asio_timer_service]") {
  boost::asio::io_context io;
  AsioTimerService timers(io);
  int runs = 0;
  const auto handle = timers.schedule(std::chrono::milliseconds::max(), [&] { ++runs; });
  timers.schedule(1ms, [] {});
  io.run_for(20ms);
  CHECK(runs == 0);
  CHECK(timers.pending() == 1);
  CHECK(timers.cancel(handle));
}

TEST_CASE("asio_timer_service: after a callback throws, the other timers fire on the next run",
          "[runtime][asio_timer_service]") {
  boost::asio::io_context io;
  AsioTimerService timers(io);
  std::vector<int> fired;
  timers.schedule(1ms, [&] {
    fired.push_back(1);
    throw std::runtime_error("callback failure");
  });
  timers.schedule(1ms, [&] { fired.push_back(2); });
  timers.schedule(30ms, [&] { fired.push_back(3); });
  CHECK_THROWS_AS(io.run_for(kSettle), std::runtime_error);
  CHECK(fired == std::vector<int>{1});
  io.restart();
  io.run_for(kSettle);
  CHECK(fired == std::vector<int>{1, 2, 3});
  CHECK(timers.pending() == 0);
}

TEST_CASE("asio_timer_service: many cancelled timers leave the live ones in order",
          "[runtime][asio_timer_service]") {
  boost::asio::io_context io;
  AsioTimerService timers(io);
  std::vector<int> fired;
  std::vector<cme::runtime::TimerHandle> cancelled;
  // Enough cancellations to make the service rebuild its heap more than once.
  for (int i = 0; i < 5000; ++i) {
    // Delays 150 ms apart: far more than scheduling all 5000 takes, so the delay decides
    // (40 ms was not, in the Debug ASan build on a loaded machine: scripts/test --sanitize).
    const auto delay = std::chrono::milliseconds(1 + 150 * (i % 7));
    if (i % 100 == 0) {
      timers.schedule(delay, [&fired, i] { fired.push_back(i); });
    } else {
      cancelled.push_back(timers.schedule(delay, [&fired] { fired.push_back(-1); }));
    }
  }
  for (const auto handle : cancelled) {
    CHECK(timers.cancel(handle));
  }
  CHECK(timers.pending() == 50);
  io.run_for(2s);
  REQUIRE(fired.size() == 50);
  // Deadline order, then scheduling order: i % 7 decides the delay.
  std::vector<int> expected;
  for (int d = 0; d < 7; ++d) {
    for (int i = 0; i < 5000; i += 100) {
      if (i % 7 == d) {
        expected.push_back(i);
      }
    }
  }
  CHECK(fired == expected);
}
