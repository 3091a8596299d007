// System message logging settings: severity names and show running-config lines.
#include "model/logging.hpp"

#include <array>
#include <cctype>

#include "common/ascii.hpp"

namespace cme::model {

namespace {

constexpr std::array<const char*, 8> kSeverityNames = {"emergencies",   "alerts",   "critical",
                                                       "errors",        "warnings", "notifications",
                                                       "informational", "debugging"};

/// "logging console warnings" / "no logging console" / nothing (the default).
void target_line(std::vector<std::string>& out, const char* name, const LoggingTarget& t) {
  if (!t.enabled) {
    out.push_back(std::string("no logging ") + name);
  } else if (t.level) {
    out.push_back(std::string("logging ") + name + ' ' + severity_name(*t.level));
  }
}

}  // namespace

const char* severity_name(unsigned severity) {
  return kSeverityNames[severity < kSeverityNames.size() ? severity : kSeverityDebugging];
}

std::optional<unsigned> severity_from_word(std::string_view word) {
  if (word.size() == 1 && word[0] >= '0' && word[0] <= '7') {
    return static_cast<unsigned>(word[0] - '0');
  }
  for (unsigned i = 0; i < kSeverityNames.size(); ++i) {
    if (equal_ci(word, kSeverityNames[i])) {
      return i;
    }
  }
  return std::nullopt;
}

std::vector<std::string> logging_lines(const Logging& logging) {
  std::vector<std::string> out;
  if (logging.buffered) {
    std::string line = "logging buffered";
    if (logging.buffered->size) {
      line += ' ' + std::to_string(*logging.buffered->size);
    }
    if (logging.buffered->level) {
      line += ' ';
      line += severity_name(*logging.buffered->level);
    }
    out.push_back(std::move(line));
  }
  target_line(out, "console", logging.console);
  target_line(out, "monitor", logging.monitor);
  return out;
}

}  // namespace cme::model
