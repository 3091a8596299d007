#include "runtime/core/asio_timer_service.hpp"

#include <boost/asio/error.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/system/error_code.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <utility>

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

}  // namespace

class AsioTimerService::Impl : public std::enable_shared_from_this<Impl> {
 public:
  explicit Impl(boost::asio::io_context& io) : io_(io) {}

  TimerHandle schedule(std::chrono::milliseconds delay, Callback callback);
  bool cancel(TimerHandle handle);
  void cancel_all();
  std::size_t pending() const { return entries_.size(); }

 private:
  struct Entry {
    Entry(boost::asio::io_context& io, SteadyTime when, Callback cb)
        : deadline(when), callback(std::move(cb)), timer(io, when) {}
    SteadyTime deadline;
    Callback callback;
    boost::asio::steady_timer timer;
  };

  void fire_due();

  boost::asio::io_context& io_;
  TimerHandle next_handle_ = 1;
  std::map<TimerHandle, Entry> entries_;
  // Firing order: deadline, then handle (handles increase, so ties go in scheduling order).
  std::set<std::pair<SteadyTime, TimerHandle>> queue_;
};

TimerHandle AsioTimerService::Impl::schedule(std::chrono::milliseconds delay, Callback callback) {
  const SteadyTime deadline = deadline_after(std::chrono::steady_clock::now(), delay);
  const TimerHandle handle = next_handle_++;
  const auto it = entries_.try_emplace(handle, io_, deadline, std::move(callback)).first;
  queue_.emplace(deadline, handle);
  // The completion only says "something may be due now"; fire_due() decides what runs.
  it->second.timer.async_wait([weak = weak_from_this()](const boost::system::error_code& error) {
    if (error == boost::asio::error::operation_aborted) {
      return;  // cancelled or destroyed: the service may be gone
    }
    if (const auto self = weak.lock()) {
      self->fire_due();
    }
  });
  return handle;
}

bool AsioTimerService::Impl::cancel(TimerHandle handle) {
  const auto it = entries_.find(handle);
  if (it == entries_.end()) {
    return false;
  }
  queue_.erase({it->second.deadline, handle});
  entries_.erase(it);  // destroying the steady_timer aborts its wait
  return true;
}

void AsioTimerService::Impl::cancel_all() {
  queue_.clear();
  entries_.clear();
}

void AsioTimerService::Impl::fire_due() {
  // Keeps this Impl alive while a callback destroys the service (cancel_all() then empties the
  // queue and the loop ends).
  const auto self = shared_from_this();
  const SteadyTime now = std::chrono::steady_clock::now();
  // Timers scheduled by the callbacks below wait for their own completion, so a callback that
  // reschedules itself with delay 0 cannot starve the io_context.
  const TimerHandle limit = next_handle_;
  while (!queue_.empty()) {
    const auto [deadline, handle] = *queue_.begin();
    if (deadline > now || handle >= limit) {
      return;
    }
    queue_.erase(queue_.begin());
    auto node = entries_.extract(handle);
    Callback callback = std::move(node.mapped().callback);
    node = {};  // destroy the timer now: a pending wait is aborted, a queued one finds nothing
    if (callback) {
      callback();
    }
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
