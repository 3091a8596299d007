#include "cli/vty_server.hpp"

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <deque>
#include <map>
#include <vector>

#include "cli/line_registry.hpp"
#include "cli/vty_session.hpp"
#include "modes/device.hpp"
#include "runtime/net/accept_backoff.hpp"

namespace cme::cli {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

/// True when `transport input` lets telnet in (unset: IOS default `all` on older images).
bool accepts_telnet(const model::Line& line) {
  if (!line.transport_input) {
    return true;
  }
  const auto& t = *line.transport_input;
  return t == "all" || t.find("telnet") != std::string::npos;
}

/// The vty line ranges that accept telnet, from `line vty A B` blocks.
std::vector<std::pair<unsigned, unsigned>> telnet_vty_ranges(const model::Config& config) {
  std::vector<std::pair<unsigned, unsigned>> out;
  for (const auto& l : config.lines) {
    if (l.kind == model::LineKind::Vty && accepts_telnet(l)) {
      out.emplace_back(l.first, l.last);
    }
  }
  return out;
}

// Bytes queued for a client that does not read (e.g. a stalled `terminal monitor` session) before
// its connection is dropped.
constexpr std::size_t kMaxQueuedBytes = 4 * 1024 * 1024;

/// What a connection hears when no vty line can take it (IOS's refusal, as its telnet client
/// prints it).
constexpr std::string_view kRefused = "% Connection refused by remote host\r\n";

}  // namespace

struct VtyServer::Impl {
  /// One accepted connection: the socket, its write queue and its VtySession.
  struct Connection : std::enable_shared_from_this<Connection> {
    Connection(Impl& s, tcp::socket sock) : server(s), socket(std::move(sock)) {}
    Impl& server;
    tcp::socket socket;
    std::unique_ptr<VtySession> session;
    std::deque<std::string> outbox;
    std::size_t queued = 0;  ///< bytes in outbox
    std::array<char, 4096> buffer{};
    bool writing = false;
    bool closing = false;

    void read() {
      socket.async_read_some(
          asio::buffer(buffer),
          [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
            if (ec || self->closing) {
              if (self->session) {
                self->session->end();
              }
              self->finish();
              return;
            }
            self->session->receive(std::string_view(self->buffer.data(), n));
            if (!self->closing) {
              self->read();
            }
          });
    }

    void send(std::string bytes) {
      if (bytes.empty() || !socket.is_open()) {
        return;
      }
      queued += bytes.size();
      outbox.push_back(std::move(bytes));
      if (queued > kMaxQueuedBytes && !closing) {
        // Keep the buffer a write may be using; drop the rest.
        outbox.erase(outbox.begin() + (writing ? 1 : 0), outbox.end());
        queued = outbox.empty() ? 0 : outbox.front().size();
        boost::system::error_code ignored;
        socket.close(ignored);  // the pending write and read fail; the read ends the session
        return;
      }
      if (!writing) {
        flush();
      }
    }

    void flush() {
      if (outbox.empty()) {
        writing = false;
        if (closing) {
          finish();
        }
        return;
      }
      writing = true;
      asio::async_write(
          socket, asio::buffer(outbox.front()),
          [self = shared_from_this()](const boost::system::error_code& ec, std::size_t) {
            if (!self->outbox.empty()) {
              self->queued -= self->outbox.front().size();
              self->outbox.pop_front();
            }
            if (ec) {
              self->outbox.clear();
              self->queued = 0;
              self->closing = true;
            }
            self->flush();
          });
    }

    /// The session ended: send what is queued, then close the socket.
    void close() {
      closing = true;
      if (!writing) {
        // Defer: we may be inside the session's own call stack.
        asio::post(socket.get_executor(), [self = shared_from_this()] { self->finish(); });
      }
    }

    /// Closes the socket and forgets the connection (idempotent).
    void finish() {
      boost::system::error_code ignored;
      if (socket.is_open()) {
        socket.shutdown(tcp::socket::shutdown_both, ignored);
        socket.close(ignored);
      }
      server.connections.erase(this);
    }
  };

  Impl(asio::io_context& i, modes::Device& r, LineRegistry& l, runtime::TimerService& t)
      : io(i), device(r), lines(l), timers(t), acceptor(i), backoff(i) {}

