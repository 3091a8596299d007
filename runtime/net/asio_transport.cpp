#include "runtime/net/asio_transport.hpp"

#include <boost/asio/post.hpp>

#include "runtime/net/detail/asio_transport_impl.hpp"

namespace cme::runtime::net {

namespace asio = boost::asio;
using asio::ip::udp;

namespace {

constexpr int kSocketBuffer = 4 * 1024 * 1024;  // room for load bursts (SIPp at high rates)

Endpoint endpoint_of(const udp::endpoint& e) {
  return Endpoint{e.address().to_string(), e.port(), Protocol::Udp};
}

/// Tries with this many kernel-picked ports before listen(address, 0) gives up.
constexpr int kPickAttempts = 16;

}  // namespace

boost::system::error_code AsioTransport::Impl::bind_both(const asio::ip::address& ip,
                                                         std::uint16_t port,
                                                         std::uint16_t& bound) {
  Impl& d = *this;
  boost::system::error_code ec;
  const udp::endpoint udp_end(ip, port);
  if (d.udp.open(udp_end.protocol(), ec); ec || (d.udp.bind(udp_end, ec), ec)) {
    return ec;
  }
  d.udp.set_option(asio::socket_base::receive_buffer_size(kSocketBuffer), ec);
  d.udp.set_option(asio::socket_base::send_buffer_size(kSocketBuffer), ec);
  d.udp.non_blocking(true, ec);
  bound = d.udp.local_endpoint(ec).port();
  if (ec) {
    return ec;
  }
  return d.bind_tcp(ip, bound, bound);
}

boost::system::error_code AsioTransport::Impl::bind_tcp(const asio::ip::address& ip,
                                                        std::uint16_t port,
                                                        std::uint16_t& bound) {
  boost::system::error_code ec;
  const asio::ip::tcp::endpoint tcp_end(ip, port);
  acceptor.open(tcp_end.protocol(), ec);
  if (!ec) {
    acceptor.set_option(asio::ip::tcp::acceptor::reuse_address(true), ec);
    acceptor.bind(tcp_end, ec);
  }
  if (!ec) {
    acceptor.listen(asio::socket_base::max_listen_connections, ec);
  }
  if (!ec) {
    bound = acceptor.local_endpoint(ec).port();
  }
  return ec;
}

AsioTransport::AsioTransport(asio::io_context& io) : impl_(std::make_shared<Impl>(io)) {}

AsioTransport::~AsioTransport() {
  stop();
}

Result<std::uint16_t, std::string> AsioTransport::listen(const std::string& address,
                                                         std::uint16_t port, Sockets sockets) {
  auto& d = *impl_;
  d.stopped = false;
  d.with_udp = sockets == Sockets::UdpAndTcp;
  boost::system::error_code ec;
  const auto ip = asio::ip::make_address(address, ec);
  const auto fail = [&](const boost::system::error_code& e) -> Result<std::uint16_t, std::string> {
    d.udp.close();
    d.acceptor.close();
    return Err{"% Cannot listen on " + address + ":" + std::to_string(port) + ": " + e.message()};
  };
  if (ec) {
    return fail(ec);
  }
  // Port 0: the kernel picks a free UDP port, and TCP must then get the same number. When
  // another process holds that TCP port, start again with a new UDP port.
  std::uint16_t bound = 0;
  for (int attempt = 0;; ++attempt) {
    ec = d.with_udp ? d.bind_both(ip, port, bound) : d.bind_tcp(ip, port, bound);
    if (!ec || port != 0 || ec != asio::error::address_in_use || attempt + 1 >= kPickAttempts) {
      break;
    }
    boost::system::error_code ignored;
    d.udp.close(ignored);
    d.acceptor.close(ignored);
  }
  if (ec) {
    return fail(ec);
  }
  d.local_udp = Endpoint{address, bound, Protocol::Udp};
  d.local_tcp = Endpoint{address, bound, Protocol::Tcp};
  if (d.with_udp) {
    d.receive_udp();
  }
  d.accept_tcp();
  return bound;
}

void AsioTransport::stop() {
  auto& d = *impl_;
  d.stopped = true;
  boost::system::error_code ignored;
  d.udp.close(ignored);
  d.acceptor.close(ignored);
  d.accept_backoff.cancel();
  auto connections = std::move(d.tcp);
  d.tcp.clear();
  d.accepted_from.clear();
  for (auto& [peer, c] : connections) {
    c->shut();
  }
}

void AsioTransport::set_tcp_limits(TcpLimits limits) {
  impl_->limits = limits;
}

void AsioTransport::set_handlers(Handlers handlers) {
  impl_->handlers = std::move(handlers);
}

void AsioTransport::send(const Endpoint& to, std::string bytes) {
  if (impl_->stopped) {
    return;
  }
  if (to.protocol == Protocol::Udp) {
    impl_->send_udp(to, bytes);
  } else {
    impl_->send_tcp(to, std::move(bytes));
  }
}

void AsioTransport::close(const Endpoint& peer) {
  if (peer.protocol != Protocol::Tcp) {
    return;
  }
  if (auto it = impl_->tcp.find(peer); it != impl_->tcp.end()) {
    auto c = it->second;
    impl_->connection_closed(c, false);
  }
}

void AsioTransport::close_after_sending(const Endpoint& peer) {
  if (peer.protocol != Protocol::Tcp) {
    return;
  }
  if (auto it = impl_->tcp.find(peer); it != impl_->tcp.end()) {
    auto c = it->second;
    c->closing = true;
    if (c->connected && !c->writing) {
      c->flush();  // nothing in flight: closes now (else when the last write completes)
    }
  }
}

Endpoint AsioTransport::local(Protocol protocol) const {
  return protocol == Protocol::Udp ? impl_->local_udp : impl_->local_tcp;
}

const TransportCounters& AsioTransport::counters() const {
  return impl_->counters;
}

void AsioTransport::Impl::receive_udp() {
  // Wait for readability, then read what is queued with non-blocking receives (drain_udp):
  // one epoll_wait per burst instead of one per datagram, as an async_receive_from per datagram
  // costs (Asio runs its reactor between every two completions).
  udp.async_wait(udp::socket::wait_read,
                 [self = shared_from_this()](const boost::system::error_code& ec) {
                   if (self->stopped || ec == asio::error::operation_aborted) {
                     return;
                   }
                   self->drain_udp();
                 });
}

void AsioTransport::Impl::drain_udp() {
  for (std::size_t i = 0; i < detail::kUdpDrainBudget; ++i) {
    boost::system::error_code ec;
    const std::size_t n = udp.receive_from(asio::buffer(udp_buffer), udp_from, 0, ec);
    if (ec == asio::error::would_block || ec == asio::error::try_again) {
      receive_udp();
      return;
    }
    if (!ec) {
      ++counters.datagrams_in;
      counters.bytes_in += n;
      if (handlers.received) {
        if (last_from != udp_from) {
          last_from = udp_from;
          last_sender = endpoint_of(udp_from);
        }
        handlers.received(last_sender, std::string_view(udp_buffer.data(), n));
      }
    } else if (ec != asio::error::connection_refused) {
      // ICMP errors (connection refused) report an earlier send and do not stop reception;
      // anything else is left to the readiness wait, so that a failing socket cannot spin.
      if (!stopped) {
        receive_udp();
      }
      return;
    }
    if (stopped) {
      return;  // a handler stopped the transport
    }
  }
  // Budget spent with datagrams still queued: let timers, TCP and the console run first.
  asio::post(io, [self = shared_from_this()] {
    if (!self->stopped) {
      self->drain_udp();
    }
  });
}

void AsioTransport::Impl::send_udp(const Endpoint& to, const std::string& bytes) {
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(to.address, ec);
  if (!ec) {
    // Non-blocking: a full socket buffer drops the datagram as the network would; SIP
    // retransmission (RFC 3261 §17) recovers.
    udp.send_to(asio::buffer(bytes), udp::endpoint(address, to.port), 0, ec);
  }
  if (ec) {
    ++counters.send_errors;
    return;
  }
  ++counters.datagrams_out;
  counters.bytes_out += bytes.size();
}

}  // namespace cme::runtime::net
