// config_load: how fast a configuration file applies and renders (the `opencme -f` path).
//
//   build/bench/config_load [N ...]      (default N = 100000)
//   build/bench/config_load --print N    (writes the generated configuration to stdout)
//
// For each N it generates a CME configuration of exactly N command lines (issue 3: thousands of
// ephone-dns, ephones, voice register dns and pools, the CME globals, and general IOS blocks:
// interfaces, access lists, routes), applies it to a fresh router with a batch session as
// `opencme -f` does, renders show running-config, and checks the round trip.
// Figures are the best of kRepeats runs. Any rejected line aborts the bench (exit status 1).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/batch.hpp"
#include "model/config.hpp"
#include "modes/registry.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "tests/support/memory_store.hpp"

namespace {

using namespace cme;
using Clock = std::chrono::steady_clock;

constexpr int kRepeats = 3;
constexpr unsigned kMaxEphoneDn = 15000;
constexpr std::size_t kDefaultLines = 100000;

// ---------------------------------------------------------------- configuration generator

/// Appends configuration lines and counts them, so that the generator can stop at exactly N.
class ConfigWriter {
 public:
  void line(const std::string& text) {
    text_ += text;
    text_ += '\n';
    ++count_;
  }
  std::size_t count() const { return count_; }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
  std::size_t count_ = 0;
};

std::string octets(std::size_t i) {
  return std::to_string(10 + (i >> 16) % 200) + "." + std::to_string((i >> 8) & 255) + "." +
         std::to_string(i & 255);
}

void add_interface(ConfigWriter& w, std::size_t i) {
  const std::string n = std::to_string(i);
  w.line("interface GigabitEthernet0/" + n);
  w.line(" description access port " + n + " (floor " + std::to_string(i % 12) + ")");
  w.line(" ip address " + octets(i) + ".1 255.255.255.0");
  w.line(i % 4 == 0 ? " shutdown" : " no shutdown");
}

void add_route(ConfigWriter& w, std::size_t i) {
  w.line("ip route " + octets(i) + ".0 255.255.255.0 192.168." + std::to_string(i % 250) + ".1");
}

void add_dhcp_pool(ConfigWriter& w, std::size_t i) {
  const std::string net = octets(i);
  w.line("ip dhcp pool PHONES-" + std::to_string(i));
  w.line(" network " + net + ".0 255.255.255.0");
  w.line(" default-router " + net + ".1");
  w.line(" option 150 ip " + net + ".1");
  w.line(" lease 7");
}

void add_access_list(ConfigWriter& w, std::size_t i) {
  w.line("ip access-list extended VOICE-" + std::to_string(i));
  w.line(" permit udp any any range 16384 32767");
  w.line(" permit tcp any host " + octets(i) + ".1 eq 2000");
  w.line(" permit udp any host " + octets(i) + ".1 eq 5060");
  w.line(" deny ip any any log");
}

/// Returns false when the vty numbers are used up.
// The CME part: numbers are 4-5 digits derived from the tag, MACs from the tag, so that every
// object is unique and every reference (button, number N dn T) names an existing object.
constexpr unsigned kMaxEphones = 1000;  // ephone <1-1000>
constexpr unsigned kMaxPools = 1000;    // voice register pool <1-1000>

std::string mac(unsigned prefix, std::size_t i) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%04X.%04zX.%04zX", prefix, (i >> 16) & 0xffff, i & 0xffff);
  return buf;
}

void add_cme_globals(ConfigWriter& w) {
  for (const char* l : {"telephony-service",
                        " max-ephones 1000",
                        " max-dn 15000",
                        " ip source-address 10.0.0.1 port 2000",
                        " load 7960-7940 P00308010200",
                        " load 7971 SCCP70.9-4-2SR3-1S",
                        " keepalive 45",
                        " max-conferences 8",
                        " url directories http://10.0.0.1/localdirectory",
                        " em logout 19:00",
                        "voice register global",
                        " mode cme",
                        " source-address 10.0.0.1 port 5060",
                        " max-dn 1000",
                        " max-pool 1000",
                        "presence",
                        " presence call-list",
                        " max-subscription 500",
                        "sip-ua",
                        " presence enable"}) {
    w.line(l);
  }
}