  asio::io_context& io;
  modes::Device& device;
  LineRegistry& lines;
  runtime::TimerService& timers;
  tcp::acceptor acceptor;
  runtime::net::AcceptBackoff backoff;  ///< waits after a failed accept (EMFILE) instead of spinning
  std::map<Connection*, std::shared_ptr<Connection>> connections;

  void accept() {
    acceptor.async_accept([this](const boost::system::error_code& ec, tcp::socket socket) {
      if (ec == asio::error::operation_aborted || !acceptor.is_open()) {
        return;
      }
      if (!ec) {
        admit(std::move(socket));
      }
      backoff.next(ec, [this] {
        if (acceptor.is_open()) {
          accept();
        }
      });
    });
  }

  void admit(tcp::socket socket) {
    boost::system::error_code ec;
    const auto peer = socket.remote_endpoint(ec);
    const auto relative = lines.free_vty(telnet_vty_ranges(*device.running()));
    if (ec || !relative) {
      // Every vty line busy (or none accepts telnet): refused with a word, not a silent close.
      // The text is short and the socket new, so the blocking write cannot stall the loop.
      if (!ec) {
        asio::write(socket, asio::buffer(kRefused.data(), kRefused.size()), ec);
      }
      socket.close(ec);
      return;
    }
    socket.set_option(tcp::no_delay(true), ec);
    auto c = std::make_shared<Connection>(*this, std::move(socket));
    std::weak_ptr<Connection> weak = c;
    lines.occupy(model::LineKind::Vty, *relative, peer.address().to_string(), [this, weak] {
      asio::post(io, [weak] {
        if (auto conn = weak.lock(); conn && conn->session) {
          conn->session->end();
        }
      });
    });
    VtySession::Io session_io;
    session_io.send = [weak](std::string bytes) {
      if (auto conn = weak.lock()) {
        conn->send(std::move(bytes));
      }
    };
    session_io.close = [weak] {
      if (auto conn = weak.lock()) {
        conn->close();
      }
    };
    c->session = std::make_unique<VtySession>(device, lines, timers, *relative,
                                              peer.address().to_string(), std::move(session_io));
    connections.emplace(c.get(), c);
    c->session->start();
    if (!c->closing) {
      c->read();
    }
  }
};

VtyServer::VtyServer(asio::io_context& io, modes::Device& device, LineRegistry& lines,
                     runtime::TimerService& timers)
    : impl_(std::make_unique<Impl>(io, device, lines, timers)) {}

VtyServer::~VtyServer() {
  stop();
}

Result<unsigned short, std::string> VtyServer::listen(const std::string& address,
                                                      unsigned short port) {
  auto& a = impl_->acceptor;
  boost::system::error_code ec;
  const auto ip = asio::ip::make_address(address, ec);
  if (!ec) {
    const tcp::endpoint endpoint(ip, port);
    a.open(endpoint.protocol(), ec);
    if (!ec) {
      a.set_option(tcp::acceptor::reuse_address(true), ec);
      a.bind(endpoint, ec);
    }
    if (!ec) {
      a.listen(asio::socket_base::max_listen_connections, ec);
    }
  }
  if (ec) {
    a.close();
    return Err{"% Cannot listen on " + address + ":" + std::to_string(port) + ": " + ec.message()};
  }
  impl_->accept();
  return a.local_endpoint().port();
}

void VtyServer::stop() {
  boost::system::error_code ignored;
  impl_->acceptor.close(ignored);
  impl_->backoff.cancel();
  auto connections = std::move(impl_->connections);
  impl_->connections.clear();
  for (auto& [raw, c] : connections) {
    c->session.reset();
    c->closing = true;
    c->socket.close(ignored);
  }
}

void VtyServer::end_sessions() {
  std::vector<std::shared_ptr<Impl::Connection>> open;  // ending one may erase it from the map
  for (auto& [raw, c] : impl_->connections) {
    open.push_back(c);
  }
  for (auto& c : open) {
    if (c->session) {
      c->session->end();
    }
  }
}

std::size_t VtyServer::sessions() const {
  return impl_->connections.size();
}

std::size_t VtyServer::accept_errors() const {
  return impl_->backoff.errors();
}

}  // namespace cme::cli
