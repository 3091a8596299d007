#include "modes/router.hpp"

#include <ctime>

namespace cme::modes {

Router::Router(const ModeRegistry& registry, ConfigStore& store, WallClock now)
    : registry_(registry),
      store_(store),
      now_(std::move(now)),
      boot_time_(now_()),
      running_(std::make_shared<const model::Config>()) {}

void Router::commit(std::shared_ptr<const model::Config> next) {
  auto before = std::move(running_);
  running_ = std::move(next);
  for (const auto& listener : commit_listeners_) {
    listener(*before, *running_);
  }
}

void Router::log(std::string_view message) {
  const std::string line = timestamp(now_()) + ": " + std::string(message);
  for (const auto& [handle, sink] : log_sinks_) {
    sink(line);
  }
}

int Router::add_log_sink(LogSink sink) {
  log_sinks_.emplace(next_sink_, std::move(sink));
  return next_sink_++;
}

void Router::remove_log_sink(int handle) { log_sinks_.erase(handle); }

std::string Router::timestamp(std::chrono::system_clock::time_point t) {
  using namespace std::chrono;
  const auto secs = time_point_cast<seconds>(t);
  const auto ms = duration_cast<milliseconds>(t - secs).count();
  const std::time_t tt = system_clock::to_time_t(secs);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[40];
  std::snprintf(buf, sizeof buf, "*%s %2d %02d:%02d:%02d.%03d", kMonths[tm.tm_mon], tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

}  // namespace cme::modes
