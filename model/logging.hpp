#pragma once
// `logging buffered`, `logging console`, `logging monitor`: where the system log goes and from
// which severity on (IOS system message logging; seed 001's `logging buffered 2000000
// debugging`). Other `logging ...` commands are kept verbatim. A command sets the parts it
// names and keeps the others; unset parts are IOS defaults (size 4096 bytes, level debugging).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cme::model {

/// Syslog severities 0 (emergencies) .. 7 (debugging).
inline constexpr unsigned kSeverityDebugging = 7;
inline constexpr unsigned kSeverityInformational = 6;
/// IOS default size of the logging buffer, and its limits (`logging buffered <4096-2147483647>`).
inline constexpr std::uint32_t kDefaultLogBufferBytes = 4096;
inline constexpr std::uint32_t kMinLogBufferBytes = 4096;
inline constexpr std::uint32_t kMaxLogBufferBytes = 2147483647;

/// `logging buffered [size] [level]`: present when configured.
struct BufferedLogging {
  std::optional<std::uint32_t> size;  ///< bytes; unset = 4096
  std::optional<unsigned> level;      ///< 0-7; unset = debugging
  bool operator==(const BufferedLogging&) const = default;

  std::uint32_t effective_size() const { return size.value_or(kDefaultLogBufferBytes); }
  unsigned effective_level() const { return level.value_or(kSeverityDebugging); }
};

/// `logging console [level]` / `logging monitor [level]`: on by default at debugging;
/// `no logging console` turns it off.
struct LoggingTarget {
  bool enabled = true;
  std::optional<unsigned> level;  ///< 0-7; unset = debugging
  bool operator==(const LoggingTarget&) const = default;

  unsigned effective_level() const { return level.value_or(kSeverityDebugging); }
  /// True when a message of `severity` (0-7) goes to this target.
  bool allows(unsigned severity) const { return enabled && severity <= effective_level(); }
};

struct Logging {
  std::optional<BufferedLogging> buffered;  ///< unset: no logging buffer
  LoggingTarget console;
  LoggingTarget monitor;
  bool operator==(const Logging&) const = default;

  /// True when a message of `severity` goes to the logging buffer.
  bool buffer_allows(unsigned severity) const {
    return buffered && severity <= buffered->effective_level();
  }
};

/// IOS name of severity 0-7: "emergencies", "alerts", "critical", "errors", "warnings",
/// "notifications", "informational", "debugging"; "debugging" above 7.
const char* severity_name(unsigned severity);

/// The severity for a level as typed in a command: "0".."7" or a full severity name
/// (case-insensitive). nullopt otherwise.
std::optional<unsigned> severity_from_word(std::string_view word);

/// The running-config lines of `logging`, without newlines, in IOS order (buffered, console,
/// monitor): e.g. "logging buffered 2000000 debugging", "no logging console". Empty when
/// everything is at its default.
std::vector<std::string> logging_lines(const Logging& logging);

}  // namespace cme::model
