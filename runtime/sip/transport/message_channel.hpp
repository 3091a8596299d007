#pragma once
// MessageChannel: how the SIP transaction layer sends messages (RFC 3261 §18): the transport
// layer (runtime/sip/transport/sip_transport.hpp) implements it over runtime/net; tests use a
// recording fake. Declared here so that transactions do not depend on sockets.

#include <string_view>

#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

class MessageChannel {
 public:
  virtual ~MessageChannel() = default;
  /// Serializes `message` and sends it to `to` (UDP datagram, or the TCP connection with `to`,
  /// opened when needed). Failures are counted by the transport; a TCP failure later surfaces as
  /// a transport error to the transaction (RFC 3261 §17.1.4).
  virtual void send(const Message& message, const net::Endpoint& to) = 0;
  /// Sends a message already in wire form (`bytes` as serialize() wrote it), as send() does:
  /// server transactions keep their responses in this form for retransmission.
  virtual void send_serialized(std::string_view bytes, const net::Endpoint& to) = 0;
  /// True when `protocol` is reliable (TCP): no retransmissions, timers I, J, K are zero
  /// (RFC 3261 §17.1.1.2, §17.1.2.2, §17.2.1, §17.2.2).
  static bool reliable(net::Protocol protocol) { return protocol == net::Protocol::Tcp; }
};

}  // namespace cme::runtime::sip
