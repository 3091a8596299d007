#pragma once
// The figures of one server in the SCCP registration bench and the table that compares them.

#include <cstdint>
#include <string>
#include <vector>

#include "bench/sccp_register/bench_options.hpp"
#include "bench/sccp_register/phone_fleet.hpp"

namespace cme::bench {

/// What one server did.
struct ServerFigures {
  std::string name;
  RegistrationResult registration;
  KeepaliveResult keepalive;
  std::uint64_t rss_before_kib = 0;      ///< started, configured, no phone
  std::uint64_t rss_registered_kib = 0;  ///< all phones registered
  std::uint64_t rss_end_kib = 0;         ///< after the keepalive window
  double registration_cpu = 0;           ///< server CPU seconds while the phones registered
  double client_registration_cpu = 0;    ///< this process's CPU seconds meanwhile
  double keepalive_cpu_percent = 0;      ///< server CPU over the window, % of one core
  double client_cpu_percent = 0;         ///< this process over the window, % of one core
  std::string error;                     ///< the server did not start

  /// (RSS registered - RSS before) / registered phones, KiB.
  double kib_per_phone() const;
};

/// Prints one row per figure with a column per server, the ratio OpenCME / anchor (when both
/// ran) and the goal.
void print_table(const std::vector<ServerFigures>& figures, const BenchOptions& options);

}  // namespace cme::bench
