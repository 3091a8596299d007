#include "cli/runtime_services.hpp"

#include <utility>

#include "modes/device.hpp"

namespace cme::cli {

RuntimeServices::RuntimeServices(modes::Device& device) : device_(device) {
  commit_listener_ = device_.on_commit(
      [this](const model::Config& before, const model::Config& after) { follow(before, after); });
}

RuntimeServices::~RuntimeServices() {
  // The services may be gone already (declared after this object): only the listener goes.
  // Each service stops itself when it is destroyed.
  if (commit_listener_ != 0) {
    device_.remove_commit_listener(commit_listener_);
  }
}

Result<std::string, std::string> RuntimeServices::start(runtime::Service& service) {
  auto started = service.start();
  (started ? services_ : waiting_).push_back(&service);
  return started;
}

void RuntimeServices::stop() {
  if (commit_listener_ != 0) {
    device_.remove_commit_listener(std::exchange(commit_listener_, 0));
  }
  for (auto it = services_.rbegin(); it != services_.rend(); ++it) {
    (*it)->stop();
  }
  services_.clear();
  waiting_.clear();
}

void RuntimeServices::follow(const model::Config& before, const model::Config& after) {
  const auto diff = model::ConfigDiff::between(before, after);
  if (diff.empty()) {
    return;
  }
  // A service may commit from apply() (an auto-registered ephone): the copies keep these loops
  // valid whatever that nested commit does.
  const auto services = services_;
  for (auto* service : services) {
    if (diff.touches_any(service->sections())) {
      service->apply(diff);
    }
  }
  const auto waiting = waiting_;
  for (auto* service : waiting) {
    if (diff.touches_any(service->sections())) {
      retry(*service);
    }
  }
}

void RuntimeServices::retry(runtime::Service& service) {
  auto started = service.start();
  if (!started) {
    log("%" + std::string(service.name()) + "-3-SOCKET: " + started.error());
    return;
  }
  std::erase(waiting_, &service);
  services_.push_back(&service);
}

std::shared_ptr<const model::Config> RuntimeServices::running() const {
  return device_.running();
}

void RuntimeServices::log(std::string_view message) {
  device_.log(message);
}

bool RuntimeServices::debugging(std::string_view condition, std::string_view mac) const {
  return mac.empty() ? device_.debug_flags().is_on(condition)
                     : device_.debug_flags().is_on(condition, mac);
}

void RuntimeServices::commit(std::shared_ptr<const model::Config> next) {
  device_.commit(std::move(next));
}

std::chrono::system_clock::time_point RuntimeServices::local_time(
    std::chrono::system_clock::time_point utc) const {
  return std::chrono::system_clock::time_point(device_.local(utc).wall.time_since_epoch());
}

}  // namespace cme::cli
