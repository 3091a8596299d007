#include "modes/config_merge.hpp"

#include <algorithm>
#include <cstdio>

#include "modes/device.hpp"

namespace cme::modes {

namespace {

/// The first line of `text` without its end (LF, CR LF or a lone CR); `text` moves past it.
std::string_view next_line(std::string_view& text) {
  const auto end = text.find_first_of("\r\n");
  const std::string_view line = text.substr(0, end);
  std::size_t skip = end == std::string_view::npos ? text.size() : end + 1;
  if (end != std::string_view::npos && text[end] == '\r' && end + 1 < text.size() &&
      text[end + 1] == '\n') {
    ++skip;
  }
  text.remove_prefix(skip);
  return line;
}

void enter_config(Session& session) {
  if (!is_config(session.mode())) {
    session.push_mode(ModeFrame{ModeId::Config, "", 0, 0, ""});
  }
}

}  // namespace

void apply_config_lines(Session& session, std::string_view text, const LineOutcome& each) {
  enter_config(session);
  session.begin_batch();
  std::size_t number = 0;
  while (!text.empty()) {
    const std::string_view line = next_line(text);
    ++number;
    if (const auto nul = line.find('\0'); nul != std::string_view::npos) {
      // A NUL byte fails its own line only (issue 16 #6); it is shown as '?'.
      std::string shown(line);
      std::replace(shown.begin(), shown.end(), '\0', '?');
      Outcome refused;
      refused.error = Diagnostic{DiagnosticKind::Invalid, number, nul, "", {}};
      each(number, shown, refused);
      continue;
    }
    each(number, line, session.execute(line));
    enter_config(session);
  }
  if (session.collecting_raw()) {
    session.cancel_raw();
    Outcome warning;
    warning.error = make_warning(
        "% Warning: banner not terminated: it took every line to the end of the file");
    each(number, "", warning);
  }
  session.commit_batch();
}

MergeReport merge_config_text(Device& device, std::string_view text) {
  SessionOptions options;
  options.batch = true;
  options.privilege = 15;
  Session session(device, options);
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
