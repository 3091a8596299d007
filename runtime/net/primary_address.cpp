#include "runtime/net/primary_address.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>

namespace cme::runtime::net {

std::string primary_address(boost::asio::io_context& io) {
  boost::asio::ip::udp::socket probe(io);
  boost::system::error_code ec;
  probe.open(boost::asio::ip::udp::v4(), ec);
  if (!ec) {
    probe.connect({boost::asio::ip::make_address_v4("192.0.2.1"), 5060}, ec);  // TEST-NET-1
  }
  if (ec) {
    return "127.0.0.1";
  }
  const auto local = probe.local_endpoint(ec);
  return ec ? "127.0.0.1" : local.address().to_string();
}

}  // namespace cme::runtime::net
