#pragma once
// Private state of AsioTransport (runtime/net/asio_transport.hpp), shared by its UDP part
// (asio_transport.cpp) and TCP part (asio_tcp.cpp).

#include <array>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/udp.hpp>
#include <deque>
#include <map>
#include <memory>
#include <optional>

#include "runtime/net/accept_backoff.hpp"
#include "runtime/net/asio_transport.hpp"

namespace cme::runtime::net {

namespace detail {

constexpr std::size_t kMaxDatagram = 65535;
/// Datagrams read in one go before other handlers get a turn (AsioTransport::Impl::drain_udp).
constexpr std::size_t kUdpDrainBudget = 32;
constexpr std::size_t kMaxQueuedBytes = 8 * 1024 * 1024;  ///< per TCP connection
/// Outbox entries written by one gathering write: the answers a session queues while a write is
/// in flight leave in one send, not one send (and one loopback segment) each.
constexpr std::size_t kMaxGather = 64;

/// One TCP connection (accepted or opened by send()).
struct TcpConnection : std::enable_shared_from_this<TcpConnection> {
  TcpConnection(AsioTransport::Impl& t, boost::asio::ip::tcp::socket s, Endpoint p)
      : transport(t), socket(std::move(s)), peer(std::move(p)) {}
  AsioTransport::Impl& transport;
  boost::asio::ip::tcp::socket socket;
  Endpoint peer;
  std::deque<std::string> outbox;
  std::size_t queued = 0;
  bool connected = false;
  bool writing = false;
  bool closed = false;
  bool closing = false;   ///< close once the outbox is written (close_after_sending)
  bool accepted = false;  ///< counted in accepted_from

  void start_reading();
  void write(std::string bytes);
  void flush();
  void shut();
};

}  // namespace detail

struct AsioTransport::Impl : std::enable_shared_from_this<AsioTransport::Impl> {
  explicit Impl(boost::asio::io_context& i) : io(i), udp(i), acceptor(i), accept_backoff(i) {}
  boost::asio::io_context& io;
  boost::asio::ip::udp::socket udp;
  boost::asio::ip::tcp::acceptor acceptor;
  AcceptBackoff accept_backoff;  ///< waits after a failed accept (EMFILE) instead of spinning
  boost::asio::ip::udp::endpoint udp_from;
  /// The last UDP sender, as received and as text: a phone or a peer sends many datagrams in a
  /// row, and formatting its address for each one showed in profiles (inet_ntop).
  std::optional<boost::asio::ip::udp::endpoint> last_from;
  Endpoint last_sender;
  std::array<char, detail::kMaxDatagram> udp_buffer{};
  /// Every TCP connection reads into this one buffer when it is readable (handlers run on the
  /// io_context's thread, one at a time, and copy what they keep).
  std::array<char, 16384> tcp_buffer{};
  std::map<Endpoint, std::shared_ptr<detail::TcpConnection>> tcp;
  TcpLimits limits;
  std::map<std::string, std::size_t> accepted_from;  ///< open accepted connections per address
  Handlers handlers;
  TransportCounters counters;
  Endpoint local_udp;
  Endpoint local_tcp;
  bool stopped = false;
  bool with_udp = true;  ///< listen() opened the UDP socket

  /// Binds the UDP socket to `port` (0: the kernel picks), then the TCP acceptor to the port
  /// UDP got, and listens; `bound` is that port. Returns the error of the step that failed.
  boost::system::error_code bind_both(const boost::asio::ip::address& ip, std::uint16_t port,
                                      std::uint16_t& bound);
  /// Binds only the TCP acceptor to `port` (0: the kernel picks) and listens.
  boost::system::error_code bind_tcp(const boost::asio::ip::address& ip, std::uint16_t port,
                                     std::uint16_t& bound);
  void receive_udp();
  /// Reads up to kUdpDrainBudget queued datagrams without blocking, then waits again (or, with
  /// the budget spent, posts itself so other handlers run in between).
  void drain_udp();
  void send_udp(const Endpoint& to, const std::string& bytes);
  void accept_tcp();
  /// Takes an accepted socket on, or closes it when a TcpLimits bound is reached.
  void admit_tcp(boost::asio::ip::tcp::socket socket);
  void send_tcp(const Endpoint& to, std::string bytes);
  void connection_closed(const std::shared_ptr<detail::TcpConnection>& c, bool notify);
};

}  // namespace cme::runtime::net
