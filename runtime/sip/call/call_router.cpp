#include "runtime/sip/call/call_router.hpp"

#include <algorithm>
#include <utility>

#include "model/values.hpp"
#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {

namespace {

constexpr std::uint16_t kSipPort = 5060;

bool is_ipv4(std::string_view host) {
  return model::ipv4_from_text(host).has_value();
}

}  // namespace

CallRouter::CallRouter(std::shared_ptr<const model::Config> config) : config_(std::move(config)) {
  const auto& cme = config_->cme;
  for (const auto& [tag, dn] : cme.voice_register_dns) {
    if (dn.number && !dn.number->empty()) {
      dns_.emplace(*dn.number, tag);  // numbers are unique (the command tables check it)
    }
  }
  for (const auto& [tag, pool] : cme.voice_register_pools) {
    for (const auto& line : pool.number) {
      if (line.dn) {
        pools_[*line.dn].push_back(tag);
      }
    }
  }
  for (const auto& [tag, peer] : cme.dial_peers) {
    if (!peer.voip || peer.session_protocol.value_or("") != "sipv2" || !peer.destination_pattern ||
        !peer.session_target || peer.session_target->kind != model::SessionTarget::Kind::Ipv4) {
      continue;
    }
    auto pattern = DigitPattern::compile(*peer.destination_pattern);
    if (!pattern) {
      continue;
    }
    const auto& target = *peer.session_target;
    peers_.push_back(Peer{tag, peer.preference.value_or(0), std::move(*pattern),
                          net::Endpoint{model::to_string(target.address),
                                        static_cast<std::uint16_t>(target.port.value_or(kSipPort)),
                                        net::Protocol::Udp}});
  }
}

std::optional<unsigned> CallRouter::dn_of(std::string_view number) const {
  const auto it = dns_.find(number);
  return it == dns_.end() ? std::nullopt : std::optional<unsigned>(it->second);
}

net::Endpoint CallRouter::binding_destination(const Binding& binding) {
  const auto uri = parse_uri(binding.contact);
  if (!uri || !is_ipv4(uri->host)) {
    return binding.source;
  }
  const auto transport = param(uri->params, "transport");
  const bool tcp = transport && (*transport == "tcp" || *transport == "TCP");
  return net::Endpoint{uri->host, uri->port.value_or(kSipPort),
                       tcp ? net::Protocol::Tcp : net::Protocol::Udp};
}

RouteResult CallRouter::route(std::string_view number, const BindingTable& bindings) const {
  RouteResult result;
  result.dn = dn_of(number);
  if (result.dn) {
    result.status = RouteStatus::Unavailable;
    const auto pools = pools_.find(*result.dn);
    if (pools == pools_.end()) {
      return result;
    }
    for (const unsigned pool : pools->second) {
      if (const auto newest = bindings.newest(pool)) {
        result.status = RouteStatus::Found;
        result.target = CallTarget{CallTarget::Kind::Dn, *result.dn, std::string(number),
                                   newest->contact, binding_destination(*newest)};
        return result;
      }
    }
    return result;
  }
  result.target = to_dial_peer(number);
  result.status = result.target ? RouteStatus::Found : RouteStatus::NotFound;
  return result;
}

std::optional<CallTarget> CallRouter::to_dial_peer(std::string_view number) const {
  const Peer* best = nullptr;
  PatternScore best_score;
  for (const Peer& peer : peers_) {
    const auto score = peer.pattern.match(number);
    if (!score) {
      continue;
    }
    // Higher score first, then lower preference, then lower tag (peers_ is by tag).
    if (best == nullptr || *score > best_score ||
        (*score == best_score && peer.preference < best->preference)) {
      best = &peer;
      best_score = *score;
    }
  }
  if (best == nullptr) {
    return std::nullopt;
  }
  const std::string uri = "sip:" + std::string(number) + '@' + best->target.address + ':' +
                          std::to_string(best->target.port);
  return CallTarget{CallTarget::Kind::DialPeer, best->tag, std::string(number), uri, best->target};
}

std::optional<std::string> CallRouter::caller_number(std::string_view from_user,
                                                     const net::Endpoint& source,
                                                     const BindingTable& bindings) const {
  const auto& pools = config_->cme.voice_register_pools;
  const auto& dns = config_->cme.voice_register_dns;
  std::vector<std::string> own;  // the numbers of the phones registered from `source`
  bool from_phone = false;
  for (const unsigned pool : bindings.pools()) {
    const auto p = pools.find(pool);
    const auto found = bindings.bindings(pool);
    if (p == pools.end() || std::none_of(found.begin(), found.end(),
                                         [&](const Binding& b) { return b.source == source; })) {
      continue;
    }
    from_phone = true;
    for (const auto& line : p->second.number) {  // by line tag: line 1 first
      const auto dn = line.dn ? dns.find(*line.dn) : dns.end();
      if (dn != dns.end() && dn->second.number) {
        own.push_back(*dn->second.number);
      }
    }
  }
  if (!from_phone) {
    // A trunk or dial-peer target presents its callers as it names them.
    return dns_.contains(from_user) ? std::optional<std::string>(from_user) : std::nullopt;
  }
  if (std::find(own.begin(), own.end(), from_user) != own.end()) {
    return std::string(from_user);
  }
  return own.empty() ? std::nullopt : std::optional<std::string>(own.front());
}

bool CallRouter::trusted(std::string_view address, const BindingTable& bindings) const {
  for (const Peer& peer : peers_) {
    if (peer.target.address == address) {
      return true;
    }
  }
  // Only where a REGISTER came from: a binding's Contact host is what the phone claims, and
  // would let any registered phone make another host trusted.
  for (const unsigned pool : bindings.pools()) {
    for (const Binding& binding : bindings.bindings(pool)) {
      if (binding.source.address == address) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace cme::runtime::sip
