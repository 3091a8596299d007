// EphoneRegistry: what the show commands read (model::SccpStatus's data), the attempted
// registrations, and reset/restart.
#include <algorithm>

#include "runtime/sccp/registry/ephone_registry.hpp"
#include "runtime/sccp/registry/registry_history.hpp"

namespace cme::runtime::sccp {

std::vector<model::EphoneStatus> EphoneRegistry::ephones() const {
  std::vector<model::EphoneStatus> out;
  for (const auto& [tag, h] : history_) {
    const auto it = by_tag_.find(tag);
    if (it == by_tag_.end()) {
      out.push_back(h->last);
      continue;
    }
    auto s = live_status(*it->second, h->last);
    if (const auto e = endpoints_.find(it->second); e != endpoints_.end()) {
      s.port = e->second.port;
    }
    out.push_back(std::move(s));
  }
  return out;
}

void EphoneRegistry::note_attempt(const EphoneSession& session, const Register& request) {
  model::EphoneAttempt a;
  a.mac = session.mac();
  a.address = model::ipv4_from_text(session.address()).value_or(model::Ipv4{});
  a.device_type = model_text(request.device_type);
  a.last = clock_.system_now();
  const auto same = std::find_if(attempts_.begin(), attempts_.end(),
                                 [&](const model::EphoneAttempt& e) { return e.mac == a.mac; });
  if (same != attempts_.end()) {
    a.count = same->count + 1;
    attempts_.erase(same);
  } else {
    a.count = 1;
    if (attempts_.size() >= kMaxAttempts) {
      attempts_.pop_front();
    }
  }
  attempts_.push_back(std::move(a));
}

std::vector<model::EphoneAttempt> EphoneRegistry::attempts() const {
  return {attempts_.begin(), attempts_.end()};
}

std::size_t EphoneRegistry::clear_attempts() {
  return std::exchange(attempts_, {}).size();
}

std::size_t EphoneRegistry::reset(const model::ResetRequest& request) {
  if (request.target == model::ResetTarget::Cancel) {
    const auto cancelled = plan_.tags.size();
    plan_ = {};
    timers_.cancel(std::exchange(plan_timer_, 0));
    return cancelled;
  }
  if (request.target == model::ResetTarget::All || request.target == model::ResetTarget::SequenceAll) {
    timers_.cancel(std::exchange(plan_timer_, 0));
    plan_ = {};
    plan_.type = request.type;
    plan_.sequence = request.target == model::ResetTarget::SequenceAll;
    plan_.interval = request.interval;
    for (const auto& [tag, session] : by_tag_) {
      plan_.tags.push_back(tag);
    }
    const auto count = plan_.tags.size();
    reset_next();
    return count;
  }
  for (const auto& [tag, session] : by_tag_) {
    const bool match = request.target == model::ResetTarget::Ephone
                           ? tag == request.ephone
                           : history_.count(tag) && history_.at(tag)->last.mac == request.mac;
    if (match) {
      session->reset(static_cast<std::uint32_t>(request.type));
      return 1;
    }
  }
  return 0;
}

void EphoneRegistry::reset_next() {
  plan_.waiting_for = 0;
  while (!plan_.tags.empty()) {
    const unsigned tag = plan_.tags.front();
    plan_.tags.pop_front();
    const auto it = by_tag_.find(tag);
    if (it == by_tag_.end()) {
      continue;  // gone meanwhile
    }
    it->second->reset(static_cast<std::uint32_t>(plan_.type));
    if (plan_.tags.empty()) {
      return;
    }
    if (!plan_.sequence && plan_.interval.count() == 0) {
      continue;  // `reset all 0`: every phone at once
    }
    plan_.waiting_for = plan_.sequence ? tag : 0;
    const auto wait = plan_.sequence ? std::chrono::duration_cast<std::chrono::seconds>(kSequenceTimeout)
                                     : plan_.interval;
    plan_timer_ = timers_.schedule(wait, [this] {
      plan_timer_ = 0;
      reset_next();
    });
    return;
  }
}

}  // namespace cme::runtime::sccp
