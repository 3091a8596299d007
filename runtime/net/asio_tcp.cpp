// The TCP half of AsioTransport: accepted and outgoing connections, one per peer endpoint.
#include <boost/asio/write.hpp>

#include <algorithm>
#include <vector>

#include "runtime/net/detail/asio_transport_impl.hpp"

namespace cme::runtime::net {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace detail {

void TcpConnection::start_reading() {
  // Wait for readability, then read into the transport's one buffer: an idle connection holds
  // no read buffer (5,000 registered SCCP phones would otherwise hold 80 MB of them).
  socket.async_wait(tcp::socket::wait_read, [self = shared_from_this()](
                                                const boost::system::error_code& ec) {
    if (self->closed || self->closing) {
      return;
    }
    if (ec) {
      self->transport.connection_closed(self, true);
      return;
    }
    auto& buffer = self->transport.tcp_buffer;
    boost::system::error_code read_error;
    const std::size_t n = self->socket.read_some(asio::buffer(buffer), read_error);
    if (read_error == asio::error::would_block || read_error == asio::error::try_again) {
      self->start_reading();  // readiness without data (a spurious wake-up)
      return;
    }
    if (read_error) {
      self->transport.connection_closed(self, true);
      return;
    }
    self->transport.counters.bytes_in += n;
    if (self->transport.handlers.received) {
      self->transport.handlers.received(self->peer, std::string_view(buffer.data(), n));
    }
    if (!self->closed) {
      self->start_reading();
    }
  });
}

void TcpConnection::write(std::string bytes) {
  queued += bytes.size();
  outbox.push_back(std::move(bytes));
  if (queued > kMaxQueuedBytes) {
    ++transport.counters.send_errors;
    transport.connection_closed(shared_from_this(), true);  // the peer does not read
    return;
  }
  if (connected && !writing) {
    flush();
  }
}

void TcpConnection::flush() {
  if (closing && outbox.empty() && !closed) {
    writing = false;
    transport.connection_closed(shared_from_this(), false);
    return;
  }
  if (outbox.empty() || closed) {
    writing = false;
    return;
  }
  writing = true;
  const std::size_t count = std::min(outbox.size(), kMaxGather);
  std::vector<asio::const_buffer> buffers;
  buffers.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    buffers.push_back(asio::buffer(outbox[i]));  // deque entries stay put while more are queued
  }
  asio::async_write(
      socket, std::move(buffers),
      [self = shared_from_this(), count](const boost::system::error_code& ec, std::size_t n) {
        if (self->closed) {
          return;
        }
        if (ec) {
          ++self->transport.counters.send_errors;
          self->transport.connection_closed(self, true);
          return;
        }
        self->transport.counters.bytes_out += n;
        for (std::size_t i = 0; i < count; ++i) {
          self->queued -= self->outbox.front().size();
          self->outbox.pop_front();
        }
        self->flush();
      });
}

void TcpConnection::shut() {
  closed = true;
  boost::system::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  socket.close(ignored);
}

}  // namespace detail

void AsioTransport::Impl::accept_tcp() {
  acceptor.async_accept(
      [self = shared_from_this()](const boost::system::error_code& ec, tcp::socket socket) {
        if (self->stopped || ec == asio::error::operation_aborted) {
          return;
        }
        if (!ec) {
          self->admit_tcp(std::move(socket));
        } else {
          ++self->counters.accept_errors;
        }
        self->accept_backoff.next(ec, [self] {
          if (!self->stopped) {
            self->accept_tcp();
          }
        });
      });
}

void AsioTransport::Impl::admit_tcp(tcp::socket socket) {
  boost::system::error_code e;
  const auto remote = socket.remote_endpoint(e);
  if (e) {
    return;
  }
  Endpoint peer{remote.address().to_string(), remote.port(), Protocol::Tcp};
  std::size_t& from_source = accepted_from[peer.address];
  if (tcp.size() >= limits.max_connections || from_source >= limits.max_per_source) {
    ++counters.connections_refused;
    if (from_source == 0) {
      accepted_from.erase(peer.address);
    }
    socket.close(e);
    return;
  }
  socket.set_option(tcp::no_delay(true), e);
  socket.non_blocking(true, e);  // start_reading() reads only what is there
  auto c = std::make_shared<detail::TcpConnection>(*this, std::move(socket), peer);
  c->connected = true;
  if (auto old = tcp.find(peer); old != tcp.end()) {
    connection_closed(old->second, true);
  }
  c->accepted = true;
  ++accepted_from[peer.address];
  tcp[peer] = c;
  ++counters.connections_opened;
  if (handlers.opened) {
    handlers.opened(peer);
  }
  if (!c->closed) {
    c->start_reading();
  }
}

void AsioTransport::Impl::send_tcp(const Endpoint& to, std::string bytes) {
  if (auto it = tcp.find(to); it != tcp.end()) {
    it->second->write(std::move(bytes));
    return;
  }
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(to.address, ec);
  if (ec) {
    ++counters.send_errors;
    return;
  }
  auto c = std::make_shared<detail::TcpConnection>(*this, tcp::socket(io), to);
  tcp[to] = c;
  c->write(std::move(bytes));
  c->socket.async_connect(tcp::endpoint(address, to.port), [c](const boost::system::error_code& e) {
    if (c->closed) {
      return;
    }
    if (e) {
      ++c->transport.counters.send_errors;
      c->transport.connection_closed(c, true);
      return;
    }
    boost::system::error_code ignored;
    c->socket.set_option(tcp::no_delay(true), ignored);
    c->socket.non_blocking(true, ignored);
    c->connected = true;
    ++c->transport.counters.connections_opened;
    c->start_reading();
    c->flush();
  });
}

void AsioTransport::Impl::connection_closed(const std::shared_ptr<detail::TcpConnection>& c,
                                            bool notify) {
  if (c->closed) {
    return;
  }
  c->shut();
  if (auto it = tcp.find(c->peer); it != tcp.end() && it->second == c) {
    tcp.erase(it);
  }
  if (c->accepted) {
    if (auto n = accepted_from.find(c->peer.address); n != accepted_from.end() && --n->second == 0) {
      accepted_from.erase(n);
    }
  }
  ++counters.connections_closed;
  if (notify && handlers.closed) {
    handlers.closed(c->peer);
  }
}

}  // namespace cme::runtime::net
