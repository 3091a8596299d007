#pragma once
// `presence` (seed 001, config-presence): the presence service for BLF. The object exists once
// `presence` was entered ("Presence feature enable : TRUE").

#include <optional>

#include "model/values.hpp"

namespace cme::model {

/// `sccp blf-speed-dial retry-interval <60-3600> limit <10-100>`.
struct BlfRetry {
  unsigned interval = 60;  ///< seconds
  unsigned limit = 10;
  bool operator==(const BlfRetry&) const = default;
};
std::string args(const BlfRetry& v);

/// Defaults of seed 001's `show presence global`.
inline constexpr unsigned kMaxSubscriptionDefault = 100;
inline constexpr BlfRetry kBlfRetryDefault{60, 10};

struct Presence {
  std::optional<Ipv4> server;
  std::optional<BlfRetry> sccp_blf_speed_dial;
  bool presence_call_list = false;
  std::optional<unsigned> max_subscription;  ///< 100-500
  bool watcher_all = false;
  bool allow_subscribe = false;
  bool operator==(const Presence&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, Presence>
void visit_fields(T& p, V&& v) {
  v("server", p.server);
  v("sccp blf-speed-dial", p.sccp_blf_speed_dial);
  v("presence call-list", p.presence_call_list);
  v("max-subscription", p.max_subscription);
  v("watcher all", p.watcher_all);
  v("allow subscribe", p.allow_subscribe);
}

}  // namespace cme::model