void add_ephone_dn(ConfigWriter& w, std::size_t i) {
  const std::string tag = std::to_string(1 + i);
  w.line("ephone-dn " + tag + (i % 3 == 0 ? " dual-line" : ""));
  w.line(" number " + std::to_string(20000 + i));
  w.line(" label Line " + tag);
  w.line(" name User " + tag);
  w.line(" allow watch");
}

void add_ephone(ConfigWriter& w, std::size_t i) {
  w.line("ephone " + std::to_string(1 + i));
  w.line(" mac-address " + mac(0x0019, i));
  w.line(" type 7960");
  w.line(" blf-speed-dial 1 " + std::to_string(20000 + (i + 1) % kMaxEphoneDn) + " label \"Next\"");
  w.line(" button 1:" + std::to_string(1 + i) + " 2:" + std::to_string(1 + kMaxEphones + i));
  w.line(i % 4 == 0 ? " keepalive 60" : " keep-conference endcall");
}

void add_register_dn_and_pool(ConfigWriter& w, std::size_t i) {
  const std::string tag = std::to_string(1 + i);
  w.line("voice register dn " + tag);
  w.line(" number " + std::to_string(60000 + i));
  w.line(" allow watch");
  w.line("voice register pool " + tag);
  w.line(" id mac " + mac(0x0024, i));
  w.line(" type 7970");
  w.line(" number 1 dn " + tag);
  w.line(" username sip" + tag + " password secret" + tag);
}

/// Exactly `n` lines: a header and the CME globals, then ephone-dns (5 lines each, up to
/// 15000), ephones (6 lines, up to 1000, after the dns they show), voice register dns and pools
/// (8 lines, up to 1000) and general IOS blocks; single-line `ip route`s fill the rest.
std::string generate_config(std::size_t n) {
  ConfigWriter w;
  if (n >= 22) {
    w.line("hostname BENCH-CME");
    w.line("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0");
    add_cme_globals(w);
  }
  const std::size_t dn_count = std::min<std::size_t>(kMaxEphoneDn, n * 3 / 5 / 5);
  std::size_t dns = 0, ephones = 0, pools = 0, ifs = 0, routes = 0, acls = 0, pools_dhcp = 0;
  for (std::size_t step = 0; w.count() < n; ++step) {
    const std::size_t left = n - w.count();
    const std::size_t kind = step % 4;
    if (dns < dn_count && left >= 5) {
      add_ephone_dn(w, dns++);
    } else if (kind == 0 && ephones < std::min<std::size_t>(kMaxEphones, dns / 2) && left >= 6) {
      add_ephone(w, ephones++);
    } else if (kind == 1 && pools < kMaxPools && left >= 8) {
      add_register_dn_and_pool(w, pools++);
    } else if (kind == 2 && left >= 4) {
      add_interface(w, ifs++);
    } else if (kind == 3 && left >= 5) {
      if (step % 8 == 3) {
        add_access_list(w, acls++);
      } else {
        add_dhcp_pool(w, pools_dhcp++);
      }
    } else {
      add_route(w, routes++);
    }
  }
  return w.take();
}

// ---------------------------------------------------------------- router under test

/// One router with an in-memory startup-config, as `opencme --no-runtime` builds it.
struct Rig {
  explicit Rig(const modes::ModeRegistry& registry)
      : device(registry, store, [] { return std::chrono::system_clock::now(); }) {}
  test::MemoryStore store;
  modes::Device device;
};

struct Applied {
  std::unique_ptr<Rig> rig;
  cli::BatchCounts counts;
  std::string err;
};

Applied apply(const modes::ModeRegistry& registry, const std::string& text) {
  Applied a{std::make_unique<Rig>(registry), {}, {}};
  modes::SessionOptions options;
  options.batch = true;
  options.privilege = 15;
  modes::Session session(a.rig->device, options);
  std::string out;
  a.counts = cli::apply_config_text(session, "bench.cfg", text, out, a.err);
  return a;
}

/// Prints the first rejected lines and returns false when any line failed.
bool report_errors(const Applied& a, std::size_t n, const char* what) {
  if (a.counts.failed == 0) {
    return true;
  }
  std::cerr << "config_load: " << what << " (N = " << n << "): " << a.counts.failed << " of "
            << a.counts.lines << " lines rejected; first errors:\n";
  std::size_t shown = 0;
  std::size_t pos = 0;
  while (pos < a.err.size() && shown < 30) {
    const auto nl = a.err.find('\n', pos);
    std::cerr << a.err.substr(pos, nl - pos) << '\n';
    pos = nl == std::string::npos ? a.err.size() : nl + 1;
    ++shown;
  }
  return false;
}

