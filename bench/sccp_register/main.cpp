// bench/sccp_register (issue 17): registers N SCCP phones (one TCP connection each) with OpenCME
// and with a trivial Asio anchor server, keeps them alive, and prints for both the registration
// wall time, the server's RSS per registered phone and its keepalive CPU, with the ratios.
// See bench/sccp_register/README.md.

#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include "bench/sccp_register/anchor_server.hpp"
#include "bench/sccp_register/bench_options.hpp"
#include "bench/sccp_register/phone_fleet.hpp"
#include "bench/sccp_register/report.hpp"
#include "bench/sccp_register/server_process.hpp"
#include "bench/sccp_register/startup_config.hpp"
#include "cli/fd_limit.hpp"

namespace fs = std::filesystem;

namespace cme::bench {
namespace {

/// How to start one server and how it announces its port.
struct ServerSpec {
  std::string name;
  std::vector<std::string> argv;
  std::string marker;  ///< the stdout line with the port
  FleetMode mode;
};

void run_phones(ServerProcess& server, std::uint16_t port, const BenchOptions& o, ServerFigures& f,
                FleetMode mode) {
  boost::asio::io_context io;
  PhoneFleet fleet(io, {"127.0.0.1", port, o.phones, o.concurrency, mode, o.register_timeout});
  const double cpu0 = server.cpu_seconds();
  const double own_before = own_cpu_seconds();
  f.registration = fleet.register_all();
  f.registration_cpu = server.cpu_seconds() - cpu0;
  f.client_registration_cpu = own_cpu_seconds() - own_before;
  f.rss_registered_kib = server.rss_kib();
  std::cout << "  " << f.registration.registered << " of " << o.phones << " registered in "
            << f.registration.seconds << " s; keepalive window " << o.window.count() << " s\n"
            << std::flush;
  const double server0 = server.cpu_seconds();
  const double own0 = own_cpu_seconds();
  f.keepalive = fleet.keep_alive(o.keepalive, o.window);
  const double seconds = f.keepalive.seconds > 0 ? f.keepalive.seconds : 1;
  f.keepalive_cpu_percent = 100 * (server.cpu_seconds() - server0) / seconds;
  f.client_cpu_percent = 100 * (own_cpu_seconds() - own0) / seconds;
  f.rss_end_kib = server.rss_kib();
}

ServerFigures measure(const ServerSpec& spec, const BenchOptions& o, const fs::path& dir) {
  ServerFigures f;
  f.name = spec.name;
  const std::string log = (dir / (spec.name + ".log")).string();
  std::cout << spec.name << ": starting (log " << log << ")\n" << std::flush;
  auto server = ServerProcess::start(spec.argv, log);
  if (!server) {
    f.error = server.error();
    return f;
  }
  auto port = server.value().wait_for_port(spec.marker, std::chrono::seconds(300));
  if (!port) {
    f.error = port.error();
    return f;
  }
  std::this_thread::sleep_for(std::chrono::seconds(1));  // let start-up allocations settle
  f.rss_before_kib = server.value().rss_kib();
  run_phones(server.value(), *port, o, f, spec.mode);
  server.value().stop();
  return f;
}

std::string self_path() {
  return fs::read_symlink("/proc/self/exe").string();
}

std::vector<ServerSpec> servers(const BenchOptions& o, const fs::path& dir) {
  const std::string config = (dir / "startup-config").string();
  std::ofstream(config) << sccp_startup_config(o.phones,
                                               static_cast<std::uint32_t>(o.keepalive.count()));
  const std::string opencme =
      o.opencme.empty() ? (fs::path(self_path()).parent_path().parent_path() / "opencme").string()
                        : o.opencme;
  std::vector<ServerSpec> out = {
      {"OpenCME",
       {opencme, "--startup-config", config, "--no-console", "--listen", "127.0.0.1", "--sccp-port",
        "0", "--sip-port", "0", "--vty-port", "0", "--http-port", "0", "--tftp-port", "0"},
       "OpenCME: SCCP listening on",
       FleetMode::Sccp}};
  if (!o.skip_anchor) {
    out.push_back(
        {"anchor", {self_path(), "--anchor"}, "anchor: SCCP listening on", FleetMode::Anchor});
  }
  return out;
}

}  // namespace

int run_bench(const BenchOptions& o) {
  if (auto limits = cli::raise_fd_limit(); !limits || limits.value().after < o.phones + 64) {
    std::cerr << "sccp_register: cannot open " << o.phones << " sockets (RLIMIT_NOFILE)\n";
    return 1;
  }
  char tmpl[] = "/tmp/sccp_register.XXXXXX";
  const fs::path dir = ::mkdtemp(tmpl);
  std::vector<ServerFigures> figures;
  for (const auto& spec : servers(o, dir)) {
    figures.push_back(measure(spec, o, dir));
  }
  print_table(figures, o);
  bool ok = true;
  for (const auto& f : figures) {
    const auto& r = f.registration;
    if (!f.error.empty() || r.registered < o.phones) {
      std::cerr << "FAILED: " << f.name << ": " << r.registered << " of " << o.phones
                << " phones registered (" << r.rejected << " rejected, " << r.failed << " failed, "
                << r.unfinished << " unfinished) " << f.error << r.first_error << "\n";
      ok = false;
    } else if (f.keepalive.lost_phones > 0 || f.keepalive.acked < f.keepalive.sent) {
      std::cerr << "FAILED: " << f.name << ": " << f.keepalive.acked << " of " << f.keepalive.sent
                << " keepalives acknowledged, " << f.keepalive.lost_phones << " connections lost\n";
      ok = false;
    }
  }
  return ok ? 0 : 1;
}

}  // namespace cme::bench

int main(int argc, char** argv) {
  auto options = cme::bench::parse_bench_options(std::vector<std::string>(argv + 1, argv + argc));
  if (!options) {
    std::cerr << options.error() << "\n" << cme::bench::bench_usage();
    return 2;
  }
  if (options->help) {
    std::cout << cme::bench::bench_usage();
    return 0;
  }
  if (options->anchor_server) {
    cme::cli::raise_fd_limit();
    return cme::bench::run_anchor("127.0.0.1");
  }
  return cme::bench::run_bench(*options);
}
