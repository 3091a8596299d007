#include "cli/sip_runtime.hpp"

#include <boost/asio/ip/udp.hpp>
#include <utility>

#include "modes/device.hpp"
#include "runtime/net/asio_transport.hpp"
#include "runtime/sip/auth/crypto_random.hpp"
#include "runtime/sip/sip_service.hpp"
#include "runtime/sip/transport/sip_transport.hpp"

namespace cme::cli {

namespace {

constexpr std::uint16_t kDefaultSipPort = 5060;

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

/// IOS `debug ccsip messages` text: the header line, Received:/Sent:, the message with LF ends.
std::string ccsip_text(bool outgoing, std::string_view bytes) {
  std::string text = std::string("//-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:\n") +
                     (outgoing ? "Sent:\n" : "Received:\n");
  text.reserve(text.size() + bytes.size());
  for (char c : bytes) {
    if (c != '\r') {
      text += c;
    }
  }
  while (!text.empty() && text.back() == '\n') {
    text.pop_back();
  }
  return text;
}

/// The SIP service's state as the show commands see it (modes::SipStatus).
class StatusAdapter final : public modes::SipStatus {
 public:
  explicit StatusAdapter(const std::unique_ptr<runtime::sip::SipService>& service)
      : service_(service) {}

  modes::RegistrationStatistics statistics() const override {
    modes::RegistrationStatistics s;
    if (!service_) {
      return s;
    }
    const auto& registrar = service_->registrar();
    const auto& c = registrar.counters();
    s.active = registrar.bindings().size();
    s.phones = registrar.bindings().pools().size();
    s.success = c.accepted;
    s.failed = c.rejected + c.wrong_credentials + c.rate_limited;
    s.blocked = c.rate_limited;
    s.requests = s.success + s.failed;
    return s;
  }

  std::vector<modes::ContactStatus> contacts() const override {
    std::vector<modes::ContactStatus> out;
    if (!service_) {
      return out;
    }
    const auto& registrar = service_->registrar();
    for (unsigned pool : registrar.bindings().pools()) {
      std::vector<std::string> numbers;
      for (const auto& dn : registrar.matcher().reachable_dns(pool)) {
        numbers.push_back(dn.number);
      }
      for (const auto& b : registrar.bindings().bindings(pool)) {
        modes::ContactStatus c;
        c.pool = pool;
        c.contact = b.contact;
        c.address = b.source.address;
        c.port = b.source.port;
        c.transport = runtime::net::protocol_text(b.source.protocol);
        c.call_id = b.call_id;
        c.expires = registrar.bindings().remaining(b);
        c.numbers = numbers;
        out.push_back(std::move(c));
      }
    }
    return out;
  }

  std::vector<modes::CallStatus> calls() const override {
    std::vector<modes::CallStatus> out;
    if (!service_) {
      return out;
    }
    const auto peer = [](const runtime::net::Endpoint& e) {
      return e.address + ":" + std::to_string(e.port);
    };
    for (const auto& c : service_->calls().snapshot()) {
      out.push_back(modes::CallStatus{
          std::string(runtime::sip::state_text(c.state)), c.calling, c.called,
          (c.to_dial_peer ? "dial-peer " : "dn ") + std::to_string(c.target), c.a_call_id,
          c.b_call_id, peer(c.a_peer), peer(c.b_peer), c.duration, c.session_expires});
    }
    return out;
  }

  std::vector<modes::AttemptStatus> attempts() const override {
    std::vector<modes::AttemptStatus> out;
    if (service_) {
      for (const auto& e : service_->registrar().attempted().entries()) {
        out.push_back(modes::AttemptStatus{e.mac ? model::to_string(*e.mac) : std::string(),
                                           e.address, e.user, e.attempts, e.last});
      }
    }
    return out;
  }

  std::size_t clear_attempts(const std::string& address, const std::string& mac) override {
    if (!service_) {
      return 0;
    }
    std::optional<std::string> ip;
    std::optional<model::MacAddress> m;
    if (!address.empty()) {
      ip = address;
    }
    if (!mac.empty()) {
      m = model::mac_from_text(mac);
    }
    return service_->registrar().attempted().clear(ip, m);
  }

