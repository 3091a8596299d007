#pragma once
// ServerProcess: a server under test run as a child process (fork + execv), its stdout and
// stderr in a log file; the port it announces there, and its RSS and CPU time from /proc.

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace cme::bench {

class ServerProcess {
 public:
  /// Starts `argv` (argv[0] is the program path) with stdout and stderr appended to `log`.
  /// Error: the fork or exec failure text.
  static Result<ServerProcess, std::string> start(const std::vector<std::string>& argv,
                                                  const std::string& log);

  ServerProcess(ServerProcess&& other) noexcept;
  ServerProcess& operator=(ServerProcess&&) = delete;
  ServerProcess(const ServerProcess&) = delete;
  ~ServerProcess();

  /// The port of the first log line holding `marker` ("SCCP listening on"), the number after
  /// its last " port ". Error: the process ended, or no such line within `timeout`.
  Result<std::uint16_t, std::string> wait_for_port(const std::string& marker,
                                                   std::chrono::seconds timeout);
  /// VmRSS in KiB (0 when unreadable).
  std::uint64_t rss_kib() const;
  /// utime + stime in seconds (clock-tick resolution, 10 ms).
  double cpu_seconds() const;
  /// SIGTERM, then SIGKILL after 5 s; idempotent.
  void stop();
  pid_t pid() const { return pid_; }

 private:
  ServerProcess(pid_t pid, std::string log) : pid_(pid), log_(std::move(log)) {}

  pid_t pid_ = -1;
  std::string log_;
};

/// This process's own CPU time (user + system) in seconds: the client's share of the machine.
double own_cpu_seconds();

}  // namespace cme::bench
