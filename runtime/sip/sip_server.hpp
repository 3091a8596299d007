#pragma once
// SipServer: the SIP service as a runtime Service (runtime/core/service.hpp): UDP and TCP on
// `voice register global / source-address A port P` (default 0.0.0.0:5060) unless the command
// line's `--listen` / `--sip-port` override them (DESIGN.md "Services"). It follows each commit
// that touches what SIP uses (pools, dns, templates, dial-peers, voice service voip, sip-ua,
// voice register global: limits, authentication, and a changed source-address rebinds), writes
// the `debug ccsip messages` trace through its host's log, and offers model::SipStatus to the
// show commands. A port picked by the system (port 0) is kept for the life of the process: only
// a change of the requested address or port rebinds, and each bind is announced ("ADDR port N").

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "runtime/core/clock.hpp"
#include "runtime/core/service.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/net/asio_transport.hpp"
#include "runtime/sip/transport/sip_transport.hpp"

namespace boost::asio {
class io_context;
}

namespace cme::model {
class SipStatus;
}

namespace cme::runtime::sip {

/// Where the SIP service listens and how much TCP it takes: the command line's overrides.
struct SipListen {
  std::optional<std::string> address;  ///< --listen (else the configuration's, else 0.0.0.0)
  std::optional<std::uint16_t> port;   ///< --sip-port (0: a free port; else config, else 5060)
  net::TcpLimits tcp;                  ///< --sip-tcp-max, --sip-tcp-per-source
  SipTcpLimits tcp_times;              ///< --sip-tcp-idle
};

class SipServer final : public Service {
 public:
  /// Told "ADDR port N" after every successful bind: the first one and each rebind.
  using Announce = std::function<void(const std::string& where)>;

  /// Everything is borrowed and must outlive the server; nothing is bound before start().
  SipServer(boost::asio::io_context& io, ServiceHost& host, const Clock& clock,
            TimerService& timers, SipListen overrides, Announce announce);
  ~SipServer() override;
  SipServer(const SipServer&) = delete;
  SipServer& operator=(const SipServer&) = delete;

  std::string_view name() const override { return "SIP"; }
  /// Binds and starts (announcing the bind). Returns "ADDR port N" as bound. Error: the bind
  /// failure text ("% Cannot listen on ADDR:PORT: <reason>").
  Result<std::string, std::string> start() override;
  std::span<const model::Section> sections() const override;
  /// Re-configures the SIP service from host.running(); a changed requested address or port
  /// rebinds, and a rebind that fails is logged as `%SIP-3-SOCKET: …`.
  void apply(const model::ConfigDiff& diff) override;
  void stop() override;

  /// The status port for `show voice register …` / `show sip-ua …` (valid for the server's life;
  /// it reads empty before start()).
  model::SipStatus& status();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace cme::runtime::sip
