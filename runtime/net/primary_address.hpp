#pragma once
// primary_address(): the machine's own address for protocol headers when a service listens on
// every address (0.0.0.0): SIP's Via sent-by and Contact host, and later the SCCP and TFTP
// addresses written into phone configuration files.

#include <string>

namespace boost::asio {
class io_context;
}

namespace cme::runtime::net {

/// The local IPv4 address of the interface a packet to a public address would leave by (found
/// with a UDP "connect", which sends nothing), as dotted text ("192.168.1.20"); "127.0.0.1" on
/// a machine without a default route. `io` is only used to open the probe socket.
std::string primary_address(boost::asio::io_context& io);

}  // namespace cme::runtime::net
