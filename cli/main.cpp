// opencme: the router process (DESIGN.md "Command line"). Composition root: builds the command
// tables, the startup-config store, the router and its front-ends, and runs the event loop.
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <utility>

#include "cli/batch.hpp"
#include "cli/console.hpp"
#include "cli/fd_limit.hpp"
#include "cli/huge_pages.hpp"
#include "cli/line_registry.hpp"
#include "cli/options.hpp"
#include "cli/runtime_services.hpp"
#include "cli/startup_file.hpp"
#include "cli/vty_server.hpp"
#include "modes/device.hpp"
#include "runtime/core/asio_timer_service.hpp"
#include "runtime/core/clock.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/sccp/sccp_server.hpp"
#include "runtime/sip/sip_server.hpp"

namespace {

using namespace cme;

/// Hands batch output and reports to stdout and stderr as they come.
cli::BatchSink streams_sink() {
  cli::BatchSink sink;
  sink.out = [](std::string_view t) { std::cout << t; };
  sink.err = [](std::string_view t) { std::cerr << t; };
  return sink;
}

/// Loads the startup-config into the router; reports a missing or damaged file and bad lines.
void load_startup(modes::Device& device, const std::string& location) {
  auto text = device.store().read();
  if (!text) {
    std::cerr << text.error() << ": starting with an empty configuration\n";
    return;
  }
  if (!text.value()) {
    std::cerr << "%Error opening " << location
              << " (No such file or directory): starting with an empty configuration\n";
    return;
  }
  // Damage costs the lines it is in (a NUL byte: that line fails), not the whole file: a
  // later `write memory` would save what was loaded (issue 16 #6).
  const auto decoded = cli::config_bytes_text(std::move(*text.value()));
  if (!decoded) {
    std::cerr << "% " << location << ": " << decoded.error()
              << ": starting with an empty configuration\n";
    return;
  }
  modes::SessionOptions o;
  o.batch = true;
  o.privilege = 15;
  modes::Session session(device, o);
  cli::apply_config_text(session, location, *decoded, streams_sink());
}

/// `reload` for the router process: the running configuration is replaced by the startup-config
/// at once, and every vty session and the console session end after the current command; the
/// process and its listening ports stay.
class ProcessControl final : public modes::SystemControl {
 public:
  ProcessControl(runtime::TimerService& timers, std::function<void()> reload)
      : timers_(timers), reload_(std::move(reload)) {}
  ~ProcessControl() override { cancel_reload(); }
  ProcessControl(const ProcessControl&) = delete;
  ProcessControl& operator=(const ProcessControl&) = delete;

  void reload() override { reload_(); }
  void schedule_reload(std::chrono::minutes delay) override {
    cancel_reload();
    timer_ = timers_.schedule(delay, [this] {
      timer_ = 0;
      reload_();
    });
  }
  bool cancel_reload() override {
    if (timer_ == 0) {
      return false;
    }
    timers_.cancel(std::exchange(timer_, 0));
    return true;
  }

