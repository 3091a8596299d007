#pragma once
// AttemptedRegistrations: the phones that tried to REGISTER but match no voice register pool
// (CME `show voice register pool attempted-registrations`, `clear voice register
// attempted-registrations [ip A | mac H.H.H]`, `voice register global / attempted-registrations
// size N`, 0-50, default 10). The oldest entry is dropped when the table is full.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/config.hpp"
#include "model/values.hpp"
#include "runtime/core/clock.hpp"

namespace cme::runtime::sip {

struct AttemptedRegistration {
  std::optional<model::MacAddress> mac;  ///< from +sip.instance, device name or SEP user
  std::string address;                   ///< source IP literal
  std::string user;                      ///< the To (address-of-record) user
  std::size_t attempts = 0;
  Clock::WallTime last{};  ///< wall time of the latest attempt
};

class AttemptedRegistrations {
 public:
  static constexpr std::size_t kDefaultSize = 10;

  /// Records an attempt: the entry with the same MAC (or, without one, the same address and
  /// user) counts one more; otherwise a new entry, dropping the oldest beyond `size`.
  void record(std::optional<model::MacAddress> mac, std::string address, std::string user,
              Clock::WallTime now);
  /// Removes every entry (no filter), or those from `address`, or with `mac`. Returns how many.
  std::size_t clear(std::optional<std::string> address = std::nullopt,
                    std::optional<model::MacAddress> mac = std::nullopt);
  /// The table size (`attempted-registrations size`); shrinking drops the oldest entries.
  void resize(std::size_t size);
  /// Oldest first.
  const std::vector<AttemptedRegistration>& entries() const { return entries_; }

 private:
  std::vector<AttemptedRegistration> entries_;
  std::size_t size_ = kDefaultSize;
};

/// The `attempted-registrations size` of `config` (10 when unset).
std::size_t attempted_registrations_size(const model::Config& config);

}  // namespace cme::runtime::sip
