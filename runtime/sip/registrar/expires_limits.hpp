#pragma once
// ExpiresLimits: the registration intervals the registrar grants (RFC 3261 §10.2.1.1, §10.3
// step 7), from `voice service voip` / `sip` / `registrar server expires max M min N` (command
// reference: max 600-86400, default 3600; min 60-3600, default 60; seeds 001 and small-office).

#include <chrono>
#include <cstdint>
#include <optional>

namespace cme::model {
struct Config;
}  // namespace cme::model

namespace cme::runtime::sip {

struct ExpiresLimits {
  std::chrono::seconds min{60};
  std::chrono::seconds max{3600};
  /// Granted when the REGISTER names no interval (no Contact `expires`, no Expires header):
  /// RFC 3261 §10.2.1.1 leaves the choice to the registrar; 3600 s, shortened to `max`.
  std::chrono::seconds fallback{3600};
  bool operator==(const ExpiresLimits&) const = default;
};

/// The limits configured in `config` (defaults where `registrar server` has no `expires`, or
/// when it is not configured at all: see registrar_enabled()).
ExpiresLimits expires_limits(const model::Config& config);

/// True when `registrar server` is configured under `voice service voip` / `sip` (command
/// reference: without it the router is no SIP registrar, and REGISTERs are refused).
bool registrar_enabled(const model::Config& config);

enum class ExpiresKind {
  Remove,    ///< 0 requested: remove the binding
  Grant,     ///< `granted` seconds (the request, shortened to `max`)
  TooBrief,  ///< 0 < request < min: answer 423 Interval Too Brief with Min-Expires: min
};

struct GrantedExpires {
  ExpiresKind kind = ExpiresKind::Grant;
  std::chrono::seconds granted{0};  ///< Grant only
  bool operator==(const GrantedExpires&) const = default;
};

/// Decides one contact's interval. `requested`: the Contact's `expires` parameter if present,
/// else the Expires header, else nullopt (then `fallback` applies, shortened to `max` but never
/// refused). A request above `max` is shortened to `max` (RFC 3261 §10.3 step 7 allows it).
GrantedExpires grant_expires(std::optional<std::uint32_t> requested, const ExpiresLimits& limits);

}  // namespace cme::runtime::sip