 private:
  const std::unique_ptr<runtime::sip::SipService>& service_;
};

/// The local address of the interface a packet to a public address would leave by (a UDP
/// "connect" sends nothing), or 127.0.0.1 on a machine without a default route.
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

}  // namespace

struct SipRuntime::Impl {
  Impl(boost::asio::io_context& io, modes::Device& r, const runtime::Clock& clock,
       runtime::TimerService& timers, SipListen o, SipRuntime::Announce a)
      : io(io),
        device(r),
        clock(clock),
        timers(timers),
        overrides(std::move(o)),
        announce(std::move(a)),
        transport(io),
        sip(transport, clock, timers, overrides.tcp_times) {
    transport.set_tcp_limits(overrides.tcp);
  }

  boost::asio::io_context& io;
  modes::Device& device;
  const runtime::Clock& clock;
  runtime::TimerService& timers;
  SipListen overrides;
  SipRuntime::Announce announce;
  runtime::net::AsioTransport transport;
  runtime::sip::SipTransport sip;
  runtime::sip::CryptoRandom random;
  int commit_listener = 0;  ///< the router's handle while started (0: none)
  std::unique_ptr<runtime::sip::SipService> service;
  StatusAdapter status{service};
  std::pair<std::string, std::uint16_t> requested{"", 0};  ///< what the last bind asked for
  std::pair<std::string, std::uint16_t> bound{"", 0};      ///< what it got (port 0 resolved)

  std::pair<std::string, std::uint16_t> wanted() const {
    auto [address, port] = configured_endpoint(*device.running());
    return {overrides.address.value_or(address), overrides.port.value_or(port)};
  }

  Result<std::string, std::string> bind() {
    const auto [address, port] = wanted();
    auto r = transport.listen(address, port);
    if (!r) {
      return Err{r.error()};
    }
    requested = {address, port};
    bound = {address, *r};
    if (!service) {
      // Our Via sent-by and Contact host: the bound address, or, bound to every address, the
      // address of the interface the default route leaves by. A later rebind keeps the first
      // sent-by (responses are routed by the peer's Via, not ours).
      runtime::sip::SentBy by;
      by.host = address == "0.0.0.0" ? primary_address(io) : address;
      by.udp_port = by.tcp_port = *r;
      service = std::make_unique<runtime::sip::SipService>(clock, timers, random, sip, by);
    }
    std::string where = address + " port " + std::to_string(*r);
    if (announce) {
      announce(where);
    }
    return where;
  }
};

SipRuntime::SipRuntime(boost::asio::io_context& io, modes::Device& device,
                       const runtime::Clock& clock, runtime::TimerService& timers,
                       SipListen overrides, Announce announce)
    : impl_(std::make_unique<Impl>(io, device, clock, timers, std::move(overrides),
                                   std::move(announce))) {}

SipRuntime::~SipRuntime() {
  stop();
}

Result<std::string, std::string> SipRuntime::start() {
  auto& d = *impl_;
  auto bound = d.bind();
  if (!bound) {
    return bound;
  }
  d.sip.set_handler([&d](runtime::sip::Message&& m, const runtime::net::Endpoint& from) {
    d.service->receive(std::move(m), from);
  });
  d.sip.set_closed_handler(
      [&d](const runtime::net::Endpoint& peer) { d.service->transport_error(peer); });
  d.sip.set_tap([&d](bool outgoing, std::string_view bytes, const runtime::net::Endpoint&) {
    if (d.device.debug_flags().is_on(modes::kDebugCcsipMessages)) {
      d.device.log(ccsip_text(outgoing, bytes));
    }
  });
  d.service->configure(d.device.running());
  d.device.set_sip(&d.status);
  d.commit_listener = d.device.on_commit([&d](const model::Config&, const model::Config&) {
    d.service->configure(d.device.running());
    if (d.requested.first.empty() || d.wanted() == d.requested) {
      return;  // the same request keeps the socket, and a picked port with it
    }
    d.transport.stop();  // a changed source-address or port rebinds
    if (auto r = d.bind(); !r) {
      d.device.log("%SIP-3-SOCKET: " + r.error());
    }
  });
  return bound;
}

void SipRuntime::stop() {
  if (impl_->device.sip() == &impl_->status) {
    impl_->device.set_sip(nullptr);
  }
  if (impl_->commit_listener != 0) {
    impl_->device.remove_commit_listener(std::exchange(impl_->commit_listener, 0));
  }
  impl_->transport.stop();
}

}  // namespace cme::cli
