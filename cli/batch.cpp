#include "cli/batch.hpp"

#include "cli/ios_text.hpp"
#include "model/json.hpp"

namespace cme::cli {

namespace {

void enter_config(modes::Session& session) {
  if (!modes::is_config(session.mode())) {
    session.push_mode(modes::ModeFrame{modes::ModeId::Config, "", 0, 0, ""});
  }
}

}  // namespace

BatchCounts apply_config_text(modes::Session& session, std::string_view name, std::string_view text,
                              std::string& out, std::string& err) {
  BatchCounts counts;
  enter_config(session);
  session.begin_batch();
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    ++counts.lines;
    auto outcome = session.execute(line);
    out += outcome.output;
    if (outcome.error) {
      const std::string prefix = std::string(name) + ":" + std::to_string(counts.lines) + ": ";
      if (outcome.error->kind == DiagnosticKind::Warning) {
        err += prefix + outcome.error->message + "\n";
      } else {
        ++counts.failed;
        err += prefix + std::string(line) + "\n" +
               render_diagnostic(*outcome.error, line, prefix.size());
      }
    }
    enter_config(session);
  }
  session.commit_batch();
  session.leave_config();
  return counts;
}

bool run_exec_command(modes::Session& session, std::string_view command, std::string& out,
                      std::string& err) {
  auto outcome = session.execute(command);
  out += outcome.output;
  if (outcome.error && outcome.error->kind != DiagnosticKind::Warning) {
    err += std::string(command) + "\n" + render_diagnostic(*outcome.error, command, 0);
    return false;
  }
  if (outcome.error) {
    err += outcome.error->message + "\n";
  }
  return true;
}

Result<std::string, std::string> config_file_text(std::string_view name, std::string content) {
  if (!name.ends_with(".json")) {
    return content;
  }
  auto config = model::config_from_json_text(content);
  if (!config) {
    return Err{config.error()};
  }
  return model::render_running_config(*config);
}

}  // namespace cme::cli
