#pragma once
// What a call acts through (CallServices: the transaction layer, timers, randomness, clock; all
// borrowed) and what it follows (CallSettings: our address for Contact headers, `voice service
// voip / sip / midcall-signaling passthru`, the RFC 4028 minimum session interval, and how long
// an unanswered callee may ring).

#include <chrono>
#include <cstdint>
#include <string>

#include "runtime/core/clock.hpp"
#include "runtime/core/random_source.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/net/endpoint.hpp"
#include "runtime/sip/call/session_expires.hpp"
#include "runtime/sip/transaction/transaction_layer.hpp"

namespace cme::runtime::sip {

struct CallServices {
  TransactionLayer& transactions;
  TimerService& timers;
  RandomSource& random;
  const Clock& clock;
};

struct CallSettings {
  SentBy address;  ///< our host and ports, for Contact headers and B-leg From/To hosts
  bool midcall_passthru = false;  ///< relay re-INVITE/UPDATE to the other leg (seed 004)
  std::chrono::seconds min_se = kMinSessionInterval;  ///< smaller Session-Expires get 422
  /// telephony-service `timeouts ringing` (IOS default 180 s): how long a call to a line (a
  /// voice register dn's phone) stays unanswered before it is ended.
  std::chrono::milliseconds ringing{180'000};
  /// sip-ua `timers expires` (IOS default 180000 ms): how long our INVITE to a SIP dial-peer
  /// stays unanswered before it is cancelled.
  std::chrono::milliseconds invite_expires{180'000};
};

/// `<sip:USER@HOST:PORT>` (no user part when `user` is empty; `;transport=tcp` over TCP).
std::string contact_for(std::string_view user, const SentBy& address, net::Protocol protocol);

}  // namespace cme::runtime::sip
