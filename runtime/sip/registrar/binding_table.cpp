#include "runtime/sip/registrar/binding_table.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace cme::runtime::sip {
namespace {

std::string binding_key(const std::string& uri, const std::string& instance) {
  if (instance.empty()) {
    return "uri:" + uri;
  }
  std::string key = "instance:" + instance;
  for (char& c : key) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

}  // namespace

/// One contact of a request, checked and ready to commit.
struct BindingTable::Planned {
  const ContactRequest* contact = nullptr;
  std::string key;
  GrantedExpires expires;
};

BindingTable::BindingTable(const Clock& clock, TimerService& timers, ExpiresLimits limits,
                           std::size_t max_contacts)
    : clock_(clock), timers_(timers), limits_(limits), max_contacts_(max_contacts) {}

BindingTable::~BindingTable() {
  for (auto& [pool, entries] : pools_) {
    for (Entry& entry : entries) {
      timers_.cancel(entry.timer);
    }
  }
}

RegisterResult BindingTable::apply(const RegisterRequest& request) {
  if (request.star) {
    return apply_star(request);
  }
  std::vector<Planned> planned;
  std::size_t evict = 0;
  if (const auto failure = plan(request, planned, evict)) {
    return result(*failure, request.pool);
  }
  Events events;
  evict_oldest(request.pool, planned, evict, events);
  commit(request, planned, events);
  RegisterResult out = result(RegisterStatus::Ok, request.pool);
  notify(events);
  return out;
}

RegisterResult BindingTable::apply_star(const RegisterRequest& request) {
  // RFC 3261 §10.3 step 6: `*` only alone and only with Expires: 0.
  if (!request.contacts.empty() || request.expires_header != std::optional<std::uint32_t>{0}) {
    return result(RegisterStatus::BadStar, request.pool);
  }
  const auto found = pools_.find(request.pool);
  if (found == pools_.end()) {
    return result(RegisterStatus::Ok, request.pool);
  }
  for (const Entry& entry : found->second) {
    if (entry.binding.call_id == request.call_id && request.cseq <= entry.binding.cseq) {
      return result(RegisterStatus::OutOfOrder, request.pool);
    }
  }
  Events events;
  for (Entry& entry : found->second) {
    timers_.cancel(entry.timer);
    events.emplace_back(std::move(entry.binding), BindingEvent::Removed);
  }
  pools_.erase(found);
  RegisterResult out = result(RegisterStatus::Ok, request.pool);
  notify(events);
  return out;
}

std::optional<RegisterStatus> BindingTable::plan(const RegisterRequest& request,
                                                 std::vector<Planned>& planned,
                                                 std::size_t& evict) const {
  const auto found = pools_.find(request.pool);
  const std::vector<Entry> none;
  const std::vector<Entry>& entries = found == pools_.end() ? none : found->second;
  for (const ContactRequest& contact : request.contacts) {
    Planned p{&contact, binding_key(contact.uri, contact.instance),
              grant_expires(contact.expires ? contact.expires : request.expires_header, limits_)};
    if (p.expires.kind == ExpiresKind::TooBrief) {
      return RegisterStatus::IntervalTooBrief;
    }
    const auto existing = std::find_if(entries.begin(), entries.end(),
                                       [&](const Entry& e) { return e.key == p.key; });
    if (existing != entries.end() && existing->binding.call_id == request.call_id &&
        request.cseq <= existing->binding.cseq) {
      return RegisterStatus::OutOfOrder;
    }
    // A contact repeated in one request: the last one counts.
    std::erase_if(planned, [&](const Planned& q) { return q.key == p.key; });
    planned.push_back(std::move(p));
  }
  std::size_t count = entries.size();
  std::size_t untouched = entries.size();  // bindings this request leaves alone: evictable
  for (const Planned& p : planned) {
    const bool exists =
        std::any_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == p.key; });
    untouched -= exists ? 1 : 0;
    if (exists && p.expires.kind == ExpiresKind::Remove) {
      --count;
    } else if (!exists && p.expires.kind == ExpiresKind::Grant) {
      ++count;
    }
  }
  evict = count > max_contacts_ ? count - max_contacts_ : 0;
  if (evict > untouched) {
    return RegisterStatus::TooManyContacts;  // the request alone names too many contacts
  }
  return std::nullopt;
}

void BindingTable::evict_oldest(unsigned pool, const std::vector<Planned>& planned,
                                std::size_t evict, Events& events) {
  const auto found = pools_.find(pool);
  for (; evict > 0 && found != pools_.end(); --evict) {
    auto& entries = found->second;
    auto oldest = entries.end();
    for (auto e = entries.begin(); e != entries.end(); ++e) {
      const bool named = std::any_of(planned.begin(), planned.end(),
                                     [&](const Planned& p) { return p.key == e->key; });
      if (!named &&
          (oldest == entries.end() || e->binding.updated_at < oldest->binding.updated_at)) {
        oldest = e;
      }
    }
    if (oldest == entries.end()) {
      return;  // plan() counted the evictable ones: not reached
    }
    timers_.cancel(oldest->timer);
    events.emplace_back(std::move(oldest->binding), BindingEvent::Removed);
    entries.erase(oldest);
  }
}

