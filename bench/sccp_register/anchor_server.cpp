#include "bench/sccp_register/anchor_server.hpp"

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/write.hpp>
#include <cstdint>
#include <iostream>
#include <memory>
#include <vector>

namespace cme::bench {

namespace {

using boost::asio::ip::tcp;

/// KeepAliveAck 0x0100: length 4, header version 0, the id; no payload.
constexpr std::array<std::uint8_t, 12> kAnswer = {4, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x01, 0, 0};

std::uint32_t le32(const std::uint8_t* p) {
  return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

class AnchorConnection : public std::enable_shared_from_this<AnchorConnection> {
 public:
  explicit AnchorConnection(tcp::socket socket) : socket_(std::move(socket)) {}

  void read() {
    socket_.async_read_some(
        boost::asio::buffer(chunk_),
        [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
          if (!ec && self->received(n)) {
            self->read();
          }
        });
  }

 private:
  /// Frames the bytes and answers each whole frame; false to close.
  bool received(std::size_t n) {
    buffer_.insert(buffer_.end(), chunk_.begin(), chunk_.begin() + static_cast<long>(n));
    std::size_t at = 0;
    std::vector<std::uint8_t> answers;
    while (buffer_.size() - at >= 8) {
      const std::uint32_t length = le32(buffer_.data() + at);
      if (length < 4 || length > 2000) {
        return false;
      }
      if (buffer_.size() - at < length + 8) {
        break;
      }
      at += length + 8;
      answers.insert(answers.end(), kAnswer.begin(), kAnswer.end());
    }
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<long>(at));
    boost::system::error_code ec;
    boost::asio::write(socket_, boost::asio::buffer(answers), ec);
    return !ec;
  }

  tcp::socket socket_;
  std::array<std::uint8_t, 2048> chunk_{};
  std::vector<std::uint8_t> buffer_;
};

void accept(tcp::acceptor& acceptor) {
  acceptor.async_accept([&acceptor](boost::system::error_code ec, tcp::socket socket) {
    if (!ec) {
      std::make_shared<AnchorConnection>(std::move(socket))->read();
    }
    if (acceptor.is_open()) {
      accept(acceptor);
    }
  });
}

}  // namespace

int run_anchor(const std::string& address) {
  boost::asio::io_context io;
  boost::system::error_code ec;
  tcp::acceptor acceptor(io);
  const tcp::endpoint where(boost::asio::ip::make_address(address, ec), 0);
  if (!ec) {
    acceptor.open(where.protocol(), ec);
  }
  if (!ec) {
    acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    acceptor.bind(where, ec);
  }
  if (!ec) {
    acceptor.listen(tcp::socket::max_listen_connections, ec);
  }
  if (ec) {
    std::cerr << "anchor: cannot listen on " << address << ": " << ec.message() << "\n";
    return 1;
  }
  std::cout << "anchor: SCCP listening on " << address << " port "
            << acceptor.local_endpoint().port() << std::endl;
  accept(acceptor);
  boost::asio::signal_set signals(io, SIGTERM, SIGINT);
  signals.async_wait([&](const boost::system::error_code&, int) { io.stop(); });
  io.run();
  return 0;
}

}  // namespace cme::bench
