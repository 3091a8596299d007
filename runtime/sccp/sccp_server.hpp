#pragma once
// SccpServer: the SCCP service as a runtime Service (runtime/core/service.hpp): a TCP listener
// at telephony-service `ip source-address A [port P]` (default port 2000; `--listen` replaces
// the address, `--sccp-port` the port, 0 = a free port), the ephone registry on it, and the
// status port of the ephone show commands. CME accepts no phone without `ip source-address`:
// start() then fails with that reason (cli/ starts it again at each telephony-service commit).
// A changed address or port rebinds on commit (the phones register again); a changed
// `max-ephones` changes the connection bound (max-ephones + EphoneRegistry::kMaxUnregistered).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "runtime/core/clock.hpp"
#include "runtime/core/service.hpp"
#include "runtime/core/timer_service.hpp"

namespace boost::asio {
class io_context;
}

namespace cme::model {
class SccpStatus;
}

namespace cme::runtime::sccp {

class EphoneRegistry;

/// The command line's overrides of where SCCP listens.
struct SccpListen {
  std::optional<std::string> address;  ///< --listen
  std::optional<std::uint16_t> port;   ///< --sccp-port (0: a free port)
};

/// The default SCCP port (sccp.md §1; telephony-service `ip source-address A port P`).
inline constexpr std::uint16_t kDefaultSccpPort = 2000;

class SccpServer final : public Service {
 public:
  /// Told "ADDR port N" after every successful bind.
  using Announce = std::function<void(const std::string& where)>;

  SccpServer(boost::asio::io_context& io, ServiceHost& host, const Clock& clock,
             TimerService& timers, SccpListen overrides, Announce announce);
  ~SccpServer() override;
  SccpServer(const SccpServer&) = delete;
  SccpServer& operator=(const SccpServer&) = delete;

  std::string_view name() const override { return "SCCP"; }
  /// Binds and starts. Returns "ADDR port N". Error: "telephony-service has no ip
  /// source-address: no SCCP phone can register", or the bind failure text.
  Result<std::string, std::string> start() override;
  std::span<const model::Section> sections() const override;
  void apply(const model::ConfigDiff& diff) override;
  void stop() override;

  /// The status port of the ephone show commands (valid for the server's life).
  model::SccpStatus& status();
  /// The registry, for tests and benches (null before start()).
  const EphoneRegistry* registry() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace cme::runtime::sccp
