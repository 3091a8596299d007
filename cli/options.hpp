#pragma once
// The `opencme` command line (DESIGN.md "Command line"):
//   opencme [-f FILE]... [-c CMD]... [--startup-config FILE] [--no-runtime] [--no-console]
//           [--listen ADDR] [--sip-port N] [--sccp-port N] [--vty-port N] [--http-port N]
//           [--tftp-port N] [--sip-tcp-max N] [--sip-tcp-per-source N] [--sip-tcp-idle SECONDS]

#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace cme::cli {

struct BatchStep {
  enum class Kind { File, Command } kind = Kind::File;
  std::string text;  ///< the file name or the EXEC command
};

struct Options {
  std::vector<BatchStep> steps;  ///< -f and -c in the order given; none = interactive router
  std::string startup_config = "nvram/startup-config";
  bool startup_config_given = false;
  bool no_runtime = false;
  bool no_console = false;
  std::string listen = "0.0.0.0";
  bool listen_given = false;  ///< --listen overrides the configured source addresses
  unsigned sip_port = 5060;
  bool sip_port_given = false;  ///< --sip-port overrides voice register global source-address
  unsigned sccp_port = 2000;
  bool sccp_port_given = false;  ///< --sccp-port overrides telephony-service ip source-address
  unsigned vty_port = 2323;
  unsigned http_port = 8080;
  unsigned tftp_port = 6969;
  // Bounds on SIP TCP peers (docs/limits.md); benches raise them for many clients on 127.0.0.1.
  unsigned sip_tcp_max = 4096;        ///< --sip-tcp-max: accepted connections open at once
  unsigned sip_tcp_per_source = 64;   ///< --sip-tcp-per-source: of them from one address
  unsigned sip_tcp_idle = 3900;       ///< --sip-tcp-idle: seconds a silent connection stays
  bool help = false;
};

/// Parses argv[1..]. Error: a one-line message naming the bad argument.
Result<Options, std::string> parse_options(const std::vector<std::string>& args);

/// The usage text printed by --help.
const char* usage();

}  // namespace cme::cli
