#pragma once
// NonceService: stateless, verifiable digest nonces (RFC 7616 §3.3 and §5.4-5.5, RFC 2617
// §3.2.1) and nonce-count replay tracking (RFC 7616 §3.4, "nc").
//
// A nonce is 64 lower-case hex digits: 16 of issue time (steady clock, milliseconds), 16 of a
// random salt (so that two challenges in the same millisecond differ), and 32 of
// HMAC-SHA-256(secret, time ":" salt ":" realm) truncated to 128 bits. The secret is 256 bits
// drawn from the injected RandomSource at construction, so nonces are valid only in the process
// that issued them (give it a CryptoRandom, crypto_random.hpp: a predictable secret makes nonces
// forgeable). Checking needs no table: a nonce is Valid when its MAC matches the realm it
// is presented for and it is younger than `lifetime`; Stale when the MAC matches but it is too
// old (the client should retry with stale=true, RFC 7616 §3.3); Invalid otherwise.
//
// Replay (qop=auth): accept_nc() remembers the highest nc accepted per nonce in a table bounded
// by `max_tracked` entries, kept in the order of their first use. When the table is full the
// entry first used earliest is dropped, and the floor rises to its issue time if that is later:
// a nonce issued at or before the floor that is no longer tracked counts as Stale, so dropping
// an entry can never let an old nc be replayed. Entries older than `lifetime` are dropped as
// they reach the front of that order (they are Stale anyway, tracked or not).
//
// Time comes from the injected Clock (steady time). Not thread-safe: use it from the runtime's
// event-loop thread.

#include <chrono>
#include <compare>
#include <functional>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "runtime/core/clock.hpp"
#include "runtime/core/random_source.hpp"
#include "runtime/sip/auth/hmac_sha256.hpp"

namespace cme::runtime::sip {

struct NonceOptions {
  std::chrono::seconds lifetime{300};  ///< age at which a nonce becomes Stale
  /// Nonces whose highest nc is remembered (>= 1), about 100 bytes each. 65536 covers 4 s of
  /// registrations at 16000/s: under overload a challenged phone's answer can queue that long,
  /// and a nonce dropped before its first use is answered with a stale challenge.
  std::size_t max_tracked = 65536;
};

enum class NonceStatus { Valid, Stale, Invalid };

class NonceService {
 public:
  /// `clock` and `random` are not owned and must outlive the service; `random` is used for the
  /// secret (4 draws, here) and for each nonce's salt (1 draw per issue()).
  NonceService(const Clock& clock, RandomSource& random, NonceOptions options = {});

  /// A new nonce for `realm`, bound to it and to the current steady time.
  std::string issue(std::string_view realm);

  /// Valid, Stale or Invalid (see above) for `nonce` presented for `realm`. Never throws, for any
  /// input text; the MAC is compared in constant time.
  NonceStatus check(std::string_view nonce, std::string_view realm) const;

  /// Replay check: true, and remembers `nc`, when `nc` is higher than every nc accepted before
  /// with this nonce (RFC 7616 §3.4: nc counts up from 1); false for a repeated or lower nc, for
  /// an untracked nonce at or below the floor, and for text that is not a nonce. Precondition:
  /// check(nonce, realm) returned Valid (DigestAuthenticator::verify ensures it), so that only
  /// genuine nonces take room in the table.
  bool accept_nc(std::string_view nonce, std::uint32_t nc);

  /// A password derived from the secret (16 hex digits), for hashing the credentials of unknown
  /// users exactly like those of known ones, so that the answer and the work reveal nothing
  /// about which users exist (reference sip.md §4, svwar).
  const std::string& dummy_password() const { return dummy_password_; }

  /// The number of nonces whose nc is tracked now (at most options.max_tracked).
  std::size_t tracked() const { return highest_nc_.size(); }

 private:
  using Millis = std::uint64_t;

  /// A nonce's fields as numbers: the tables key on these, not on the 64-character text (one
  /// hash of three words instead of a string allocation per lookup). The MAC's first 64 bits
  /// tell apart the nonces of two realms that share an issue time and salt.
  struct NonceId {
    Millis issued = 0;
    std::uint64_t salt = 0;
    std::uint64_t mac = 0;
    auto operator<=>(const NonceId&) const = default;
  };
  struct NonceIdHash {
    std::size_t operator()(const NonceId& id) const {
      return std::hash<std::uint64_t>{}(id.salt ^ (id.issued * 0x9e3779b97f4a7c15ULL) ^ id.mac);
    }
  };

  /// The fields of a well-formed nonce (64 hex digits), or nullopt.
  static std::optional<NonceId> id_of(std::string_view nonce);
  /// The highest nc accepted for `nonce`, or null when it is not tracked.
  const std::uint32_t* tracked_id(std::string_view nonce) const;
  Millis now_ms() const;
  std::string mac_hex(Millis issued, std::uint64_t salt, std::string_view realm) const;
  /// Drops expired entries from the front of the first-use order, then the front entries while
  /// the table is full (raising the floor).
  void prune(Millis now);

  const Clock& clock_;
  RandomSource& random_;
  NonceOptions options_;
  std::string secret_;
  HmacSha256 mac_;  ///< keyed with secret_
  std::string dummy_password_;
  std::unordered_map<NonceId, std::uint32_t, NonceIdHash> highest_nc_;  ///< nonce -> highest nc
  std::deque<NonceId> by_first_use_;  ///< the same nonces, in the order of their first use
  Millis floor_ = 0;  ///< untracked nonces issued at or before this are Stale
  bool floor_set_ = false;
};

/// The issue time encoded in a well-formed nonce (milliseconds of steady time), or nullopt.
/// Exposed for diagnostics; it does not check the MAC.
std::optional<std::uint64_t> nonce_issue_ms(std::string_view nonce);

}  // namespace cme::runtime::sip
