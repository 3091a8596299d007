#include "cli/batch.hpp"

#include <algorithm>
#include <stdexcept>

#include "cli/ios_text.hpp"
#include "model/json.hpp"
#include "modes/config_merge.hpp"

namespace cme::cli {

BatchCounts apply_config_text(modes::Session& session, std::string_view name, std::string_view text,
                              const BatchSink& sink) {
  BatchCounts counts;
  modes::apply_config_lines(
      session, text, [&](std::size_t number, std::string_view line, const modes::Outcome& outcome) {
        counts.lines = number;
        if (!outcome.output.empty()) {
          sink.out(outcome.output);
        }
        if (!outcome.error) {
          return;
        }
        const std::string prefix = std::string(name) + ":" + std::to_string(number) + ": ";
        if (outcome.error->kind == DiagnosticKind::Warning) {
          sink.err(prefix + outcome.error->message + "\n");
        } else {
          ++counts.failed;
          sink.err(prefix + std::string(line) + "\n" +
                   render_diagnostic(*outcome.error, line, prefix.size()));
        }
      });
  session.leave_config();
  return counts;
}

BatchCounts apply_config_text(modes::Session& session, std::string_view name, std::string_view text,
                              std::string& out, std::string& err) {
  BatchSink sink;
  sink.out = [&out](std::string_view t) { out += t; };
  sink.err = [&err](std::string_view t) { err += t; };
  return apply_config_text(session, name, text, sink);
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

Result<std::string, std::string> config_bytes_text(std::string content) {
  const auto starts = [&content](std::string_view prefix) {
    return std::string_view(content).starts_with(prefix);
  };
  const bool utf16 = starts("\xFF\xFE") || starts("\xFE\xFF") ||
                     (content.size() >= 2 && (content[0] == '\0') != (content[1] == '\0'));
  if (utf16) {
    return Err{std::string("the file is UTF-16 text; save it as ASCII or UTF-8")};
  }
  if (starts("\xEF\xBB\xBF")) {
    content.erase(0, 3);
  }
  return content;
}

Result<std::string, std::string> config_file_text(std::string_view name, std::string content) {
  auto text = config_bytes_text(std::move(content));
  if (!text || !name.ends_with(".json")) {
    return text;
  }
  const auto config = model::config_from_json_text(*text);
  if (!config) {
    return Err{config.error()};
  }
  return model::render_running_config(*config);
}

}  // namespace cme::cli
