#include "runtime/core/asio_timer_service.hpp"

#include <boost/asio/error.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/system/error_code.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cme::runtime {
namespace {

using SteadyTime = std::chrono::steady_clock::time_point;

// `now + delay`, with a negative delay counting as 0 and saturating at the clock's maximum.
SteadyTime deadline_after(SteadyTime now, std::chrono::milliseconds delay) {
  if (delay <= std::chrono::milliseconds::zero()) {
    return now;
  }
  const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyTime::max() - now);
  if (delay >= room) {
    return SteadyTime::max();
  }
  return now + std::chrono::duration_cast<SteadyTime::duration>(delay);
}

/// A heap slot: firing order is deadline, then handle (handles increase, so ties go in
/// scheduling order).
struct Slot {
  SteadyTime deadline;
  TimerHandle handle;
  bool operator>(const Slot& other) const {
    return deadline != other.deadline ? deadline > other.deadline : handle > other.handle;
  }
};

/// Rebuild the heap when cancelled slots outnumber live timers by this much.
constexpr std::size_t kRebuildSlack = 1024;

}  // namespace

class AsioTimerService::Impl : public std::enable_shared_from_this<Impl> {
 public:
  explicit Impl(boost::asio::io_context& io) : timer_(io) {}

  TimerHandle schedule(std::chrono::milliseconds delay, Callback callback);
  bool cancel(TimerHandle handle);
  void cancel_all();
  std::size_t pending() const { return entries_.size(); }

 private:
  struct Entry {
    SteadyTime deadline;
    Callback callback;
  };

  /// The earliest live slot, dropping cancelled ones from the top; nullopt when none is left.
  std::optional<Slot> earliest();
  /// Makes the steady_timer wait for `when` (cancelling the wait for a later deadline).
  void arm(SteadyTime when);
  void fire_due();
  /// Waits for the earliest pending timer unless the wait already ends earlier.
  void arm_for_next();
  void rebuild();

  boost::asio::steady_timer timer_;
  TimerHandle next_handle_ = 1;
  std::unordered_map<TimerHandle, Entry> entries_;  ///< live timers
  std::priority_queue<Slot, std::vector<Slot>, std::greater<>> queue_;  ///< live + cancelled
  std::optional<SteadyTime> armed_;  ///< the deadline timer_ waits for, while it waits
};

TimerHandle AsioTimerService::Impl::schedule(std::chrono::milliseconds delay, Callback callback) {
  const SteadyTime deadline = deadline_after(std::chrono::steady_clock::now(), delay);
  const TimerHandle handle = next_handle_++;
  entries_.emplace(handle, Entry{deadline, std::move(callback)});
  queue_.push(Slot{deadline, handle});
  if (!armed_ || deadline < *armed_) {
    arm(deadline);
  }
  return handle;
}

bool AsioTimerService::Impl::cancel(TimerHandle handle) {
  if (entries_.erase(handle) == 0) {
    return false;
  }
  if (queue_.size() > 2 * entries_.size() + kRebuildSlack) {
    rebuild();
  }
  return true;
}

void AsioTimerService::Impl::cancel_all() {
  entries_.clear();
  queue_ = {};
  armed_.reset();
  timer_.cancel();
}

void AsioTimerService::Impl::rebuild() {
  std::vector<Slot> live;
  live.reserve(entries_.size());
  for (const auto& [handle, entry] : entries_) {
    live.push_back(Slot{entry.deadline, handle});
  }
  queue_ = std::priority_queue<Slot, std::vector<Slot>, std::greater<>>(std::greater<>(),
                                                                        std::move(live));
}

std::optional<Slot> AsioTimerService::Impl::earliest() {
  while (!queue_.empty()) {
    const Slot top = queue_.top();
    if (entries_.count(top.handle) != 0) {
      return top;
    }
    queue_.pop();  // cancelled
  }
  return std::nullopt;
}

void AsioTimerService::Impl::arm(SteadyTime when) {
  armed_ = when;
  timer_.expires_at(when);  // aborts a wait for a later deadline; its handler does nothing
  // The completion only says "something may be due now"; fire_due() decides what runs.
  timer_.async_wait([weak = weak_from_this()](const boost::system::error_code& error) {
    if (error == boost::asio::error::operation_aborted) {
      return;  // re-armed, cancelled or destroyed: the service may be gone
    }
    if (const auto self = weak.lock()) {
      self->fire_due();
    }
  });
}

void AsioTimerService::Impl::fire_due() {
  // Keeps this Impl alive while a callback destroys the service (cancel_all() then empties the
  // queue and the loop ends).
  const auto self = shared_from_this();
  armed_.reset();
  // Waits for the next timer however this ends: a callback that throws leaves through
  // io_context::run(), and the timers still pending must fire when it runs again.
  struct Rearm {
    Impl& impl;
    ~Rearm() { impl.arm_for_next(); }
  } rearm{*this};
  const SteadyTime now = std::chrono::steady_clock::now();
  // Timers scheduled by the callbacks below wait for their own completion, so a callback that
  // reschedules itself with delay 0 cannot starve the io_context.
  const TimerHandle limit = next_handle_;
  while (const auto slot = earliest()) {
    if (slot->deadline > now || slot->handle >= limit) {
      break;
    }
    queue_.pop();
    auto node = entries_.extract(slot->handle);
    Callback callback = std::move(node.mapped().callback);
    node = {};
    if (callback) {
      callback();
    }
  }
}

void AsioTimerService::Impl::arm_for_next() {
  if (const auto next = earliest(); next && (!armed_ || next->deadline < *armed_)) {
    arm(next->deadline);
  }
}

AsioTimerService::AsioTimerService(boost::asio::io_context& io)
    : impl_(std::make_shared<Impl>(io)) {}

AsioTimerService::~AsioTimerService() {
  impl_->cancel_all();
}

TimerHandle AsioTimerService::schedule(std::chrono::milliseconds delay, Callback callback) {
  return impl_->schedule(delay, std::move(callback));
}

bool AsioTimerService::cancel(TimerHandle handle) {
  return impl_->cancel(handle);
}

std::size_t AsioTimerService::pending() const {
  return impl_->pending();
}

}  // namespace cme::runtime
