#include "bench/sccp_register/report.hpp"

#include <fmt/format.h>

#include <functional>
#include <iostream>

namespace cme::bench {

namespace {

struct Row {
  std::string label;
  std::function<double(const ServerFigures&)> value;
  const char* format;  ///< fmt spec of one value
  std::string goal;
};

std::vector<Row> rows(const BenchOptions& o) {
  const auto n = o.phones;
  return {
      {fmt::format("register {} phones (s)", n), [](auto& f) { return f.registration.seconds; },
       "{:.3f}", fmt::format("< 2 s at 5000")},
      {"registrations / s",
       [](auto& f) {
         return f.registration.seconds > 0 ? f.registration.registered / f.registration.seconds : 0;
       },
       "{:.0f}", ""},
      {"server CPU while registering (s)", [](auto& f) { return f.registration_cpu; }, "{:.2f}",
       ""},
      {"client CPU while registering (s)", [](auto& f) { return f.client_registration_cpu; },
       "{:.2f}", ""},
      {"RSS before phones (KiB)", [](auto& f) { return double(f.rss_before_kib); }, "{:.0f}", ""},
      {"RSS all registered (KiB)", [](auto& f) { return double(f.rss_registered_kib); }, "{:.0f}",
       ""},
      {"RSS after keepalives (KiB)", [](auto& f) { return double(f.rss_end_kib); }, "{:.0f}", ""},
      {"KiB per registered ephone", [](auto& f) { return f.kib_per_phone(); }, "{:.2f}", "< 16"},
      {fmt::format("keepalive CPU, % of a core ({} s)", o.keepalive.count()),
       [](auto& f) { return f.keepalive_cpu_percent; }, "{:.3f}", "< 2 %"},
      {"keepalives sent", [](auto& f) { return double(f.keepalive.sent); }, "{:.0f}", ""},
      {"keepalives acknowledged", [](auto& f) { return double(f.keepalive.acked); }, "{:.0f}", ""},
      {"client CPU over the window (%)", [](auto& f) { return f.client_cpu_percent; }, "{:.3f}",
       ""},
  };
}

}  // namespace

double ServerFigures::kib_per_phone() const {
  const auto n = registration.registered;
  if (n == 0) {
    return 0;
  }
  return (static_cast<double>(rss_registered_kib) - static_cast<double>(rss_before_kib)) /
         static_cast<double>(n);
}

void print_table(const std::vector<ServerFigures>& figures, const BenchOptions& options) {
  std::string out = fmt::format("\n{:<36}", "");
  for (const auto& f : figures) {
    out += fmt::format("{:>12}", f.name);
  }
  const bool ratio = figures.size() == 2;
  out += fmt::format("{:>10}  {}\n", ratio ? "ratio" : "", "goal");
  for (const auto& row : rows(options)) {
    out += fmt::format("{:<36}", row.label);
    for (const auto& f : figures) {
      out += fmt::format("{:>12}", fmt::format(fmt::runtime(row.format), row.value(f)));
    }
    const double anchor = ratio ? row.value(figures[1]) : 0;
    out += anchor != 0 ? fmt::format("{:>9.2f}x", row.value(figures[0]) / anchor)
                       : fmt::format("{:>10}", "");
    out += "  " + row.goal + "\n";
  }
  std::cout << out << std::flush;
}

}  // namespace cme::bench
