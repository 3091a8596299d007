#pragma once
// CmeIndex: derived lookups over the CME objects, so that the uniqueness checks of a pasted
// configuration with thousands of dns and phones stay O(1) per line (issue 3's 100,000-line
// bench). Entries are added when a number or MAC address is set and never removed: a lookup
// verifies every candidate against the object itself, so stale entries are harmless. Derived
// data: two indexes always compare equal.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

namespace cme::model {

/// Which kind of object owns a number or MAC address.
enum class OwnerKind : std::uint8_t { EphoneDn, VoiceRegisterDn, Ephone, VoiceRegisterPool };

struct Owner {
  OwnerKind kind;
  unsigned tag;
  bool operator==(const Owner&) const = default;
};

class CmeIndex {
 public:
  using Map = std::unordered_multimap<std::string, Owner>;

  /// Records that `owner` now has `key` (a directory number, or a MAC address's text).
  void add(Map& map, const std::string& key, Owner owner) {
    const auto [first, last] = map.equal_range(key);
    for (auto it = first; it != last; ++it) {
      if (it->second == owner) {
        return;
      }
    }
    map.emplace(key, owner);
  }
  Map numbers;  ///< directory number -> ephone-dns and voice register dns that had it
  Map macs;     ///< MAC address text -> ephones and pools that had it
  bool operator==(const CmeIndex&) const { return true; }
};

}  // namespace cme::model
