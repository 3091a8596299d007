#pragma once
// AsioTransport: the Transport on Boost.Asio: one UDP socket and one TCP listener on the same
// address and port (SIP: `voice register global / source-address A port P`, default 5060;
// DESIGN.md "Services"). Runs on the runtime's io_context thread; not thread-safe.

#include <memory>
#include <string>

#include "common/result.hpp"
#include "runtime/net/transport.hpp"

namespace boost::asio {
class io_context;
}

namespace cme::runtime::net {

/// Bounds on accepted TCP connections (issue 16 #1; docs/limits.md). A connection beyond them
/// is closed as soon as it is accepted and counted (TransportCounters::connections_refused).
/// Benches run many clients from 127.0.0.1: `--sip-tcp-per-source` raises the second bound.
struct TcpLimits {
  std::size_t max_connections = 4096;  ///< accepted connections open at once
  std::size_t max_per_source = 64;     ///< of them from one source address
};

class AsioTransport final : public Transport {
 public:
  explicit AsioTransport(boost::asio::io_context& io);
  ~AsioTransport() override;
  AsioTransport(const AsioTransport&) = delete;
  AsioTransport& operator=(const AsioTransport&) = delete;

  /// Which sockets listen() opens: SIP takes both, SCCP (TCP port 2000) only TCP.
  enum class Sockets { UdpAndTcp, TcpOnly };

  /// Binds UDP and TCP (or TCP only) on `address`:`port` (port 0: a free port, the same for
  /// both) and starts receiving. Returns the bound port. Error: "% Cannot listen on
  /// ADDR:PORT: <reason>".
  Result<std::uint16_t, std::string> listen(const std::string& address, std::uint16_t port,
                                            Sockets sockets = Sockets::UdpAndTcp);
  /// Closes the sockets and every TCP connection (no handlers run afterwards).
  void stop();
  /// Bounds for the connections accepted from now on.
  void set_tcp_limits(TcpLimits limits);

  void set_handlers(Handlers handlers) override;
  void send(const Endpoint& to, std::string bytes) override;
  void close(const Endpoint& peer) override;
  void close_after_sending(const Endpoint& peer) override;
  Endpoint local(Protocol protocol) const override;
  const TransportCounters& counters() const override;

  struct Impl;

 private:
  std::shared_ptr<Impl> impl_;
};

}  // namespace cme::runtime::net
