#include "runtime/sccp/registry/ephone_registry.hpp"

#include <array>
#include <utility>

#include "runtime/sccp/registry/auto_registration.hpp"
#include "runtime/sccp/registry/registry_history.hpp"

namespace cme::runtime::sccp {

/// One phone's TCP connection and the session on it (the session sends through it).
struct EphoneRegistry::Link final : SessionLink {
  Link(net::Transport& t, net::Endpoint p) : transport(t), peer(std::move(p)) {}
  void send(Bytes frames) override {
    transport.send(peer, std::string(frames.begin(), frames.end()));
  }
  void close() override { transport.close_after_sending(peer); }
  net::Transport& transport;
  net::Endpoint peer;
  std::unique_ptr<EphoneSession> session;
};

namespace {

/// The ephone whose mac-address is `mac`: through the configuration's MAC index (entries may be
/// stale: each candidate is checked against the ephone itself), else by a scan (a configuration
/// read from JSON has no index; only unknown phones pay for the scan).
/// `mac_text` is `mac` as model::to_string spells it (the session has it already).
const model::Ephone* ephone_with(const model::CmeConfig& c, const model::MacAddress& mac,
                                 const std::string& mac_text) {
  const auto [first, last] = c.index.macs.equal_range(mac_text);
  for (auto it = first; it != last; ++it) {
    if (it->second.kind != model::OwnerKind::Ephone) {
      continue;
    }
    const auto e = c.ephones.find(it->second.tag);
    if (e != c.ephones.end() && e->second.mac_address == mac) {
      return &e->second;
    }
  }
  for (const auto& [tag, e] : c.ephones) {
    if (e.mac_address == mac) {
      return &e;
    }
  }
  return nullptr;
}

}  // namespace

EphoneRegistry::EphoneRegistry(net::Transport& transport, ServiceHost& host, const Clock& clock,
                               TimerService& timers)
    : transport_(transport), host_(host), clock_(clock), timers_(timers) {
  net::Transport::Handlers h;
  h.opened = [this](const net::Endpoint& peer) { opened(peer); };
  h.received = [this](const net::Endpoint& peer, std::string_view bytes) { received(peer, bytes); };
  h.closed = [this](const net::Endpoint& peer) { closed(peer); };
  transport_.set_handlers(std::move(h));
}

EphoneRegistry::~EphoneRegistry() {
  transport_.set_handlers({});
  timers_.cancel(sweep_);
  timers_.cancel(plan_timer_);
}

void EphoneRegistry::opened(const net::Endpoint& peer) {
  graveyard_.clear();
  if (unregistered() >= kMaxUnregistered) {
    ++counters_.refused_connections;
    transport_.close(peer);
    return;
  }
  ++counters_.connections;
  auto link = std::make_unique<Link>(transport_, peer);
  link->session = std::make_unique<EphoneSession>(take_socket(), peer.address, *link, *this,
                                                  clock_, timers_);
  const auto& session = *link->session;
  if (debugging("register", session)) {
    trace("New Skinny socket accepted [" + std::to_string(session.socket()) + "] (" +
          std::to_string(connections_.size() + 1) + " active)");
  }
  endpoints_[&session] = peer;
  connections_[peer] = std::move(link);
}

void EphoneRegistry::received(const net::Endpoint& peer, std::string_view bytes) {
  graveyard_.clear();
  const auto it = connections_.find(peer);
  if (it == connections_.end()) {
    return;
  }
  it->second->session->receive(
      {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()});
}

void EphoneRegistry::closed(const net::Endpoint& peer) {
  graveyard_.clear();
  const auto it = connections_.find(peer);
  if (it != connections_.end()) {
    it->second->session->connection_closed();
  }
}

unsigned EphoneRegistry::take_socket() {
  if (!free_sockets_.empty()) {
    const unsigned s = *free_sockets_.begin();
    free_sockets_.erase(free_sockets_.begin());
    return s;
  }
  return next_socket_++;
}

Result<EphoneProfile, std::string> EphoneRegistry::admit(EphoneSession& session,
                                                         const Register& request) {
  const auto running = host_.running();
  const auto& mac = session.mac();  // the session checked the deviceName
  const auto* reported = model_by_device_type(request.device_type);
  if (!take_over(session, request.device_name)) {
    return refuse(session, request, "Duplicate registration");
  }
  auto config = running;
  const model::Ephone* ephone = ephone_with(config->cme, mac, session.mac_text());
  if (!ephone) {
    auto added = auto_register(*config, mac, reported);
    if (!added) {
      note_attempt(session, request);
      return refuse(session, request, added.error());
    }
    ++counters_.auto_registrations;
    auto_registered_.insert(added->tag);
    const unsigned tag = added->tag;
    config = std::make_shared<const model::Config>(std::move(added->config));
    host_.commit(config);  // written into the running configuration, as IOS does
    ephone = &config->cme.ephones.at(tag);
  }
  if (by_tag_.size() >= max_ephones(config->cme)) {
    return refuse(session, request,
                  "max-ephones " + std::to_string(max_ephones(config->cme)) + " reached");
  }
  return build_profile(config->cme, *ephone, reported);
}

Result<EphoneProfile, std::string> EphoneRegistry::refuse(EphoneSession& session,
                                                          const Register& request,
                                                          std::string reason) {
  ++counters_.rejections;
  if (debugging("register", session)) {
    trace("ephone-(" + std::to_string(session.socket()) + ")[" +
          std::to_string(session.socket()) + "] RegisterReject " + request.device_name + ": " +
          reason);
  }
  return Err{std::move(reason)};
}

bool EphoneRegistry::take_over(EphoneSession& session, const std::string& device_name) {
  const auto it = by_name_.find(device_name);
  if (it == by_name_.end()) {
    return true;
  }
  EphoneSession& old = *it->second;
  const auto interval = std::chrono::seconds(old.profile()->keepalive.seconds);
  const bool overdue = clock_.steady_now() - old.last_keepalive() > interval;
  if (old.address() != session.address() && !overdue) {
    return false;
  }
  old.disconnect(SessionEnd::Replaced);
  return true;
}

void EphoneRegistry::registered(EphoneSession& session) {
  const auto& p = *session.profile();
  ++counters_.registrations;
  by_name_[session.device_name()] = &session;
  by_tag_[p.tag] = &session;
  auto& h = history_[p.tag];
  if (!h) {
    h = std::make_unique<History>();
  }
  h->registered(session);
  const bool is_new = auto_registered_.erase(p.tag) != 0;
  if (plan_.waiting_for == p.tag && plan_.waiting_for != 0) {  // sequence-all: the next one
    timers_.cancel(std::exchange(plan_timer_, 0));
    plan_.waiting_for = 0;
    reset_next();
  }
  log(std::string(is_new ? "%IPPHONE-6-REGISTER_NEW: " : "%IPPHONE-6-REGISTER: ") + "ephone-" +
      std::to_string(p.tag) + ":" + session.device_name() + " IP:" + session.address() +
      " Socket:" + std::to_string(session.socket()) + " DeviceType:Phone has registered.");
}

void EphoneRegistry::ended(EphoneSession& session, SessionEnd why) {
  counters_.unknown_messages += session.counters().unknown_messages;
  counters_.short_payloads += session.counters().short_payloads;
  if (why == SessionEnd::ProtocolError) {
    ++counters_.protocol_errors;
  }
  if (session.profile() && by_tag_.count(session.profile()->tag) &&
      by_tag_.at(session.profile()->tag) == &session) {
    const unsigned tag = session.profile()->tag;
    by_tag_.erase(tag);
    by_name_.erase(session.device_name());
    const bool normal = why == SessionEnd::Unregistered || why == SessionEnd::Reset ||
                        why == SessionEnd::Disconnected;
    if (why == SessionEnd::KeepaliveLost) {
      ++counters_.keepalive_losses;
    }
    history_.at(tag)->ended(session, why);
    log(std::string(normal ? "%IPPHONE-6-UNREGISTER_NORMAL: " : "%IPPHONE-6-UNREGISTER_ABNORMAL: ") +
        "ephone-" + std::to_string(tag) + ":" + session.device_name() + " IP:" + session.address() +
        " Socket:" + std::to_string(session.socket()) + " DeviceType:Phone has unregistered " +
        (normal ? "normally." : "abnormally."));
  }
  bury(session);
}

void EphoneRegistry::bury(EphoneSession& session) {
  if (const auto e = endpoints_.find(&session); e != endpoints_.end()) {
    const auto it = connections_.find(e->second);
    free_sockets_.insert(session.socket());
    graveyard_.push_back(std::move(it->second));  // still on the stack of this event
    connections_.erase(it);
    endpoints_.erase(e);
  }
  if (sweep_ == 0) {  // free the ended sessions once the current event is over
    sweep_ = timers_.schedule(std::chrono::milliseconds(0), [this] {
      sweep_ = 0;
      graveyard_.clear();
    });
  }
}

void EphoneRegistry::apply(const model::ConfigDiff& diff) {
  const auto running = host_.running();
  for (const auto& change : diff.changes(model::Section::Ephones)) {
    const auto it = by_tag_.find(*change.tag);
    if (it == by_tag_.end()) {
      continue;
    }
    EphoneSession& s = *it->second;
    const auto e = running->cme.ephones.find(*change.tag);
    const bool gone = e == running->cme.ephones.end();
    if (gone || e->second.mac_address != s.mac()) {
      s.disconnect(SessionEnd::Disconnected);
    }
  }
}

void EphoneRegistry::close_all() {
  std::vector<EphoneSession*> all;
  for (auto& [peer, link] : connections_) {
    all.push_back(link->session.get());
  }
  for (auto* s : all) {
    s->disconnect(SessionEnd::Disconnected);
  }
}

const EphoneSession* EphoneRegistry::session_of(unsigned tag) const {
  const auto it = by_tag_.find(tag);
  return it == by_tag_.end() ? nullptr : it->second;
}

bool EphoneRegistry::debugging(std::string_view condition, const EphoneSession& session) const {
  // Asked on every message: the condition names are constants and the MAC text is the
  // session's, so nothing is built unless a debug is on.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kNames = {{
      {"register", "ephone register"},
      {"keepalive", "ephone keepalive"},
      {"state", "ephone state"},
      {"detail", "ephone detail"},
      {"raw", "ephone raw"},
  }};
  std::string_view name;
  for (const auto& [short_name, full] : kNames) {
    if (short_name == condition) {
      name = full;
    }
  }
  const std::string_view mac = session.mac_text();
  // `debug ephone detail` includes register, keepalive and state, not the raw bytes.
  return (!name.empty() && host_.debugging(name, mac)) ||
         (condition != "raw" && host_.debugging("ephone detail", mac));
}

void EphoneRegistry::trace(std::string_view line) {
  host_.log(line);
}

void EphoneRegistry::log(std::string_view message) {
  host_.log(message);
}

std::chrono::system_clock::time_point EphoneRegistry::local_time(
    std::chrono::system_clock::time_point utc) const {
  return host_.local_time(utc);
}

}  // namespace cme::runtime::sccp