void BindingTable::commit(const RegisterRequest& request, const std::vector<Planned>& planned,
                          Events& events) {
  std::vector<Entry>& entries = pools_[request.pool];
  for (const Planned& p : planned) {
    auto existing = std::find_if(entries.begin(), entries.end(),
                                 [&](const Entry& e) { return e.key == p.key; });
    if (p.expires.kind == ExpiresKind::Remove) {
      if (existing != entries.end()) {
        timers_.cancel(existing->timer);
        events.emplace_back(std::move(existing->binding), BindingEvent::Removed);
        entries.erase(existing);
      }
      continue;
    }
    const bool added = existing == entries.end();
    if (added) {
      existing = entries.insert(entries.end(), Entry{});
      existing->key = p.key;
      existing->binding.pool = request.pool;
    }
    Binding& b = existing->binding;
    b.contact = p.contact->uri;
    b.instance = p.contact->instance;
    b.source = request.source;
    b.call_id = request.call_id;
    b.cseq = request.cseq;
    b.expires = p.expires.granted;
    b.updated_at = clock_.steady_now();
    b.expires_at = b.updated_at + b.expires;
    arm(*existing);
    events.emplace_back(b, added ? BindingEvent::Added : BindingEvent::Refreshed);
  }
  if (entries.empty()) {
    pools_.erase(request.pool);
  }
}

void BindingTable::arm(Entry& entry) {
  timers_.cancel(entry.timer);
  // Every path that refreshes or drops a binding cancels its timer first, so a timer that fires
  // always belongs to the binding it names.
  entry.timer =
      timers_.schedule(std::chrono::duration_cast<std::chrono::milliseconds>(entry.binding.expires),
                       [this, pool = entry.binding.pool, key = entry.key] { expire(pool, key); });
}

void BindingTable::expire(unsigned pool, const std::string& key) {
  const auto entries = pools_.find(pool);
  if (entries == pools_.end()) {
    return;
  }
  const auto found = std::find_if(entries->second.begin(), entries->second.end(),
                                  [&](const Entry& e) { return e.key == key; });
  if (found == entries->second.end()) {
    return;
  }
  Events events;
  events.emplace_back(std::move(found->binding), BindingEvent::Expired);
  entries->second.erase(found);
  if (entries->second.empty()) {
    pools_.erase(entries);
  }
  notify(events);
}

RegisterResult BindingTable::result(RegisterStatus status, unsigned pool) const {
  RegisterResult out;
  out.status = status;
  if (status == RegisterStatus::IntervalTooBrief) {
    out.min_expires = limits_.min;
  }
  out.bindings = bindings(pool);
  return out;
}

void BindingTable::notify(const Events& events) {
  if (!listener_) {
    return;
  }
  for (const auto& [binding, event] : events) {
    listener_(binding, event);
  }
}

std::vector<Binding> BindingTable::bindings(unsigned pool) const {
  std::vector<Binding> out;
  const auto found = pools_.find(pool);
  if (found != pools_.end()) {
    for (const Entry& entry : found->second) {
      out.push_back(entry.binding);
    }
  }
  return out;
}

std::optional<Binding> BindingTable::newest(unsigned pool) const {
  const auto found = pools_.find(pool);
  if (found == pools_.end() || found->second.empty()) {
    return std::nullopt;
  }
  const Entry* best = &found->second.front();
  for (const Entry& entry : found->second) {
    if (entry.binding.updated_at >= best->binding.updated_at) {
      best = &entry;
    }
  }
  return best->binding;
}

std::vector<unsigned> BindingTable::pools() const {
  std::vector<unsigned> out;
  for (const auto& [pool, entries] : pools_) {
    out.push_back(pool);
  }
  return out;
}

std::size_t BindingTable::size() const {
  std::size_t n = 0;
  for (const auto& [pool, entries] : pools_) {
    n += entries.size();
  }
  return n;
}

std::chrono::seconds BindingTable::remaining(const Binding& binding) const {
  const auto now = clock_.steady_now();
  if (binding.expires_at <= now) {
    return std::chrono::seconds{0};
  }
  return std::chrono::ceil<std::chrono::seconds>(binding.expires_at - now);
}

void BindingTable::remove_pool(unsigned pool) {
  const auto found = pools_.find(pool);
  if (found == pools_.end()) {
    return;
  }
  Events events;
  for (Entry& entry : found->second) {
    timers_.cancel(entry.timer);
    events.emplace_back(std::move(entry.binding), BindingEvent::Removed);
  }
  pools_.erase(found);
  notify(events);
}

}  // namespace cme::runtime::sip
