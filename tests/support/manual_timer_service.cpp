#include "tests/support/manual_timer_service.hpp"

#include <chrono>
#include <utility>

namespace cme::test {
namespace {

using SteadyTime = ManualTimerService::SteadyTime;

// `now + d`, with a negative `d` counting as 0 and saturating at the clock's maximum.
SteadyTime time_after(SteadyTime now, std::chrono::milliseconds d) {
  if (d <= std::chrono::milliseconds::zero()) {
    return now;
  }
  const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyTime::max() - now);
  if (d >= room) {
    return SteadyTime::max();
  }
  return now + std::chrono::duration_cast<SteadyTime::duration>(d);
}

}  // namespace

runtime::TimerHandle ManualTimerService::schedule(std::chrono::milliseconds delay,
                                                  Callback callback) {
  const SteadyTime deadline = time_after(clock_.steady_now(), delay);
  const runtime::TimerHandle handle = next_handle_++;
  queue_.emplace(Key{deadline, handle}, std::move(callback));
  deadlines_.emplace(handle, deadline);
  return handle;
}

bool ManualTimerService::cancel(runtime::TimerHandle handle) {
  const auto it = deadlines_.find(handle);
  if (it == deadlines_.end()) {
    return false;
  }
  queue_.erase(Key{it->second, handle});
  deadlines_.erase(it);
  return true;
}

std::size_t ManualTimerService::advance(std::chrono::milliseconds d) {
  const SteadyTime target = time_after(clock_.steady_now(), d);
  std::size_t fired = 0;
  while (!queue_.empty() && queue_.begin()->first.first <= target) {
    auto node = queue_.extract(queue_.begin());
    const auto [deadline, handle] = node.key();
    deadlines_.erase(handle);
    move_clock_to(deadline);
    if (node.mapped()) {
      node.mapped()();
    }
    ++fired;
  }
  move_clock_to(target);
  return fired;
}

void ManualTimerService::move_clock_to(SteadyTime t) {
  const SteadyTime now = clock_.steady_now();
  if (t > now) {
    clock_.advance(t - now);
  }
}

std::size_t ManualTimerService::run_due() {
  return advance(std::chrono::milliseconds::zero());
}

std::optional<SteadyTime> ManualTimerService::next_deadline() const {
  if (queue_.empty()) {
    return std::nullopt;
  }
  return queue_.begin()->first.first;
}

}  // namespace cme::test