 private:
  runtime::TimerService& timers_;
  std::function<void()> reload_;
  runtime::TimerHandle timer_ = 0;
};

int run_batch(modes::Device& device, const cli::Options& options) {
  modes::SessionOptions o;
  o.batch = true;
  o.privilege = 15;
  modes::Session session(device, o);
  bool ok = true;
  for (const auto& step : options.steps) {
    std::string out;
    std::string err;
    if (step.kind == cli::BatchStep::Kind::File) {
      std::ifstream in(step.text, std::ios::binary);
      if (!in) {
        std::cerr << "%Error opening " << step.text << " (No such file or directory)\n";
        ok = false;
        continue;
      }
      std::stringstream buffer;
      buffer << in.rdbuf();
      const auto text = cli::config_file_text(step.text, buffer.str());
      if (!text) {
        std::cerr << "%Error reading " << step.text << ": " << text.error() << "\n";
        ok = false;
        continue;
      }
      std::cout << std::flush;
      ok = cli::apply_config_text(session, step.text, *text, streams_sink()).failed == 0 && ok;
    } else {
      ok = cli::run_exec_command(session, step.text, out, err) && ok;
    }
    std::cout << out << std::flush;
    std::cerr << err << std::flush;
  }
  return ok ? 0 : 1;
}

/// Where SIP listens: `--listen` and `--sip-port` when given, else the configuration's.
runtime::sip::SipListen sip_listen(const cli::Options& options) {
  runtime::sip::SipListen listen;
  if (options.listen_given) {
    listen.address = options.listen;
  }
  if (options.sip_port_given) {
    listen.port = static_cast<std::uint16_t>(options.sip_port);
  }
  listen.tcp.max_connections = options.sip_tcp_max;
  listen.tcp.max_per_source = options.sip_tcp_per_source;
  listen.tcp_times.idle = std::chrono::seconds(options.sip_tcp_idle);
  return listen;
}

/// Where SCCP listens: `--listen` and `--sccp-port` when given, else telephony-service's
/// `ip source-address`.
runtime::sccp::SccpListen sccp_listen(const cli::Options& options) {
  runtime::sccp::SccpListen listen;
  if (options.listen_given) {
    listen.address = options.listen;
  }
  if (options.sccp_port_given) {
    listen.port = static_cast<std::uint16_t>(options.sccp_port);
  }
  return listen;
}

/// The router process: the vty server and the console on one io_context until SIGTERM/SIGINT
/// or the end of console input (`exit` on the console ends only its session). Returns the exit
/// status (1 when the vty port cannot be bound). `--no-runtime` starts no SIP service.
int run_router(modes::Device& device, const cli::Options& options, const runtime::Clock& clock) {
  if (auto limits = cli::raise_fd_limit(); !limits) {
    std::cerr << "% Cannot raise the file descriptor limit: " << limits.error() << "\n";
  }
  boost::asio::io_context io;
  auto work = boost::asio::make_work_guard(io);
  runtime::AsioTimerService timers(io);
  cli::LineRegistry lines(clock);
  device.set_lines(&lines);
  cli::VtyServer vty(io, device, lines, timers);
  auto port = vty.listen(options.listen, static_cast<unsigned short>(options.vty_port));
  if (!port) {
    std::cerr << port.error() << "\n";
    device.set_lines(nullptr);
    return 1;
  }
  std::cout << "OpenCME: telnet vty listening on " << options.listen << " port " << *port << "\n";
  cli::RuntimeServices services(device);
  runtime::sip::SipServer sip(io, services, clock, timers, sip_listen(options),
                              [](const std::string& where) {
                                std::cout << "OpenCME: SIP listening on " << where << " (UDP, TCP)"
                                          << std::endl;
                              });
  if (!options.no_runtime) {
    // A SIP address the machine does not have (an example's source-address) is reported and
    // the router runs on without SIP, as a router with a wrong address would.
    // A commit that changes `voice register global / source-address` tries again.
    if (auto bound = services.start(sip); !bound) {
      std::cerr << bound.error() << ": SIP is not running\n";
    }
    device.set_sip(&sip.status());
  }
  runtime::sccp::SccpServer sccp(io, services, clock, timers, sccp_listen(options),
                                 [](const std::string& where) {
                                   std::cout << "OpenCME: SCCP listening on " << where
                                             << std::endl;
                                 });
  if (!options.no_runtime) {
    // Without telephony-service ip source-address CME accepts no phone: said here, and the
    // first commit that sets it starts SCCP.
    if (auto bound = services.start(sccp); !bound) {
      std::cerr << bound.error() << ": SCCP is not running\n";
    }
    device.set_sccp(&sccp.status());
  }
  std::cout << std::flush;
  boost::asio::signal_set signals(io, SIGTERM, SIGINT);
  signals.async_wait([&](const boost::system::error_code&, int) { io.stop(); });
  cli::Console console(io, device, lines, [&] { io.stop(); });
  ProcessControl control(timers, [&] {
    boost::asio::post(io, [&vty] { vty.end_sessions(); });  // as `clear line` does
    console.end_session();
    // The startup-config is read into a scratch router and committed here once, so the
    // services see one change (no passage through an empty configuration: SIP keeps its port).
    modes::Device scratch(device.registry(), device.store(), [&device] { return device.now(); });
    load_startup(scratch, options.startup_config);
    device.commit(scratch.running());
    std::cout << std::flush;
  });
  device.set_system(&control);
  if (!options.no_console) {
    console.start();
  }
  io.run();
  device.set_system(nullptr);
  device.set_sip(nullptr);
  device.set_sccp(nullptr);
  services.stop();
  vty.stop();
  device.set_lines(nullptr);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  auto options = cli::parse_options(std::vector<std::string>(argv + 1, argv + argc));
  if (!options) {
    std::cerr << options.error() << "\n" << cli::usage();
    return 2;
  }
  if (options->help) {
    std::cout << cli::usage();
    return 0;
  }
  const bool batch = !options->steps.empty();
  if (!batch) {
    cli::use_huge_pages_for_heap(argv);  // returns when it does not re-execute
  }
  auto registry = modes::ModeRegistry::build();
  if (!registry) {
    std::cerr << "opencme: command tables are inconsistent:\n" << registry.error() << "\n";
    return 3;
  }
  cli::StartupFile store(options->startup_config);
  const runtime::SystemClock clock;
  modes::Device device(**registry, store, [&clock] { return clock.system_now(); });
  if (!batch || options->startup_config_given) {
    load_startup(device, options->startup_config);
  }
  return batch ? run_batch(device, *options) : run_router(device, *options, clock);
}
