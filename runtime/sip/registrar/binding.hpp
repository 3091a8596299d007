#pragma once
// Binding: one registered contact of a voice register pool (RFC 3261 §10: the binding of an
// address-of-record to a contact address; here the pool stands for the address-of-record, since
// every number the pool's `number N dn T` lines name becomes reachable through its contacts).

#include <chrono>
#include <cstdint>
#include <string>

#include "runtime/core/clock.hpp"
#include "runtime/net/endpoint.hpp"

namespace cme::runtime::sip {

struct Binding {
  unsigned pool = 0;    ///< voice register pool tag
  std::string contact;  ///< Contact URI text, without header parameters ("sip:2201@10.0.0.5:5060")
  /// The Contact's +sip.instance value as received, quotes removed ("<urn:uuid:...>"); empty
  /// when the phone sent none (RFC 5626 §4.1).
  std::string instance;
  net::Endpoint source;  ///< where the REGISTER came from (send requests here behind NAT)
  std::string call_id;
  std::uint32_t cseq = 0;
  std::chrono::seconds expires{0};  ///< the interval granted by the last REGISTER
  Clock::SteadyTime expires_at{};   ///< steady time at which the binding expires
  Clock::SteadyTime updated_at{};   ///< steady time of the last REGISTER that set it
  bool operator==(const Binding&) const = default;
};

}  // namespace cme::runtime::sip
