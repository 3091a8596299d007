#pragma once
// BindingTable: the registrar's location service for voice register pools (RFC 3261 §10.3),
// I/O-free (STYLE.md §5). The caller has already matched the REGISTER to a pool (PoolMatcher)
// and authenticated it; apply() then performs steps 6-8 of RFC 3261 §10.3 on that pool's
// bindings, atomically: either every contact of the request is applied or none is.
//
// Binding identity: a contact with +sip.instance is the same binding as an earlier one with the
// same instance (RFC 5626 §6, compared case-insensitively), whatever its URI; otherwise the
// Contact URI text must be equal (the caller passes it as parsed and re-rendered, so that
// equivalent spellings compare equal; RFC 3261 §19.1.4 equivalence is not re-implemented here).
//
// Ordering (RFC 3261 §10.3 step 7): an update of an existing binding with the same Call-ID and a
// CSeq lower than or equal to the stored one fails the whole request (OutOfOrder). A different
// Call-ID always updates (the phone rebooted).
//
// Limit: at most max_contacts bindings per pool. A REGISTER that adds a contact beyond it
// replaces the pool's oldest bindings (least recently registered, among those the request does
// not name), as a rebooted or re-addressed phone does; only a request that alone names more
// new contacts than the limit fails (TooManyContacts).
//
// Expiry: every binding has a timer on the injected TimerService; when it fires the binding is
// dropped and the listener hears Expired. A refresh cancels and re-arms it. Intervals follow
// ExpiresLimits (grant_expires): 0 removes, below min fails the request with IntervalTooBrief
// (answer 423 + Min-Expires), above max is shortened.
//
// Listener: called after each change is committed (never in the middle of apply()), once per
// binding, in request order. It may call back into the table.
//
// Not thread-safe: use it on the event loop that runs the TimerService.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "runtime/core/clock.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/net/endpoint.hpp"
#include "runtime/sip/registrar/binding.hpp"
#include "runtime/sip/registrar/expires_limits.hpp"

namespace cme::runtime::sip {

/// One Contact value of a REGISTER (RFC 3261 §10.2.1).
struct ContactRequest {
  std::string uri;                       ///< the URI, without header parameters
  std::string instance;                  ///< +sip.instance value without the quotes, or ""
  std::optional<std::uint32_t> expires;  ///< the `expires` header parameter, seconds
};

struct RegisterRequest {
  unsigned pool = 0;  ///< the matched voice register pool
  std::string call_id;
  std::uint32_t cseq = 0;
  net::Endpoint source;
  bool star = false;                            ///< `Contact: *`
  std::vector<ContactRequest> contacts;         ///< empty (and !star): a query, changes nothing
  std::optional<std::uint32_t> expires_header;  ///< the Expires header, seconds
};

enum class RegisterStatus {
  Ok,                ///< 200 OK listing `bindings`, each with ;expires=<remaining()>
  IntervalTooBrief,  ///< 423 Interval Too Brief with Min-Expires: `min_expires`
  OutOfOrder,        ///< the request fails (RFC 3261 §10.3 step 7): 500 Server Internal Error
  BadStar,           ///< `*` with other contacts or Expires not 0: 400 Bad Request (step 6)
  TooManyContacts,   ///< one request naming more than max_contacts: 503 Service Unavailable
};

struct RegisterResult {
  RegisterStatus status = RegisterStatus::Ok;
  std::chrono::seconds min_expires{0};  ///< IntervalTooBrief only
  std::vector<Binding> bindings;        ///< the pool's bindings after the request
};

enum class BindingEvent { Added, Refreshed, Removed, Expired };

class BindingTable {
 public:
  using Listener = std::function<void(const Binding&, BindingEvent)>;

  /// `clock` and `timers` are not owned and must outlive the table. `max_contacts` bounds the
  /// bindings of one pool (see Limit above).
  BindingTable(const Clock& clock, TimerService& timers, ExpiresLimits limits = {},
               std::size_t max_contacts = 10);
  /// Cancels every expiry timer; the listener is not called.
  ~BindingTable();
  BindingTable(const BindingTable&) = delete;
  BindingTable& operator=(const BindingTable&) = delete;

  /// New limits for later requests (a config change); existing bindings keep their deadlines.
  void set_limits(const ExpiresLimits& limits) { limits_ = limits; }
  const ExpiresLimits& limits() const { return limits_; }
  void set_listener(Listener listener) { listener_ = std::move(listener); }

  /// Applies one REGISTER to `request.pool` (see above).
  RegisterResult apply(const RegisterRequest& request);

  /// The pool's bindings in registration order (empty for an unknown pool).
  std::vector<Binding> bindings(unsigned pool) const;
  /// The pool's most recently registered binding (added or refreshed last; of equals, the
  /// later one), or nullopt when it has none. Calls to the pool go there.
  std::optional<Binding> newest(unsigned pool) const;
  /// Pools with at least one binding, ascending.
  std::vector<unsigned> pools() const;
  /// The number of bindings of all pools.
  std::size_t size() const;
  /// Seconds left before `binding` expires, rounded up; 0 once due.
  std::chrono::seconds remaining(const Binding& binding) const;

  /// Drops every binding of `pool` (the pool was removed from the configuration); the listener
  /// hears Removed for each.
  void remove_pool(unsigned pool);

 private:
  struct Entry {
    Binding binding;
    std::string key;  ///< identity: lower-cased instance, or "uri:" + contact
    TimerHandle timer = 0;
  };
  struct Planned;
  using Events = std::vector<std::pair<Binding, BindingEvent>>;

  RegisterResult apply_star(const RegisterRequest& request);
  /// Checks the request; `evict` is set to how many old bindings it displaces.
  std::optional<RegisterStatus> plan(const RegisterRequest& request, std::vector<Planned>& planned,
                                     std::size_t& evict) const;
  void evict_oldest(unsigned pool, const std::vector<Planned>& planned, std::size_t evict,
                    Events& events);
  void commit(const RegisterRequest& request, const std::vector<Planned>& planned, Events& events);
  void arm(Entry& entry);
  void expire(unsigned pool, const std::string& key);
  RegisterResult result(RegisterStatus status, unsigned pool) const;
  void notify(const Events& events);

  const Clock& clock_;
  TimerService& timers_;
  ExpiresLimits limits_;
  std::size_t max_contacts_;
  Listener listener_;
  std::map<unsigned, std::vector<Entry>> pools_;
};

}  // namespace cme::runtime::sip
