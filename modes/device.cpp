#include "modes/device.hpp"

#include <cctype>
#include <ctime>

namespace cme::modes {

Device::Device(const ModeRegistry& registry, ConfigStore& store, WallClock now)
    : registry_(registry),
      store_(store),
      now_(std::move(now)),
      boot_time_(now_()),
      running_(std::make_shared<const model::Config>()),
      log_buffer_(model::kDefaultLogBufferBytes) {}

void Device::commit(std::shared_ptr<const model::Config> next) {
  auto before = std::move(running_);
  running_ = std::move(next);
  clock_zone_ = clock_zone(*running_);
  const auto& buffered = running_->logging.buffered;
  if (buffered) {
    log_buffer_.set_capacity(buffered->effective_size());
  } else {
    log_buffer_.clear();  // `no logging buffered` frees the buffer, as on IOS
  }
  // By handle, looked up again after each call: a listener may remove listeners.
  for (auto it = commit_listeners_.begin(); it != commit_listeners_.end();) {
    const int handle = it->first;
    const CommitListener listener = it->second;  // stays alive if it removes itself
    listener(*before, *running_);
    it = commit_listeners_.upper_bound(handle);
  }
}

int Device::on_commit(CommitListener listener) {
  commit_listeners_.emplace(next_listener_, std::move(listener));
  return next_listener_++;
}

void Device::remove_commit_listener(int handle) {
  commit_listeners_.erase(handle);
}

void Device::log(std::string_view message) {
  const LogLine line{log_stamp(local(now_())) + ": " + std::string(message),
                     message_severity(message)};
  const auto& logging = running_->logging;
  log_counters_.console += logging.console.allows(line.severity) ? 1 : 0;
  log_counters_.monitor += logging.monitor.allows(line.severity) ? 1 : 0;
  log_counters_.trap += line.severity <= model::kSeverityInformational ? 1 : 0;
  if (logging.buffer_allows(line.severity)) {
    ++log_counters_.buffer;
    log_buffer_.append(line.text);
  }
  for (const auto& [handle, sink] : log_sinks_) {
    sink(line);
  }
}

bool Device::console_allows(unsigned severity) const {
  return running_->logging.console.allows(severity);
}

bool Device::monitor_allows(unsigned severity) const {
  return running_->logging.monitor.allows(severity);
}

unsigned Device::message_severity(std::string_view message) {
  const auto is_name = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
  };
  for (auto pct = message.find('%'); pct != std::string_view::npos;
       pct = message.find('%', pct + 1)) {
    std::size_t i = pct + 1;
    while (i < message.size() && is_name(message[i])) {
      ++i;
    }
    // i is at the '-' after the facility: "-N-" and at least one mnemonic character follow.
    if (i > pct + 1 && i + 3 < message.size() && message[i] == '-' && message[i + 1] >= '0' &&
        message[i + 1] <= '7' && message[i + 2] == '-' && is_name(message[i + 3])) {
      return static_cast<unsigned>(message[i + 1] - '0');
    }
  }
  return model::kSeverityDebugging;
}

int Device::add_log_sink(LogSink sink) {
  log_sinks_.emplace(next_sink_, std::move(sink));
  return next_sink_++;
}

void Device::remove_log_sink(int handle) {
  log_sinks_.erase(handle);
}

std::string Device::timestamp(std::chrono::system_clock::time_point t) {
  return log_stamp(to_local(ClockZone{}, t));
}

LocalTime Device::local(std::chrono::system_clock::time_point t) const {
  return to_local(clock_zone_, t);
}

}  // namespace cme::modes
