#pragma once
// VtyServer: the telnet vty service (DESIGN.md "Services": TCP 2323, `--vty-port`, bound to
// `--listen`). Accepts connections on the runtime's io_context and gives each one the lowest free
// vty line of the running configuration's `line vty A B` blocks; with all lines busy, or
// `transport input none`/`ssh` on the line, the connection is refused at once: it gets
// "% Connection refused by remote host" and is closed.
// Every session runs on the io_context thread, so all share the running configuration safely.

#include <boost/asio/io_context.hpp>
#include <memory>
#include <string>

#include "common/result.hpp"
#include "runtime/core/timer_service.hpp"

namespace cme::modes {
class Device;
}

namespace cme::cli {

class LineRegistry;

class VtyServer {
 public:
  VtyServer(boost::asio::io_context& io, modes::Device& device, LineRegistry& lines,
            runtime::TimerService& timers);
  ~VtyServer();
  VtyServer(const VtyServer&) = delete;
  VtyServer& operator=(const VtyServer&) = delete;

  /// Binds `address`:`port` (port 0 picks a free one) and starts accepting. Returns the bound
  /// port. Error: "% Cannot listen on 127.0.0.1:2323: Address already in use".
  Result<unsigned short, std::string> listen(const std::string& address, unsigned short port);
  /// Closes the listener and every session.
  void stop();
  /// Ends every session as `clear line` does (each prints its goodbye); keeps listening.
  void end_sessions();
  /// Sessions open now.
  std::size_t sessions() const;
  /// Accepts that failed (EMFILE ...); each makes the listener wait (runtime/net/accept_backoff).
  std::size_t accept_errors() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cme::cli
