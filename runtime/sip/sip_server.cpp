#include "runtime/sip/sip_server.hpp"

#include <array>
#include <utility>

#include "runtime/net/primary_address.hpp"
#include "runtime/sip/auth/crypto_random.hpp"
#include "runtime/sip/ccsip_debug.hpp"
#include "runtime/sip/sip_service.hpp"
#include "runtime/sip/sip_status_view.hpp"

namespace cme::runtime::sip {

namespace {

constexpr std::uint16_t kDefaultSipPort = 5060;

/// What the SIP service reads of the configuration (SipService::configure: the registrar's
/// pools, dns, templates and limits; the B2BUA's dial-peers, SIP options and ring timeout).
constexpr std::array kSipSections = {
    model::Section::VoiceServiceVoip, model::Section::RegisterGlobal,
    model::Section::RegisterDns,      model::Section::RegisterTemplates,
    model::Section::RegisterPools,    model::Section::DialPeers,
    model::Section::SipUa,            model::Section::Telephony,  // timeouts ringing
};

/// The address and port the configuration asks for (voice register global source-address).
std::pair<std::string, std::uint16_t> configured_endpoint(const model::Config& c) {
  const auto& global = c.cme.voice_register_global;
  if (global && global->source_address) {
    const auto& s = *global->source_address;
    return {model::to_string(s.address),
            static_cast<std::uint16_t>(s.port.value_or(kDefaultSipPort))};
  }
  return {"0.0.0.0", kDefaultSipPort};
}

}  // namespace

struct SipServer::Impl {
  Impl(boost::asio::io_context& io, ServiceHost& host, const Clock& clock, TimerService& timers,
       SipListen o, Announce a)
      : io(io),
        host(host),
        clock(clock),
        timers(timers),
        overrides(std::move(o)),
        announce(std::move(a)),
        transport(io),
        sip(transport, clock, timers, overrides.tcp_times) {
    transport.set_tcp_limits(overrides.tcp);
  }

  boost::asio::io_context& io;
  ServiceHost& host;
  const Clock& clock;
  TimerService& timers;
  SipListen overrides;
  Announce announce;
  net::AsioTransport transport;
  SipTransport sip;
  CryptoRandom random;
  std::unique_ptr<SipService> service;
  SipStatusView status;
  std::pair<std::string, std::uint16_t> requested{"", 0};  ///< what the last bind asked for

  std::pair<std::string, std::uint16_t> wanted() const {
    auto [address, port] = configured_endpoint(*host.running());
    return {overrides.address.value_or(address), overrides.port.value_or(port)};
  }

  Result<std::string, std::string> bind() {
    const auto [address, port] = wanted();
    auto r = transport.listen(address, port);
    if (!r) {
      return Err{r.error()};
    }
    requested = {address, port};
    if (!service) {
      // Our Via sent-by and Contact host: the bound address, or, bound to every address, the
      // address of the interface the default route leaves by. A later rebind keeps the first
      // sent-by (responses are routed by the peer's Via, not ours).
      SentBy by;
      by.host = address == "0.0.0.0" ? net::primary_address(io) : address;
      by.udp_port = by.tcp_port = *r;
      service = std::make_unique<SipService>(clock, timers, random, sip, by);
      status.set_service(service.get());
    }
    std::string where = address + " port " + std::to_string(*r);
    if (announce) {
      announce(where);
    }
    return where;
  }
};

SipServer::SipServer(boost::asio::io_context& io, ServiceHost& host, const Clock& clock,
                     TimerService& timers, SipListen overrides, Announce announce)
    : impl_(std::make_unique<Impl>(io, host, clock, timers, std::move(overrides),
                                   std::move(announce))) {}

SipServer::~SipServer() {
  stop();
}

Result<std::string, std::string> SipServer::start() {
  auto& d = *impl_;
  auto bound = d.bind();
  if (!bound) {
    return bound;
  }
  d.sip.set_handler([&d](Message&& m, const net::Endpoint& from) {
    d.service->receive(std::move(m), from);
  });
  d.sip.set_closed_handler([&d](const net::Endpoint& peer) { d.service->transport_error(peer); });
  d.sip.set_tap([&d](bool outgoing, std::string_view bytes, const net::Endpoint&) {
    if (d.host.debugging(kDebugCcsipMessages)) {
      d.host.log(ccsip_text(outgoing, bytes));
    }
  });
  d.service->configure(d.host.running());
  return bound;
}

std::span<const model::Section> SipServer::sections() const {
  return kSipSections;
}

void SipServer::apply(const model::ConfigDiff&) {
  auto& d = *impl_;
  if (!d.service) {
    return;
  }
  d.service->configure(d.host.running());
  if (d.requested.first.empty() || d.wanted() == d.requested) {
    return;  // the same request keeps the socket, and a picked port with it
  }
  d.transport.stop();  // a changed source-address or port rebinds
  if (auto r = d.bind(); !r) {
    d.host.log("%SIP-3-SOCKET: " + r.error());
  }
}

void SipServer::stop() {
  impl_->transport.stop();
}

model::SipStatus& SipServer::status() {
  return impl_->status;
}

}  // namespace cme::runtime::sip
