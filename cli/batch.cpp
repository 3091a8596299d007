#include "cli/batch.hpp"

#include "cli/ios_text.hpp"
#include "model/json.hpp"
#include "modes/config_merge.hpp"

namespace cme::cli {

BatchCounts apply_config_text(modes::Session& session, std::string_view name, std::string_view text,
                              std::string& out, std::string& err) {
  BatchCounts counts;
  modes::apply_config_lines(
      session, text, [&](std::size_t number, std::string_view line, const modes::Outcome& outcome) {
        counts.lines = number;
        out += outcome.output;
        if (!outcome.error) {
          return;
        }
        const std::string prefix = std::string(name) + ":" + std::to_string(number) + ": ";
        if (outcome.error->kind == DiagnosticKind::Warning) {
          err += prefix + outcome.error->message + "\n";
        } else {
          ++counts.failed;
          err += prefix + std::string(line) + "\n" +
                 render_diagnostic(*outcome.error, line, prefix.size());
        }
      });
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
