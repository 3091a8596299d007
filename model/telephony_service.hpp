#pragma once
// `telephony-service`: the system-wide settings of Cisco Unified CME for SCCP phones (command
// reference, config-telephony). Typed fields are those the runtime uses; every other command of
// the mode is kept in `options` as its canonical line.

#include <optional>
#include <string>
#include <vector>

#include "model/cme_values.hpp"
#include "model/option_list.hpp"

namespace cme::model {

/// `max-dn count [preference order] [no-reg {primary | both}]`.
struct MaxDn {
  unsigned count = 0;
  std::optional<unsigned> preference;
  std::optional<std::string> no_reg;  ///< "primary" or "both"
  bool operator==(const MaxDn&) const = default;
};

/// `max-conferences count [gain {-6 | 0 | 3 | 6}]`.
struct MaxConferences {
  unsigned count = 0;
  std::optional<int> gain;
  bool operator==(const MaxConferences&) const = default;
};

std::string args(const MaxDn& v);
std::string args(const MaxConferences& v);

/// Defaults (command reference): keepalive 30 s; max-ephones and max-dn 0 (no phones until set).
inline constexpr unsigned kTelephonyKeepaliveDefault = 30;

struct TelephonyService {
  std::vector<Load> load;  ///< in configured order
  std::optional<unsigned> max_ephones;
  std::optional<MaxDn> max_dn;
  std::optional<SourceAddress> ip_source_address;
  std::optional<MaxConferences> max_conferences;
  std::optional<unsigned> keepalive;  ///< seconds, 10-65535
  OptionList options;
  bool operator==(const TelephonyService&) const = default;
};

/// Calls `v(keyword, field)` for each typed field in show running-config order.
template <class T, class V>
requires std::same_as<std::remove_const_t<T>, TelephonyService>
void visit_fields(T& t, V&& v) {
  v("load", t.load);
  v("max-ephones", t.max_ephones);
  v("max-dn", t.max_dn);
  v("ip source-address", t.ip_source_address);
  v("max-conferences", t.max_conferences);
  v("keepalive", t.keepalive);
}

}  // namespace cme::model
