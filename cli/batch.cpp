#include "cli/batch.hpp"

#include <algorithm>
#include <stdexcept>

#include "cli/ios_text.hpp"
#include "model/json.hpp"

namespace cme::cli {

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

void enter_config(modes::Session& session) {
  if (!modes::is_config(session.mode())) {
    session.push_mode(modes::ModeFrame{modes::ModeId::Config, "", 0, 0, ""});
  }
}

}  // namespace

BatchCounts apply_config_text(modes::Session& session, std::string_view name, std::string_view text,
                              const BatchSink& sink) {
  BatchCounts counts;
  enter_config(session);
  session.begin_batch();
  while (!text.empty()) {
    const std::string_view line = next_line(text);
    ++counts.lines;
    const std::string prefix = std::string(name) + ":" + std::to_string(counts.lines) + ": ";
    if (const auto nul = line.find('\0'); nul != std::string_view::npos) {
      ++counts.failed;
      std::string shown(line);
      std::replace(shown.begin(), shown.end(), '\0', '?');
      sink.err(prefix + shown + "\n" +
               render_diagnostic(Diagnostic{DiagnosticKind::Invalid, counts.lines, nul, "", {}},
                                 shown, prefix.size()));
      continue;
    }
    auto outcome = session.execute(line);
    if (!outcome.output.empty()) {
      sink.out(outcome.output);
    }
    if (outcome.error) {
      if (outcome.error->kind == DiagnosticKind::Warning) {
        sink.err(prefix + outcome.error->message + "\n");
      } else {
        ++counts.failed;
        sink.err(prefix + std::string(line) + "\n" +
                 render_diagnostic(*outcome.error, line, prefix.size()));
      }
    }
    enter_config(session);
  }
  if (session.collecting_raw()) {
    session.cancel_raw();
    sink.err(std::string(name) + ":" + std::to_string(counts.lines) +
             ": % Warning: banner not terminated: it took every line to the end of the file\n");
  }
  session.commit_batch();
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
  // model/json_values.cpp reads button lists with std::stoul, which throws on a dn that is not
  // a number (found by fuzz/json_config); until the model reports that as a SchemaError, the
  // exception is turned into the JSON error here, at the file boundary.
  Result<model::Config, std::string> config = Err{std::string()};
  try {
    config = model::config_from_json_text(*text);
  } catch (const std::logic_error& e) {
    return Err{std::string("JSON: bad value (") + e.what() + ")"};
  }
  if (!config) {
    return Err{config.error()};
  }
  return model::render_running_config(*config);
}

}  // namespace cme::cli
