#include "runtime/sccp/sccp_server.hpp"

#include <array>
#include <utility>

#include "runtime/net/asio_transport.hpp"
#include "runtime/sccp/registry/auto_registration.hpp"
#include "runtime/sccp/registry/ephone_registry.hpp"
#include "runtime/sccp/sccp_status_view.hpp"

namespace cme::runtime::sccp {

namespace {

/// What SCCP reads of the configuration: telephony-service (address, max-ephones, keepalive,
/// auto-registration, date format, loads), the ephones, their templates and dns (labels).
constexpr std::array kSccpSections = {model::Section::Telephony, model::Section::EphoneDns,
                                      model::Section::EphoneTemplates, model::Section::Ephones};

constexpr const char* kNoSourceAddress =
    "telephony-service has no ip source-address: no SCCP phone can register";

}  // namespace

struct SccpServer::Impl {
  Impl(boost::asio::io_context& io, ServiceHost& host, const Clock& clock, TimerService& timers,
       SccpListen o, Announce a)
      : host(host),
        clock(clock),
        timers(timers),
        overrides(std::move(o)),
        announce(std::move(a)),
        transport(io),
        status(host) {}

  ServiceHost& host;
  const Clock& clock;
  TimerService& timers;
  SccpListen overrides;
  Announce announce;
  net::AsioTransport transport;
  SccpStatusView status;
  std::unique_ptr<EphoneRegistry> registry;
  std::pair<std::string, std::uint16_t> requested{"", 0};  ///< what the last bind asked for

  /// Where the configuration (and the command line) asks SCCP to listen; nullopt without
  /// telephony-service ip source-address.
  std::optional<std::pair<std::string, std::uint16_t>> wanted() const {
    const auto& ts = host.running()->cme.telephony_service;
    if (!ts || !ts->ip_source_address) {
      return std::nullopt;
    }
    const auto& s = *ts->ip_source_address;
    const auto port = static_cast<std::uint16_t>(s.port.value_or(kDefaultSccpPort));
    return std::pair{overrides.address.value_or(model::to_string(s.address)),
                     overrides.port.value_or(port)};
  }

  void set_limits() {
    net::TcpLimits limits;
    limits.max_connections = max_ephones(host.running()->cme) + EphoneRegistry::kMaxUnregistered;
    limits.max_per_source = limits.max_connections;  // phones behind one NAT address are normal
    transport.set_tcp_limits(limits);
  }

  Result<std::string, std::string> bind() {
    const auto where = wanted();
    if (!where) {
      return Err{std::string(kNoSourceAddress)};
    }
    set_limits();
    auto r = transport.listen(where->first, where->second, net::AsioTransport::Sockets::TcpOnly);
    if (!r) {
      return Err{r.error()};
    }
    requested = *where;
    std::string text = where->first + " port " + std::to_string(*r);
    if (announce) {
      announce(text);
    }
    return text;
  }
};

SccpServer::SccpServer(boost::asio::io_context& io, ServiceHost& host, const Clock& clock,
                       TimerService& timers, SccpListen overrides, Announce announce)
    : impl_(std::make_unique<Impl>(io, host, clock, timers, std::move(overrides),
                                   std::move(announce))) {}

SccpServer::~SccpServer() {
  stop();
}

Result<std::string, std::string> SccpServer::start() {
  auto& d = *impl_;
  if (!d.registry) {
    d.registry = std::make_unique<EphoneRegistry>(d.transport, d.host, d.clock, d.timers);
    d.status.set_registry(d.registry.get());
  }
  return d.bind();
}

std::span<const model::Section> SccpServer::sections() const {
  return kSccpSections;
}

void SccpServer::apply(const model::ConfigDiff& diff) {
  auto& d = *impl_;
  if (!d.registry) {
    return;
  }
  d.registry->apply(diff);
  if (!diff.touches(model::Section::Telephony)) {
    return;
  }
  d.set_limits();
  const auto where = d.wanted();
  if (where && *where == d.requested) {
    return;  // the same address keeps the listener and the phones
  }
  d.registry->close_all();  // phones register again at the new address
  d.transport.stop();
  d.requested = {"", 0};
  if (auto r = d.bind(); !r) {
    d.host.log("%SCCP-3-SOCKET: " + r.error());
  }
}

void SccpServer::stop() {
  auto& d = *impl_;
  if (d.registry) {
    d.registry->close_all();
  }
  d.transport.stop();
}

model::SccpStatus& SccpServer::status() {
  return impl_->status;
}

const EphoneRegistry* SccpServer::registry() const {
  return impl_->registry.get();
}

}  // namespace cme::runtime::sccp
