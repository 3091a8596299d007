#include "modes/config_merge.hpp"

#include <algorithm>
#include <cstdio>

#include "modes/router.hpp"

namespace cme::modes {

void apply_config_lines(Session& session, std::string_view text, const LineOutcome& each) {
  const auto enter = [&session] {
    if (!is_config(session.mode())) {
      session.push_mode(ModeFrame{ModeId::Config, "", 0, 0, ""});
    }
  };
  enter();
  session.begin_batch();
  std::size_t number = 0;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    const Outcome outcome = session.execute(line);
    each(++number, line, outcome);
    enter();
  }
  session.commit_batch();
}

MergeReport merge_config_text(Router& router, std::string_view text) {
  SessionOptions options;
  options.batch = true;
  options.privilege = 15;
  Session session(router, options);
  MergeReport report;
  apply_config_lines(session, text,
                     [&report](std::size_t number, std::string_view line, const Outcome& o) {
                       report.lines = number;
                       if (!o.ok()) {
                         report.failed.push_back({number, std::string(line)});
                       }
                     });
  return report;
}

std::string bytes_copied_text(std::size_t bytes, double seconds) {
  seconds = std::max(seconds, 0.001);
  char text[96];
  std::snprintf(text, sizeof text, "%zu bytes copied in %.3f secs (%.0f bytes/sec)", bytes, seconds,
                static_cast<double>(bytes) / seconds);
  return text;
}

}  // namespace cme::modes
