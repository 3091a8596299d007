#pragma once
// Registrar: answers REGISTER for the voice register pools (RFC 3261 §10.3; Cisco CME
// "voice register pool", "authenticate register", "registrar server expires"). I/O-free: the
// SIP service hands it each REGISTER and sends the response it returns through the server
// transaction.
//
// Steps: (1) match the request to a pool, first rule that finds one wins (pool_matcher.hpp has
// the details): (a) `id mac`, from the Contact's +sip.instance, its Cisco device name, a SEP<MAC>
// user of Contact/From/To, the ARP entry of the source; (b) `id ip` by the source address, then
// (c) `id network`, each on the longest matching mask, where several pools at that mask (phones
// sharing one address) are told apart by their `username`: the Authorization username, else the
// To user, else the lowest tag; (d) `username` equal to the Authorization, To or From user.
// (2) With `authenticate register`, or a pool that has a username and password, require Digest
// credentials (RFC 7616): no or stale credentials -> 401 with a fresh
// challenge; wrong -> 401 again; unknown users get exactly the same answers as known ones
// (nothing reveals which users exist); (3) apply the Contacts to the binding table (RFC 3261
// §10.3 steps 6-8: 423 + Min-Expires, `*`, CSeq order); (4) 200 OK listing every binding of the
// pool with its remaining `expires`, and a Date header.
// A REGISTER that matches no pool gets 404 Not Found when registration is not authenticated.

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "model/config.hpp"
#include "runtime/core/clock.hpp"
#include "runtime/core/random_source.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/net/endpoint.hpp"
#include "runtime/sip/auth/digest_authenticator.hpp"
#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/message.hpp"
#include "runtime/sip/registrar/attempted_registrations.hpp"
#include "runtime/sip/registrar/binding_table.hpp"
#include "runtime/sip/registrar/pool_matcher.hpp"

namespace cme::runtime::sip {

struct RegistrarCounters {
  std::size_t requests = 0;
  std::size_t challenged = 0;         ///< 401 sent (no, stale or wrong credentials)
  std::size_t accepted = 0;           ///< 200 sent
  std::size_t rejected = 0;           ///< 4xx/5xx other than 401
  std::size_t wrong_credentials = 0;  ///< 401 after credentials that did not verify
};

class Registrar {
 public:
  /// `clock`, `timers` and `random` are not owned and must outlive the registrar.
  Registrar(const Clock& clock, TimerService& timers, RandomSource& random);

  /// Follows the running configuration: pools, dns, `registrar server expires`, authentication.
  /// Bindings of pools no longer configured are dropped.
  void configure(std::shared_ptr<const model::Config> config);

  /// The response to `request` (a REGISTER whose core headers parsed as `core`) received from
  /// `source`. `to_tag` is the tag to put on the To header.
  Message handle(const Message& request, const RequestCore& core, const net::Endpoint& source,
                 std::string_view to_tag);
  /// True for a REGISTER without credentials where they are required (the first REGISTER of
  /// every authenticating phone): its 401 is to be sent without a transaction, RFC 3261 §8.2.7
  /// having a UAS answer the unauthenticated requests it challenges statelessly, so that a flood
  /// of them makes no transaction state. False for every other REGISTER: handle() answers those.
  bool challenges_statelessly(const Message& request, const RequestCore& core,
                              const net::Endpoint& source) const;
  /// The 401 for a REGISTER challenges_statelessly() accepted: the answer handle() would give,
  /// with a fresh nonce, and counted like handle()'s challenges. `to_tag` as for handle().
  Message stateless_challenge(const Message& request, std::string_view to_tag);

  BindingTable& bindings() { return bindings_; }
  const BindingTable& bindings() const { return bindings_; }
  const PoolMatcher& matcher() const { return *matcher_; }
  const RegistrarCounters& counters() const { return counters_; }
  /// REGISTERs that matched no pool (show/clear voice register attempted-registrations).
  AttemptedRegistrations& attempted() { return attempted_; }
  const AttemptedRegistrations& attempted() const { return attempted_; }

 private:
  Message challenge(const Message& request, std::string_view to_tag, bool stale);
  Message bound(const Message& request, const RegisterResult& result, std::string_view to_tag);
  /// The binding request: `contacts` are the REGISTER's parsed Contact values.
  RegisterRequest register_request(const Message& request, const RequestCore& core,
                                   const net::Endpoint& source, unsigned pool,
                                   const std::vector<NameAddr>& contacts) const;
  std::string realm() const;
  /// True when a REGISTER matched to `match` (nullopt: no pool) must carry credentials: with
  /// `authenticate register`, for a pool with username and password, and for no pool at all
  /// when some pool has a password (so that the answers do not tell which users exist).
  bool needs_credentials(const std::optional<PoolMatch>& match) const;
  /// Remembers a REGISTER that matched no pool (attempted registrations).
  void record_attempt(const RegisterIdentity& id);

  const Clock& clock_;
  std::shared_ptr<const model::Config> config_;
  std::unique_ptr<PoolMatcher> matcher_;
  DigestAuthenticator authenticator_;
  BindingTable bindings_;
  RegistrarCounters counters_;
  bool any_password_ = false;  ///< some pool has `username ... password ...`
  AttemptedRegistrations attempted_;
};

}  // namespace cme::runtime::sip
