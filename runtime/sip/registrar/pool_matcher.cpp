#include "runtime/sip/registrar/pool_matcher.hpp"

#include <algorithm>
#include <bit>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/voice_register_dn.hpp"
#include "model/voice_register_pool.hpp"
#include "runtime/sip/registrar/device_mac.hpp"

namespace cme::runtime::sip {

std::string_view match_kind_text(PoolMatchKind kind) {
  switch (kind) {
    case PoolMatchKind::Mac:
      return "mac";
    case PoolMatchKind::Ip:
      return "ip";
    case PoolMatchKind::Network:
      return "network";
    case PoolMatchKind::Username:
      return "username";
  }
  return "mac";
}

std::vector<model::MacAddress> candidate_macs(const RegisterIdentity& identity) {
  std::vector<model::MacAddress> out;
  const auto add = [&out](std::optional<model::MacAddress> mac) {
    if (mac && std::find(out.begin(), out.end(), *mac) == out.end()) {
      out.push_back(*mac);
    }
  };
  add(mac_from_instance(identity.instance));
  add(mac_from_device_name(identity.device_name));
  add(mac_from_device_name(identity.contact_user));
  add(mac_from_device_name(identity.from_user));
  add(mac_from_device_name(identity.to_user));
  add(identity.arp_mac);
  return out;
}

PoolMatcher::PoolMatcher(std::shared_ptr<const model::Config> config) : config_(std::move(config)) {
  // Pools in ascending tag order: the first pool indexed under a key is the lowest tag.
  for (const auto& [tag, pool] : config_->cme.voice_register_pools) {
    if (pool.username) {
      usernames_.emplace(pool.username->username, tag);
    }
    if (!pool.id) {
      continue;
    }
    const model::PoolId& id = *pool.id;
    switch (id.kind) {
      case model::PoolId::Kind::Mac:
        macs_.emplace_back(id.mac, tag);
        break;
      case model::PoolId::Kind::Ip:
        add_subnet(ips_, id.address.address, id.mask.address, tag);
        break;
      case model::PoolId::Kind::Network:
        add_subnet(networks_, id.address.address, id.mask.address, tag);
        break;
    }
  }
  std::sort(macs_.begin(), macs_.end());
}

void PoolMatcher::add_subnet(SubnetIndex& index, std::uint32_t address, std::uint32_t mask,
                             unsigned pool) {
  const int length = std::popcount(mask);
  auto tier = std::find_if(index.begin(), index.end(),
                           [length](const Tier& t) { return t.length <= length; });
  if (tier == index.end() || tier->length != length) {
    tier = index.insert(tier, Tier{length, {}});
  }
  auto group = std::find_if(tier->groups.begin(), tier->groups.end(),
                            [mask](const MaskGroup& g) { return g.mask == mask; });
  if (group == tier->groups.end()) {
    group = tier->groups.insert(group, MaskGroup{mask, {}});
  }
  group->pools[address & mask].push_back(pool);  // ascending: pools come in tag order
}

std::optional<PoolMatch> PoolMatcher::match(const RegisterIdentity& identity) const {
  if (auto m = match_mac(identity)) {
    return m;
  }
  if (auto m = match_subnet(ips_, identity, PoolMatchKind::Ip)) {
    return m;
  }
  if (auto m = match_subnet(networks_, identity, PoolMatchKind::Network)) {
    return m;
  }
  return match_username(identity);
}

std::optional<PoolMatch> PoolMatcher::match_mac(const RegisterIdentity& identity) const {
  for (const model::MacAddress& mac : candidate_macs(identity)) {
    const auto found = std::lower_bound(macs_.begin(), macs_.end(), mac,
                                        [](const std::pair<model::MacAddress, unsigned>& e,
                                           const model::MacAddress& m) { return e.first < m; });
    if (found != macs_.end() && found->first == mac) {
      return PoolMatch{found->second, PoolMatchKind::Mac, mac};
    }
  }
  return std::nullopt;
}

std::optional<PoolMatch> PoolMatcher::match_subnet(const SubnetIndex& index,
                                                   const RegisterIdentity& identity,
                                                   PoolMatchKind kind) const {
  if (index.empty()) {
    return std::nullopt;
  }
  const auto address = model::ipv4_from_text(identity.source_address);
  if (!address) {
    return std::nullopt;  // IPv6 or not an address: the model's ids are IPv4
  }
  for (const Tier& tier : index) {
    const std::vector<unsigned>* only = nullptr;  // the common case: one group, no copy
    std::vector<unsigned> merged;
    for (const MaskGroup& group : tier.groups) {
      const auto found = group.pools.find(address->address & group.mask);
      if (found == group.pools.end()) {
        continue;
      }
      if (only == nullptr && merged.empty()) {
        only = &found->second;
        continue;
      }
      if (only != nullptr) {
        merged = *std::exchange(only, nullptr);
      }
      merged.insert(merged.end(), found->second.begin(), found->second.end());
    }
    if (only != nullptr || !merged.empty()) {
      std::sort(merged.begin(), merged.end());
      return PoolMatch{choose_by_user(only ? *only : merged, identity), kind, std::nullopt};
    }
  }
  return std::nullopt;
}

unsigned PoolMatcher::choose_by_user(const std::vector<unsigned>& candidates,
                                     const RegisterIdentity& identity) const {
  if (candidates.size() > 1) {
    const auto& pools = config_->cme.voice_register_pools;
    for (const std::string* name : {&identity.auth_username, &identity.to_user}) {
      if (name->empty()) {
        continue;
      }
      for (unsigned tag : candidates) {
        const auto pool = pools.find(tag);
        if (pool != pools.end() && pool->second.username &&
            pool->second.username->username == *name) {
          return tag;
        }
      }
    }
  }
  return candidates.front();  // ascending: the lowest tag
}

std::optional<PoolMatch> PoolMatcher::match_username(const RegisterIdentity& identity) const {
  for (const std::string* name :
       {&identity.auth_username, &identity.to_user, &identity.from_user}) {
    if (name->empty()) {
      continue;
    }
    if (const auto found = usernames_.find(*name); found != usernames_.end()) {
      return PoolMatch{found->second, PoolMatchKind::Username, std::nullopt};
    }
  }
  return std::nullopt;
}

std::vector<ReachableDn> PoolMatcher::reachable_dns(unsigned pool) const {
  std::vector<ReachableDn> out;
  const auto& pools = config_->cme.voice_register_pools;
  const auto found = pools.find(pool);
  if (found == pools.end()) {
    return out;
  }
  const auto& dns = config_->cme.voice_register_dns;
  for (const model::PoolNumber& line : found->second.number) {
    if (!line.dn) {
      continue;
    }
    const auto dn = dns.find(*line.dn);
    if (dn != dns.end() && dn->second.number) {
      out.push_back({line.tag, *line.dn, *dn->second.number});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const ReachableDn& a, const ReachableDn& b) { return a.line < b.line; });
  return out;
}

}  // namespace cme::runtime::sip
