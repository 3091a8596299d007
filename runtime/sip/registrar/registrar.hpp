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
#include "runtime/sip/registrar/digest_failures.hpp"
#include "runtime/sip/registrar/pool_matcher.hpp"

namespace cme::runtime::sip {

struct RegistrarCounters {
  std::size_t requests = 0;
  std::size_t challenged = 0;         ///< 401 sent (no, stale or wrong credentials)
  std::size_t accepted = 0;           ///< 200 sent
  std::size_t rejected = 0;           ///< 4xx/5xx other than 401
  std::size_t wrong_credentials = 0;  ///< 401 after credentials that did not verify
  /// 403 without verifying: the source or the user reached its failed-digest bound
  /// (DigestFailures; `show voice register statistics`).
  std::size_t rate_limited = 0;
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
  /// Why a REGISTER is refused before any binding: 404 (no pool, none authenticating), 400
  /// (Authorization header malformed), 401 with a new challenge (no credentials, or credentials
  /// that do not verify: wrong response or user, a nonce not ours), 401 with stale=true (right
  /// response with a stale or replayed nonce, RFC 7616 §3.3/§3.4), 403 (the source or user
  /// has too many failed attempts now, DigestFailures).
  enum class Refusal { NotFound, BadAuthorization, Challenge, StaleChallenge, TooManyFailures };

  /// The checks of handle() made before any transaction exists (RFC 3261 §8.2.7: a UAS may
  /// answer the requests it refuses statelessly, so that a flood of them, unauthenticated or
  /// forged, makes no transaction state; issue 16 #3). When authentication is configured,
  /// returns the refusal to send with refuse() without a transaction, or nullopt when the
  /// request passed: the next handle() of the same request (Call-ID and CSeq) then binds without
  /// verifying again (its nonce count is spent). Without authentication: always nullopt.
  std::optional<Refusal> screen(const Message& request, const RequestCore& core,
                                const net::Endpoint& source);
  /// The response for `refusal` (counted like handle()'s): 404, 400, or a 401 with a fresh nonce.
  Message refuse(const Message& request, Refusal refusal, std::string_view to_tag);

  BindingTable& bindings() { return bindings_; }
  const BindingTable& bindings() const { return bindings_; }
  const PoolMatcher& matcher() const { return *matcher_; }
  const RegistrarCounters& counters() const { return counters_; }
  /// REGISTERs that matched no pool (show/clear voice register attempted-registrations).
  AttemptedRegistrations& attempted() { return attempted_; }
  const AttemptedRegistrations& attempted() const { return attempted_; }

 private:
  /// The outcome of the pool match and the credential checks: a refusal, or the pool to bind.
  struct Gate {
    std::optional<Refusal> refusal;
    std::optional<PoolMatch> match;
  };
  /// A REGISTER screen() let through: handle() binds it without verifying again.
  struct Admitted {
    std::string call_id;
    std::uint32_t cseq = 0;
    std::optional<PoolMatch> match;
  };

  Gate admit(const Message& request, const RequestCore& core, const net::Endpoint& source,
             const std::vector<NameAddr>& contacts);
  /// admit()'s last step: the failed-digest bounds, then the digest verification.
  Gate check_credentials(const Message& request, const net::Endpoint& source,
                         const RegisterIdentity& id, const std::optional<PoolMatch>& match,
                         DigestParams digest);
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
  /// True when `pool` has a binding registered from `address`.
  bool bound_from(unsigned pool, const std::string& address) const;
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
  std::optional<Admitted> admitted_;
  DigestFailures failures_;
};

}  // namespace cme::runtime::sip
