#include "cli/options.hpp"

#include <charconv>

namespace cme::cli {

const char* usage() {
  return "usage: opencme [-f FILE]... [-c CMD]... [--startup-config FILE] [--no-runtime]\n"
         "               [--no-console] [--listen ADDR] [--sip-port N] [--sccp-port N]\n"
         "               [--vty-port N] [--http-port N] [--tftp-port N]\n"
         "  no -f/-c: start the router with a console (load the startup-config)\n"
         "  -f FILE   apply a configuration file as if pasted in configuration mode\n"
         "  -c CMD    run an EXEC command; -f and -c run in order, then opencme exits\n"
         "            (status 1 if any line failed)\n";
}

Result<Options, std::string> parse_options(const std::vector<std::string>& args) {
  Options o;
  struct PortFlag {
    const char* name;
    unsigned* port;
  };
  const PortFlag ports[] = {{"--sip-port", &o.sip_port},
                            {"--sccp-port", &o.sccp_port},
                            {"--vty-port", &o.vty_port},
                            {"--http-port", &o.http_port},
                            {"--tftp-port", &o.tftp_port}};
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> const std::string* { return i + 1 < args.size() ? &args[++i] : nullptr; };
    if (a == "-h" || a == "--help") {
      o.help = true;
    } else if (a == "--no-runtime") {
      o.no_runtime = true;
    } else if (a == "--no-console") {
      o.no_console = true;
    } else if (a == "-f" || a == "-c" || a == "--startup-config" || a == "--listen") {
      const auto* v = value();
      if (v == nullptr) {
        return Err{"opencme: " + a + " needs a value"};
      }
      if (a == "-f" || a == "-c") {
        o.steps.push_back({a == "-f" ? BatchStep::Kind::File : BatchStep::Kind::Command, *v});
      } else if (a == "--listen") {
        o.listen = *v;
        o.listen_given = true;
      } else {
        o.startup_config = *v;
        o.startup_config_given = true;
      }
    } else {
      bool matched = false;
      for (const auto& p : ports) {
        if (a != p.name) {
          continue;
        }
        const auto* v = value();
        unsigned n = 0;
        if (v == nullptr ||
            std::from_chars(v->data(), v->data() + v->size(), n).ec != std::errc() || n > 65535) {
          return Err{"opencme: " + a + " needs a port number 0-65535"};
        }
        *p.port = n;
        matched = true;
        o.sip_port_given = o.sip_port_given || p.port == &o.sip_port;
      }
      if (!matched) {
        return Err{"opencme: unknown argument '" + a + "'"};
      }
    }
  }
  return o;
}

}  // namespace cme::cli
