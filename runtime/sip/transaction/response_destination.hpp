#pragma once
// Where a server transaction sends its responses (RFC 3261 §18.2.2 with RFC 3581 §4).
//
// Inputs: the top Via of the request, as received, and `source`, the endpoint the request came
// from (address, port, protocol). Output: the endpoint to pass to MessageChannel::send.
//   - Reliable transport (TCP): `source`, i.e. the connection the request arrived on
//     (§18.2.2 first bullet; the transport reopens towards it if that connection is gone).
//   - Unreliable (UDP), rport present in the Via (RFC 3581 §4, with or without a value): the
//     source address and source port, so responses cross NAT.
//   - Unreliable, no rport: the source address (what the transport writes in `received`,
//     §18.2.1) and the sent-by port, or 5060 when the Via has none (§18.2.2 fourth bullet).
// `maddr` is ignored: multicast responses are not supported (OpenCME's phones never set it),
// and following it would let a peer direct our responses at a third party.

#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {

net::Endpoint response_destination(const Via& top_via, const net::Endpoint& source);

}  // namespace cme::runtime::sip
