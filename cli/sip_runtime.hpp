#pragma once
// SipRuntime: the SIP service wired to sockets and to the router (composition, cli/): UDP and
// TCP on `voice register global / source-address A port P` (default 0.0.0.0:5060), unless
// `--listen` / `--sip-port` override them; it follows each commit (pools, dns, limits; a changed
// source-address rebinds) and writes `debug ccsip messages` output through the router's log.
// A port picked by the system (port 0) is kept for the life of the process: only a change of the
// requested address or port rebinds, and each bind is announced ("ADDR port N").

#include <boost/asio/io_context.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "runtime/core/clock.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/net/asio_transport.hpp"
#include "runtime/sip/transport/sip_transport.hpp"

namespace cme::modes {
class Device;
}

namespace cme::cli {

/// Where the SIP service listens: the command line's overrides, else the configuration.
struct SipListen {
  std::optional<std::string> address;  ///< --listen
  std::optional<std::uint16_t> port;   ///< --sip-port (0: a free port)
  runtime::net::TcpLimits tcp;         ///< --sip-tcp-max, --sip-tcp-per-source
  runtime::sip::SipTcpLimits tcp_times;  ///< --sip-tcp-idle
};

class SipRuntime {
 public:
  /// Told "ADDR port N" after every successful bind: the first one and each rebind.
  using Announce = std::function<void(const std::string& where)>;

  SipRuntime(boost::asio::io_context& io, modes::Device& device, const runtime::Clock& clock,
             runtime::TimerService& timers, SipListen overrides, Announce announce);
  ~SipRuntime();
  SipRuntime(const SipRuntime&) = delete;
  SipRuntime& operator=(const SipRuntime&) = delete;

  /// Binds and starts (announcing the bind). Returns "ADDR port N" as bound. Error: the bind
  /// failure text. A rebind after a commit that fails is logged as `%SIP-3-SOCKET: …`.
  Result<std::string, std::string> start();
  void stop();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace cme::cli
