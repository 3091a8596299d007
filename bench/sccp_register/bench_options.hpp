#pragma once
// The command line of bench/sccp_register (README.md there).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace cme::bench {

struct BenchOptions {
  std::size_t phones = 5000;                  ///< --phones N
  std::size_t concurrency = 200;              ///< --concurrency C: phones registering at a time
  std::chrono::seconds keepalive{30};         ///< --keepalive S: telephony-service keepalive
  std::chrono::seconds window{30};            ///< --window S: keepalive measurement
  std::chrono::seconds register_timeout{60};  ///< --register-timeout S
  std::string opencme;         ///< --opencme PATH (default: ../opencme from this binary)
  bool skip_anchor = false;    ///< --no-anchor
  bool anchor_server = false;  ///< --anchor: be the anchor server (internal)
  bool help = false;
};

/// Parses argv[1..]. Error: a one-line message naming the bad argument.
Result<BenchOptions, std::string> parse_bench_options(const std::vector<std::string>& args);

/// The usage text.
const char* bench_usage();

}  // namespace cme::bench
