#include "runtime/sip/transaction/response_destination.hpp"

#include "runtime/sip/transport/message_channel.hpp"

namespace cme::runtime::sip {

namespace {
constexpr std::uint16_t kDefaultSipPort = 5060;
}  // namespace

net::Endpoint response_destination(const Via& top_via, const net::Endpoint& source) {
  if (MessageChannel::reliable(source.protocol)) {
    return source;
  }
  net::Endpoint to = source;
  if (!param(top_via.params, "rport")) {
    to.port = top_via.port.value_or(kDefaultSipPort);
  }
  return to;
}

}  // namespace cme::runtime::sip
