#include "bench/sccp_register/bench_options.hpp"

#include <charconv>
#include <optional>

namespace cme::bench {

namespace {

std::optional<std::size_t> number(const std::string& text, std::size_t low, std::size_t high) {
  std::size_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value < low || value > high) {
    return std::nullopt;
  }
  return value;
}

/// Sets the option `name` from `value`; false when the name is unknown or the value is bad.
bool set_numeric(BenchOptions& o, const std::string& name, const std::string& value) {
  struct Numeric {
    const char* name;
    std::size_t low;
    std::size_t high;
  };
  static constexpr Numeric kNumeric[] = {{"--phones", 1, 10000},
                                         {"--concurrency", 1, 256},
                                         {"--keepalive", 10, 65535},
                                         {"--window", 1, 3600},
                                         {"--register-timeout", 1, 3600}};
  for (const auto& n : kNumeric) {
    if (name != n.name) {
      continue;
    }
    const auto v = number(value, n.low, n.high);
    if (!v) {
      return false;
    }
    if (name == "--phones") {
      o.phones = *v;
    } else if (name == "--concurrency") {
      o.concurrency = *v;
    } else if (name == "--keepalive") {
      o.keepalive = std::chrono::seconds(*v);
    } else if (name == "--window") {
      o.window = std::chrono::seconds(*v);
    } else {
      o.register_timeout = std::chrono::seconds(*v);
    }
    return true;
  }
  return false;
}

}  // namespace

Result<BenchOptions, std::string> parse_bench_options(const std::vector<std::string>& args) {
  BenchOptions o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      o.help = true;
    } else if (a == "--anchor") {
      o.anchor_server = true;
    } else if (a == "--no-anchor") {
      o.skip_anchor = true;
    } else if (i + 1 >= args.size()) {
      return Err{"missing value or unknown option: " + a};
    } else if (a == "--opencme") {
      o.opencme = args[++i];
    } else if (!set_numeric(o, a, args[++i])) {
      return Err{"bad option or value: " + a + " " + args[i]};
    }
  }
  return o;
}

const char* bench_usage() {
  return "usage: sccp_register [--phones N (5000, 1-10000)] [--concurrency C (200, 1-256)]\n"
         "                     [--keepalive S (30)] [--window S (30)] [--register-timeout S (60)]\n"
         "                     [--opencme PATH (../opencme)] [--no-anchor]\n"
         "Registers N SCCP phones with OpenCME and with a trivial Asio anchor server, keeps them\n"
         "alive for the window, and prints registration time, RSS per phone and keepalive CPU.\n";
}

}  // namespace cme::bench
