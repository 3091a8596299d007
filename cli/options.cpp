#include "cli/options.hpp"

#include <charconv>

namespace cme::cli {

const char* usage() {
  return "usage: opencme [-f FILE]... [-c CMD]... [--startup-config FILE] [--no-runtime]\n"
         "               [--no-console] [--listen ADDR] [--sip-port N] [--sccp-port N]\n"
         "               [--vty-port N] [--http-port N] [--tftp-port N]\n"
         "               [--sip-tcp-max N] [--sip-tcp-per-source N] [--sip-tcp-idle SECONDS]\n"
         "  no -f/-c: start the router with a console (load the startup-config)\n"
         "  -f FILE   apply a configuration file as if pasted in configuration mode\n"
         "  -c CMD    run an EXEC command; -f and -c run in order, then opencme exits\n"
         "            (status 1 if any line failed)\n";
}

namespace {

/// The decimal number `text` (all of it) when it lies in [low, high]; nullopt otherwise.
std::optional<unsigned> number(const std::string* text, unsigned low, unsigned high) {
  unsigned n = 0;
  if (text == nullptr) {
    return std::nullopt;
  }
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc() || end != text->data() + text->size() || n < low || n > high) {
    return std::nullopt;
  }
  return n;
}

}  // namespace

Result<Options, std::string> parse_options(const std::vector<std::string>& args) {
  Options o;
  struct PortFlag {
    const char* name;
    unsigned* port;
  };
  struct CountFlag {
    const char* name;
    unsigned* value;
  };
  const CountFlag counts[] = {{"--sip-tcp-max", &o.sip_tcp_max},
                              {"--sip-tcp-per-source", &o.sip_tcp_per_source},
                              {"--sip-tcp-idle", &o.sip_tcp_idle}};
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
        const auto n = number(value(), 0, 65535);
        if (!n) {
          return Err{"opencme: " + a + " needs a port number 0-65535"};
        }
        *p.port = *n;
        matched = true;
        o.sip_port_given = o.sip_port_given || p.port == &o.sip_port;
        o.sccp_port_given = o.sccp_port_given || p.port == &o.sccp_port;
      }
      for (const auto& c : counts) {
        if (a != c.name) {
          continue;
        }
        const auto n = number(value(), 1, 4000000000u);
        if (!n) {
          return Err{"opencme: " + a + " needs a number above 0"};
        }
        *c.value = *n;
        matched = true;
      }
      if (!matched) {
        return Err{"opencme: unknown argument '" + a + "'"};
      }
    }
  }
  return o;
}

}  // namespace cme::cli
