// EphoneRegistry: what the show commands read (model::SccpStatus's data), the attempted
// registrations, and reset/restart.
#include <algorithm>
#include <charconv>

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
    for (const auto& [peer, session] : sessions_) {
      if (session.get() == it->second) {
        s.port = peer.port;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

void EphoneRegistry::note_attempt(const EphoneSession& session, const Register& request) {
  model::EphoneAttempt a;
  for (std::size_t i = 0; i < 6; ++i) {
    const char* first = request.device_name.data() + 3 + 2 * i;
    std::from_chars(first, first + 2, a.mac.bytes[i], 16);
  }
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
  std::vector<EphoneSession*> targets;
  for (const auto& [tag, session] : by_tag_) {
    const bool match =
        request.target == model::ResetTarget::All ||
        request.target == model::ResetTarget::SequenceAll ||
        (request.target == model::ResetTarget::Ephone && tag == request.ephone) ||
        (request.target == model::ResetTarget::Mac && history_.count(tag) &&
         history_.at(tag)->last.mac == request.mac);
    if (match) {
      targets.push_back(session);
    }
  }
  if (request.target == model::ResetTarget::Cancel) {
    return 0;  // resets are sent at once: nothing is ever pending
  }
  for (auto* s : targets) {
    s->reset(static_cast<std::uint32_t>(request.type));
  }
  return targets.size();
}

}  // namespace cme::runtime::sccp