// ---------------------------------------------------------------- measurement

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

/// The best (shortest) of kRepeats runs of `fn`, in seconds.
double best_of(const std::function<void()>& fn) {
  double best = 1e300;
  for (int i = 0; i < kRepeats; ++i) {
    const auto start = Clock::now();
    fn();
    best = std::min(best, seconds_since(start));
  }
  return best;
}

/// Peak resident set size of this process so far (VmHWM), in KiB; 0 when unknown.
long peak_rss_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) {
      return std::strtol(line.c_str() + 6, nullptr, 10);
    }
  }
  return 0;
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

/// Rendered text re-applied to a fresh router renders to the same bytes.
bool round_trip(const modes::ModeRegistry& registry, const model::Config& config, std::size_t n) {
  const std::string body = model::render_running_config(config);
  const Applied again = apply(registry, body);
  if (!report_errors(again, n, "re-applying the rendered configuration")) {
    return false;
  }
  const bool same = model::show_running_config(*again.rig->device.running()) ==
                    model::show_running_config(config);
  if (!same) {
    std::cerr << "config_load: round trip (N = " << n << "): renderings differ\n";
  }
  return same;
}

struct Row {
  std::size_t n = 0;
  double apply_lps = 0;
  double render_lps = 0;
  std::size_t rendered_lines = 0;
  long peak_kib = 0;
  bool round_trip_ok = false;
};

/// Measures one N into `row`; false (after printing the errors) when a line was rejected.
bool measure(const modes::ModeRegistry& registry, std::size_t n, Row& row) {
  const std::string text = generate_config(n);
  Applied kept = apply(registry, text);
  if (!report_errors(kept, n, "applying the generated configuration")) {
    return false;
  }
  const double apply_s = best_of([&] { kept = apply(registry, text); });
  const auto running = kept.rig->device.running();
  std::string rendered;
  const double render_s = best_of([&] { rendered = model::show_running_config(*running); });
  row.n = n;
  row.apply_lps = static_cast<double>(n) / apply_s;
  row.rendered_lines = count_lines(rendered);
  row.render_lps = static_cast<double>(row.rendered_lines) / render_s;
  row.round_trip_ok = round_trip(registry, *running, n);
  row.peak_kib = peak_rss_kib();
  return true;
}

void print_header() {
  std::printf("%10s %16s %16s %14s %14s\n", "N", "apply lines/s", "render lines/s",
              "rendered lines", "peak RSS KiB");
}

void print_row(const Row& r) {
  std::printf("%10zu %16.0f %16.0f %14zu %14ld\n", r.n, r.apply_lps, r.render_lps, r.rendered_lines,
              r.peak_kib);
  std::fflush(stdout);
}

std::vector<std::size_t> parse_sizes(int argc, char** argv) {
  std::vector<std::size_t> sizes;
  for (int i = 1; i < argc; ++i) {
    char* end = nullptr;
    const unsigned long long v = std::strtoull(argv[i], &end, 10);
    if (end == argv[i] || *end != '\0' || v == 0) {
      std::cerr << "usage: config_load [N ...]   (N: number of configuration lines, > 0)\n";
      std::exit(2);
    }
    sizes.push_back(static_cast<std::size_t>(v));
  }
  if (sizes.empty()) {
    sizes.push_back(kDefaultLines);
  }
  return sizes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--print") {
    std::cout << generate_config(parse_sizes(argc - 1, argv + 1).front());
    return 0;
  }
  const auto sizes = parse_sizes(argc, argv);
  std::unique_ptr<modes::ModeRegistry> registry;
  const double build_s = best_of([&] {
    auto built = modes::ModeRegistry::build();
    if (!built) {
      std::cerr << "config_load: command tables are inconsistent:\n" << built.error() << "\n";
      std::exit(1);
    }
    registry = std::move(*built);
  });
  std::printf("command tables: built in %.2f ms (best of %d)\n", build_s * 1e3, kRepeats);
  print_header();
  bool all_round_trips = true;
  for (const auto n : sizes) {
    Row row;
    if (!measure(*registry, n, row)) {
      return 1;
    }
    print_row(row);
    all_round_trips = all_round_trips && row.round_trip_ok;
  }
  std::printf("round trip: %s\n", all_round_trips ? "ok" : "FAILED");
  return all_round_trips ? 0 : 1;
}
