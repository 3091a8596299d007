#include "runtime/sip/registrar/attempted_registrations.hpp"

#include <algorithm>

#include "model/config.hpp"

namespace cme::runtime::sip {

void AttemptedRegistrations::record(std::optional<model::MacAddress> mac, std::string address,
                                    std::string user, Clock::WallTime now) {
  auto same = [&](const AttemptedRegistration& e) {
    return mac ? e.mac == mac : (!e.mac && e.address == address && e.user == user);
  };
  if (auto it = std::find_if(entries_.begin(), entries_.end(), same); it != entries_.end()) {
    AttemptedRegistration e = std::move(*it);
    entries_.erase(it);
    e.address = std::move(address);
    e.user = std::move(user);
    ++e.attempts;
    e.last = now;
    entries_.push_back(std::move(e));  // most recent last
    return;
  }
  if (size_ == 0) {
    return;
  }
  entries_.push_back(AttemptedRegistration{mac, std::move(address), std::move(user), 1, now});
  resize(size_);
}

std::size_t AttemptedRegistrations::clear(std::optional<std::string> address,
                                          std::optional<model::MacAddress> mac) {
  return std::erase_if(entries_, [&](const AttemptedRegistration& e) {
    return (!address && !mac) || (address && e.address == *address) || (mac && e.mac == mac);
  });
}

void AttemptedRegistrations::resize(std::size_t size) {
  size_ = size;
  if (entries_.size() > size_) {
    entries_.erase(entries_.begin(),
                   entries_.begin() + static_cast<std::ptrdiff_t>(entries_.size() - size_));
  }
}

std::size_t attempted_registrations_size(const model::Config& config) {
  const auto& global = config.cme.voice_register_global;
  if (!global) {
    return AttemptedRegistrations::kDefaultSize;
  }
  const std::string text = global->options.value("attempted-registrations size", "");
  if (text.empty()) {
    return AttemptedRegistrations::kDefaultSize;
  }
  return static_cast<std::size_t>(std::stoul(text));
}

}  // namespace cme::runtime::sip
