#pragma once
// TransactionTimers: the RFC 3261 §17 timer values (Table 4 of RFC 3261 §A) that every
// transaction derives its timers from, and the injected services a transaction acts through
// (STYLE.md §5). All durations are milliseconds.
//
//   T1 = RTT estimate, default 500 ms        Timer A/E/G start at T1 and double (E/G cap at T2)
//   T2 = maximum non-INVITE/G interval, 4 s  Timer B/F/H/J/L/M = 64*T1 (32 s by default)
//   T4 = maximum time a message lingers, 5 s Timer I/K = T4 on unreliable transports, else 0
//   Timer D = 32 s on unreliable transports (RFC 3261 §17.1.1.2: "at least 32 s"), else 0
//   100 Trying delay = 200 ms (RFC 3261 §17.2.1)
// Over a reliable transport (TCP, MessageChannel::reliable) nothing is retransmitted and
// timers D, I, J, K are zero.

#include <chrono>
#include <optional>

#include "runtime/core/timer_service.hpp"
#include "runtime/net/endpoint.hpp"
#include "runtime/sip/transport/message_channel.hpp"

namespace cme::runtime::sip {

struct TransactionTimers {
  std::chrono::milliseconds t1{500};
  std::chrono::milliseconds t2{4000};
  std::chrono::milliseconds t4{5000};
  std::chrono::milliseconds timer_d{32000};     ///< unreliable transports only
  std::chrono::milliseconds trying_delay{200};  ///< server INVITE: 100 Trying after this

  /// 64*T1: timers B, F, H, J (unreliable), L and M.
  std::chrono::milliseconds timeout() const { return 64 * t1; }
};

/// What a transaction acts through. Not owned: the TimerService and the MessageChannel must
/// outlive every transaction created with them (TransactionLayer guarantees it for its own).
struct TransactionServices {
  TimerService& timer_service;
  MessageChannel& channel;
  TransactionTimers timers;
};

/// True when `peer` is reached over a reliable transport (no retransmissions, zero D/I/J/K).
inline bool is_reliable(const net::Endpoint& peer) {
  return MessageChannel::reliable(peer.protocol);
}

/// Why a transaction ended without a final response exchange completing (for logging/TU).
enum class TransactionFailure {
  Timeout,         ///< timer B, F (client) or H (server) fired
  TransportError,  ///< the transport reported a failure towards the peer (RFC 3261 §17.1.4/§17.2.4)
};

/// Tells the TU how a transaction ended, client or server alike: on_timeout or
/// on_transport_error for `failure` (if any), then on_terminated. `callbacks` are the ones the
/// transaction has already released, so nothing the TU captured outlives the transaction's end.
template <class Callbacks>
void report_end(const Callbacks& callbacks, std::optional<TransactionFailure> failure) {
  if (failure == TransactionFailure::Timeout && callbacks.on_timeout) {
    callbacks.on_timeout();
  }
  if (failure == TransactionFailure::TransportError && callbacks.on_transport_error) {
    callbacks.on_transport_error();
  }
  if (callbacks.on_terminated) {
    callbacks.on_terminated();
  }
}

}  // namespace cme::runtime::sip
