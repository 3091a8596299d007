#pragma once
// PoolMatcher: finds the `voice register pool` a REGISTER belongs to, in the running
// configuration, and the directory numbers it makes reachable (`number N dn T` ->
// `voice register dn T` / `number`). I/O-free: the caller extracts the facts from the message.
//
// Precedence (first rule that finds a pool wins):
//   1. MAC (`id mac H.H.H`), from these sources in this order (device_mac.hpp has the research):
//      a. the Contact's +sip.instance UUID node (Cisco SIP firmware, RFC 5626);
//      b. the Contact's +u.sip!devicename.ccm.cisco.com "SEP<MAC>";
//      c. a "SEP<MAC>" user in the Contact, From or To URI, in that order;
//      d. the ARP cache's MAC for the source address, when the caller supplies it (what CME does).
//   2. `id ip A mask M`: the source IPv4 address equals A under mask M. The longest mask wins.
//   3. `id network A mask M` (SIP SRST form): the source address is in the subnet; longest mask.
//      In 2 and 3, several pools can match at the longest mask (softphones on one host, phones
//      behind one NAT): among them, the pool whose `username` equals the Authorization
//      username wins, else the one whose `username` equals the To user, else the lowest tag.
//      (The first REGISTER of such a phone carries no Authorization: its To user picks the pool
//      whose realm and credential challenge it; the authenticated retry names its own user.)
//   4. `username U`: the Authorization username, else the To user, else the From user, equals U
//      (case-sensitive, as IOS compares user names). This is how phones that send no MAC are
//      identified (the CUCM digest-user model). Lowest tag wins.
// Two pools with the same MAC cannot exist (the command tables refuse it); if a model built
// otherwise has them, the lowest tag wins.
//
// Matching is identification, not authentication: the caller must still authenticate the
// request against the matched pool's own credential (pool_password_lookup in
// pool_credentials.hpp), or a phone could claim another pool's MAC with its own password.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/config.hpp"
#include "model/values.hpp"

namespace cme::runtime::sip {

/// What the caller read from the REGISTER (all optional: "" when absent).
struct RegisterIdentity {
  std::string instance;        ///< the Contact's +sip.instance value
  std::string device_name;     ///< the Contact's +u.sip!devicename.ccm.cisco.com value
  std::string contact_user;    ///< user part of the Contact URI
  std::string from_user;       ///< user part of the From URI
  std::string to_user;         ///< user part of the To URI (the address-of-record)
  std::string auth_username;   ///< the Authorization header's username
  std::string source_address;  ///< IP literal the request came from
  std::optional<model::MacAddress> arp_mac;  ///< ARP cache entry for source_address, if known
};

enum class PoolMatchKind { Mac, Ip, Network, Username };

/// "mac", "ip", "network", "username".
std::string_view match_kind_text(PoolMatchKind kind);

struct PoolMatch {
  unsigned pool = 0;
  PoolMatchKind by = PoolMatchKind::Mac;
  std::optional<model::MacAddress> mac;  ///< the MAC that matched (Mac only)
  bool operator==(const PoolMatch&) const = default;
};

/// One line of a pool that a binding makes reachable.
struct ReachableDn {
  unsigned line = 0;   ///< `number N`
  unsigned dn = 0;     ///< `dn T`
  std::string number;  ///< the dn's `number`
  bool operator==(const ReachableDn&) const = default;
};

/// The MACs the request names, in precedence order (1a-1d above), without repeats.
std::vector<model::MacAddress> candidate_macs(const RegisterIdentity& identity);

class PoolMatcher {
 public:
  /// Indexes the pools of `config` (not null). Build a new matcher when the configuration
  /// changes; the matcher keeps the configuration alive.
  explicit PoolMatcher(std::shared_ptr<const model::Config> config);

  /// The pool for `identity`, or nullopt (the caller answers 404 Not Found or 403 Forbidden,
  /// after the challenge, so that unknown phones learn nothing either).
  std::optional<PoolMatch> match(const RegisterIdentity& identity) const;

  /// The pool's `number N dn T` lines whose dn exists and has a number, by line tag. Empty for
  /// an unknown pool, SRST `number N pattern` lines, and dns without a number.
  std::vector<ReachableDn> reachable_dns(unsigned pool) const;

  const model::Config& config() const { return *config_; }

 private:
  /// The ids of one kind (`id ip` or `id network`) that share a mask: masked address -> the
  /// pool tags with that subnet, ascending.
  struct MaskGroup {
    std::uint32_t mask = 0;
    std::unordered_map<std::uint32_t, std::vector<unsigned>> pools;
  };
  /// The mask groups of one prefix length (masks need not be contiguous, so several can share
  /// one): a request matching several of them chooses among all their pools (rule 2/3).
  struct Tier {
    int length = 0;
    std::vector<MaskGroup> groups;
  };
  /// Tiers, longest mask first: a lookup costs one hash probe per distinct mask, however many
  /// pools there are.
  using SubnetIndex = std::vector<Tier>;

  static void add_subnet(SubnetIndex& index, std::uint32_t address, std::uint32_t mask,
                         unsigned pool);
  std::optional<PoolMatch> match_mac(const RegisterIdentity& identity) const;
  std::optional<PoolMatch> match_subnet(const SubnetIndex& index, const RegisterIdentity& identity,
                                        PoolMatchKind kind) const;
  /// Rule 2/3's choice among the pools that matched at one mask length (not empty).
  unsigned choose_by_user(const std::vector<unsigned>& candidates,
                          const RegisterIdentity& identity) const;
  std::optional<PoolMatch> match_username(const RegisterIdentity& identity) const;

  std::shared_ptr<const model::Config> config_;
  std::vector<std::pair<model::MacAddress, unsigned>> macs_;  ///< sorted by MAC, then tag
  SubnetIndex ips_;                                           ///< `id ip`
  SubnetIndex networks_;                                      ///< `id network`
  std::unordered_map<std::string, unsigned> usernames_;       ///< `username` -> lowest pool tag
};

}  // namespace cme::runtime::sip
