#pragma once
// DigestFailures: the rate limit on failed digest attempts (issue 16 #1: toll-fraud password
// guessing). Credentials that do not verify (DigestVerdict::Wrong) are counted per source
// address and per user name in fixed windows of `window`; once a source or a user has
// `per_source` / `per_user` failures in the current window, the registrar refuses its REGISTERs
// with credentials (403, without verifying them) until the window ends. The user bound is not
// applied to a source that has a live binding of the pool being registered (the phone itself
// refreshing), so a guesser elsewhere cannot lock a registered phone out.
//
// Memory: at most `max_tracked` keys (sources and users together, about 100 bytes each); at the
// bound, keys whose window has ended are dropped, and if none has, the whole table is (an
// attacker with that many addresses gets a fresh start, never unbounded memory).
//
// I/O-free: times come from the caller (the registrar's injected clock).

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "runtime/core/clock.hpp"

namespace cme::runtime::sip {

struct DigestFailureLimits {
  std::size_t per_source = 20;        ///< failures per source address per window
  std::size_t per_user = 20;          ///< failures per user name per window
  std::chrono::seconds window{300};   ///< length of a counting window
  std::size_t max_tracked = 65536;    ///< keys kept at most
};

class DigestFailures {
 public:
  explicit DigestFailures(DigestFailureLimits limits = {}) : limits_(limits) {}

  /// True when `source` (an address, "10.0.0.5") has reached its bound in the window that holds
  /// `now`, or `user` has and `user_bound_applies`.
  bool blocked(std::string_view source, std::string_view user, bool user_bound_applies,
               Clock::SteadyTime now) const;
  /// Counts one failed attempt of `user` from `source` at `now`.
  void record(std::string_view source, std::string_view user, Clock::SteadyTime now);

  /// Keys tracked now.
  std::size_t tracked() const { return counts_.size(); }
  const DigestFailureLimits& limits() const { return limits_; }

 private:
  struct Count {
    Clock::SteadyTime since{};
    std::size_t failures = 0;
  };
  /// The failures of `key` in the window holding `now` (0 once its window ended).
  std::size_t failures(const std::string& key, Clock::SteadyTime now) const;
  void bump(std::string key, Clock::SteadyTime now);
  void prune(Clock::SteadyTime now);

  DigestFailureLimits limits_;
  std::unordered_map<std::string, Count> counts_;  ///< "s:" + address, "u:" + user name
};

}  // namespace cme::runtime::sip
