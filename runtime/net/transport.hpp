#pragma once
// Transport: datagrams and byte streams to and from far ends (STYLE.md §1: runtime/net). The
// SIP layer (runtime/sip/transport) frames messages on top of it; protocol cores never touch
// sockets. The Asio implementation is runtime/net/asio_transport.hpp; tests use
// tests/support/loopback_transport.hpp.
//
// UDP: each received datagram is one `received` call. TCP: `received` gets stream chunks as they
// arrive (any split), tagged with the connection's peer endpoint; `closed` says the connection
// ended. Sending to a TCP endpoint uses the connection with that peer, opening one when there is
// none (RFC 3261 §18.1.1: a response goes back on the connection the request came on).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "runtime/net/endpoint.hpp"

namespace cme::runtime::net {

/// Counters for `show sip-ua statistics`-style output and tests.
struct TransportCounters {
  std::size_t datagrams_in = 0;
  std::size_t datagrams_out = 0;
  std::size_t bytes_in = 0;
  std::size_t bytes_out = 0;
  std::size_t send_errors = 0;  ///< failed sends (unreachable, connection refused, queue full)
  std::size_t connections_opened = 0;  ///< TCP, accepted or connected
  std::size_t connections_closed = 0;
  std::size_t connections_refused = 0;  ///< accepted and closed at once: over a TcpLimits bound
  std::size_t accept_errors = 0;  ///< failed TCP accepts (EMFILE ...), each followed by a wait
};

class Transport {
 public:
  struct Handlers {
    /// Bytes from `from` (a whole datagram for UDP, a stream chunk for TCP).
    std::function<void(const Endpoint& from, std::string_view bytes)> received;
    /// A TCP connection from `peer` was accepted (optional; limits start counting its time).
    std::function<void(const Endpoint& peer)> opened;
    /// A TCP connection with `peer` ended (closed by either side or failed).
    std::function<void(const Endpoint& peer)> closed;
  };

  virtual ~Transport() = default;
  /// Installs the handlers; call before the first message can arrive.
  virtual void set_handlers(Handlers handlers) = 0;
  /// Sends `bytes` to `to` (UDP: one datagram; TCP: on the connection with that peer, opened
  /// when needed). Never blocks; failures are counted and, for TCP, end in `closed`.
  virtual void send(const Endpoint& to, std::string bytes) = 0;
  /// Closes the TCP connection with `peer` (e.g. after a framing error). No-op for UDP.
  virtual void close(const Endpoint& peer) = 0;
  /// Closes the TCP connection with `peer` once what was sent on it is written (a last message
  /// such as SCCP's RegisterReject must reach the peer); no more is received from it meanwhile.
  /// The `closed` handler is not called. No-op for UDP.
  virtual void close_after_sending(const Endpoint& peer) { close(peer); }
  /// The local address and port for `protocol` (what goes in Via sent-by and Contact).
  virtual Endpoint local(Protocol protocol) const = 0;
  virtual const TransportCounters& counters() const = 0;
};

}  // namespace cme::runtime::net
