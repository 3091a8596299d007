#pragma once
// CallSnapshot: one call as `show sip-ua calls`-style output lists it (state, numbers, the two
// Call-IDs, where it went). Value type; CallManager::snapshot() makes them.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/net/endpoint.hpp"

namespace cme::runtime::sip {

/// Proceeding: the callee's INVITE is out, nothing heard yet. Alerting: a 180/183 was relayed.
/// Answered: the 2xx was relayed, the caller's ACK is awaited. Active: ACKed. Released: over
/// (the call may linger a little while its last transactions finish; snapshots omit it).
enum class CallState { Proceeding, Alerting, Answered, Active, Released };

/// "PROCEEDING", "ALERTING", "ANSWERED", "ACTIVE", "RELEASED".
std::string_view state_text(CallState state);

struct CallSnapshot {
  std::uint64_t id = 0;
  CallState state = CallState::Proceeding;
  std::string calling;  ///< the caller's number (From user)
  std::string called;   ///< the dialed number
  bool to_dial_peer = false;
  unsigned target = 0;    ///< the voice register dn, or the dial-peer
  std::string a_call_id;  ///< the caller's dialog
  std::string b_call_id;  ///< our dialog with the callee
  net::Endpoint a_peer;
  net::Endpoint b_peer;
  std::chrono::seconds duration{0};         ///< since the answer (0 before)
  std::chrono::seconds session_expires{0};  ///< RFC 4028 interval, 0 when none
};

}  // namespace cme::runtime::sip
