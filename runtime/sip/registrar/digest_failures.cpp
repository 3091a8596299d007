#include "runtime/sip/registrar/digest_failures.hpp"

#include <iterator>
#include <utility>

namespace cme::runtime::sip {

namespace {

std::string source_key(std::string_view source) {
  return "s:" + std::string(source);
}

std::string user_key(std::string_view user) {
  return "u:" + std::string(user);
}

}  // namespace

std::size_t DigestFailures::failures(const std::string& key, Clock::SteadyTime now) const {
  const auto it = counts_.find(key);
  if (it == counts_.end() || now - it->second.since >= limits_.window) {
    return 0;
  }
  return it->second.failures;
}

bool DigestFailures::blocked(std::string_view source, std::string_view user,
                             bool user_bound_applies, Clock::SteadyTime now) const {
  if (failures(source_key(source), now) >= limits_.per_source) {
    return true;
  }
  return user_bound_applies && !user.empty() && failures(user_key(user), now) >= limits_.per_user;
}

void DigestFailures::record(std::string_view source, std::string_view user,
                            Clock::SteadyTime now) {
  bump(source_key(source), now);
  if (!user.empty()) {
    bump(user_key(user), now);
  }
}

void DigestFailures::bump(std::string key, Clock::SteadyTime now) {
  if (counts_.size() >= limits_.max_tracked && counts_.count(key) == 0) {
    prune(now);
  }
  Count& c = counts_[std::move(key)];
  if (c.failures == 0 || now - c.since >= limits_.window) {
    c = Count{now, 0};
  }
  ++c.failures;
}

void DigestFailures::prune(Clock::SteadyTime now) {
  for (auto it = counts_.begin(); it != counts_.end();) {
    it = now - it->second.since >= limits_.window ? counts_.erase(it) : std::next(it);
  }
  if (counts_.size() >= limits_.max_tracked) {
    counts_.clear();
  }
}

}  // namespace cme::runtime::sip
