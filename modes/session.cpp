#include "modes/session.hpp"

#include <algorithm>

#include "modes/device.hpp"
#include "modes/verbatim.hpp"
#include "parser/output_filter.hpp"
#include "parser/text.hpp"
#include "parser/token.hpp"

namespace cme::modes {

namespace {

/// True when the line's first word is `do`: an EXEC command from a configuration mode, whose
/// errors are the EXEC graph's own (IOS's caret), never a configuration line to keep or walk up.
bool is_do_line(std::string_view line) {
  const auto tokens = parser::tokenize(line);
  return !tokens.empty() && parser::to_lower(tokens.front().text) == "do";
}

}  // namespace

model::Config& CommandContext::edit() {
  return session.edit();
}
const model::Config& CommandContext::view() const {
  return session.view();
}

Session::Session(Device& device, SessionOptions options)
    : device_(device), options_(std::move(options)), privilege_(options_.privilege) {
  stack_.push_back(ModeFrame{ModeId::UserExec, "", 0, 0, ""});
  if (privilege_ >= 15) {
    stack_.push_back(ModeFrame{ModeId::PrivExec, "", 0, 0, ""});
  }
  if (options_.batch) {
    terminal_.length = 0;
  }
}

Session::~Session() = default;

std::string Session::prompt() const {
  if (question_) {
    return question_->prompt;
  }
  if (raw_) {
    return "";  // banner text is typed without a prompt
  }
  const auto& f = stack_.back();
  std::string p = view().hostname;
  if (is_config(f.mode)) {
    p += '(';
    p += f.prompt.empty() ? std::string(mode_info(f.mode).prompt) : f.prompt;
    p += ')';
  }
  p += f.mode == ModeId::UserExec ? '>' : '#';
  return p;
}

Outcome Session::execute(std::string_view line) {
  if (question_) {
    return answer(line);
  }
  if (raw_) {
    if (raw_(*this, line)) {
      raw_ = nullptr;
    }
    finish_line(true);  // each banner line is visible to other sessions at once
    return {};
  }
  const auto text = parser::trim_right(line);
  auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos || text[first] == '!') {
    return {};
  }
  if (!options_.batch && (history_.empty() || history_.back() != text.substr(first))) {
    history_.emplace_back(text.substr(first));
    while (history_.size() > terminal_.history_size) {
      history_.pop_front();
    }
  }
  return execute_line(text);
}

Outcome Session::execute_line(std::string_view line) {
  if (auto up = prefer_ancestor(line)) {
    return std::move(*up);
  }
  auto m = parser::match(device_.registry().table(mode()).graph(), line);
  if (m) {
    return run(*m);
  }
  if (m.error().kind == DiagnosticKind::Invalid && !is_do_line(line)) {
    if (auto handled = try_fallbacks(line, m.error())) {
      return std::move(*handled);
    }
  } else if (m.error().kind == DiagnosticKind::Incomplete) {
    // `presence` in ephone mode is an incomplete `presence call-list` here but a whole command
    // in global configuration: IOS runs the complete one.
    if (auto up = walk_up(line, nullptr)) {
      return std::move(*up);
    }
  }
  return Outcome{"", m.error()};
}

std::optional<Outcome> Session::walk_up(std::string_view line, std::optional<Diagnostic>* best) {
  for (std::size_t d = stack_.size(); d-- > 1;) {
    const ModeId ancestor = stack_[d - 1].mode;
    if (!is_config(ancestor)) {
      break;
    }
    auto m = parser::match(device_.registry().table(ancestor).graph(), line);
    if (m) {
      stack_.resize(d);
      return run(*m);
    }
    if (best != nullptr && (!*best || m.error().column > (*best)->column)) {
      *best = m.error();
    }
  }
  return std::nullopt;
}

bool Session::refused_value(std::string_view line, const Diagnostic& here) const {
  if (mode() == ModeId::Verbatim) {
    return false;
  }
  // A CME mode recognised the command's keywords and refused the value or end that had to
  // follow (`mac-address 0012.7F57.62G5`, `ip source-address 10.1.1.300`): that error stands,
  // the line is not general IOS to keep as text. `ip http server` in telephony-service stops
  // where keywords were expected, so it still goes to global configuration. Likewise at global
  // configuration: `logging buffered 100` is a bad size, not a `logging` line to keep verbatim,
  // while `logging host 10.1.1.1` stops where a keyword was expected and is kept.
  const auto tokens = parser::tokenize(line);
  for (const auto& t : tokens) {
    if (t.end() < here.column) {
      continue;
    }
    if (&t == &tokens.front()) {
      return false;
    }
    const auto answer = help(line.substr(0, t.column));
    return std::any_of(answer.entries.begin(), answer.entries.end(), [](const auto& e) {
      const char c = e.token.empty() ? ' ' : e.token.front();
      return c == '<' || (c >= 'A' && c <= 'Z');
    });
  }
  return false;
}

std::optional<Outcome> Session::try_fallbacks(std::string_view line, const Diagnostic& here) {
  Outcome out;
  const auto ok = [&](bool applied) -> std::optional<Outcome> {
    finish_line(applied);
    if (applied) {
      return std::move(out);
    }
    return std::nullopt;
  };
  if (mode() == ModeId::Line && apply_line_subcommand(*this, line)) {
    return ok(true);
  }
  const bool in_block = mode() == ModeId::Verbatim;
  const bool indented = !line.empty() && parser::is_blank(line.front());
  if (in_block && indented && apply_verbatim_subline(*this, line)) {
    return ok(true);
  }
  // Walk up: a line that matches nothing here runs in the nearest ancestor that accepts it.
  std::optional<Diagnostic> best;
  if (auto up = walk_up(line, &best)) {
    return up;
  }
  if (in_block && apply_verbatim_subline(*this, line)) {
    return ok(true);
  }
  if (is_config(mode()) && !refused_value(line, here)) {
    const auto saved = stack_;
    while (mode() != ModeId::Config) {
      stack_.pop_back();
    }
    if (apply_known_ios(*this, line, out.output)) {
      return ok(true);
    }
    stack_ = saved;
  }
  if (best && best->kind != DiagnosticKind::Invalid) {
    return Outcome{"", best};
  }
  return std::nullopt;
}

std::optional<Outcome> Session::prefer_ancestor(std::string_view line) {
  if (!is_config(mode()) || mode() == ModeId::Config) {
    return std::nullopt;
  }
  const auto begin = line.find_first_not_of(" \t");
  if (begin == std::string_view::npos || line[begin] == '"') {
    return std::nullopt;
  }
  const auto end = line.find_first_of(" \t", begin);
  // IOS prefers a whole keyword to an abbreviation: `ephone-dn 3` typed in ephone-dn mode is
  // the global command, not an abbreviation of the mode's `ephone-dn-template`.
  const std::string first =
      parser::to_lower(line.substr(begin, end == std::string_view::npos ? end : end - begin));
  const auto& here = device_.registry().table(mode()).graph();
  if (here.find_keyword(here.root(), first) != parser::kNoNode) {
    return std::nullopt;
  }
  for (std::size_t d = stack_.size() - 1; d-- > 0 && is_config(stack_[d].mode);) {
    const auto& graph = device_.registry().table(stack_[d].mode).graph();
    if (graph.find_keyword(graph.root(), first) == parser::kNoNode) {
      continue;
    }
    auto m = parser::match(graph, line);
    if (!m) {
      return std::nullopt;
    }
    stack_.resize(d + 1);
    return run(*m);
  }
  return std::nullopt;
}

Outcome Session::run(const parser::Match& m) {
  const ModeId table_mode = m.via_do ? ModeId::PrivExec : mode();
  const CommandTable& table = device_.registry().table(table_mode);
  Outcome out;
  CommandContext ctx{*this, device_, m.args, m.form, out.output};
  ctx.json = m.filter && m.filter->kind == parser::FilterKind::Json;
  auto r = table.action(m.tag)(ctx);
  if (ctx.json && !ctx.json_written && r.ok()) {
    out.output = "% JSON output is not available for this command\n";
  }
  const bool applied = r.ok() || r.error().kind == DiagnosticKind::Warning;
  if (!r.ok()) {
    out.error = std::move(r).error();
  }
  finish_line(applied);
  if (m.filter && applied) {
    auto filter = parser::OutputFilter::compile(m.filter->kind, m.filter->pattern);
    if (filter) {
      out.output = filter->apply(out.output);
    } else {
      out.output = filter.error() + "\n";
    }
  }
  return out;
}

void Session::finish_line(bool ok) {
  if (line_candidate_) {
    if (ok) {
      device_.commit(std::move(line_candidate_));
    }
    line_candidate_.reset();
  }
}

Outcome Session::ctrl_z() {
  raw_ = nullptr;
  question_.reset();
  if (is_config(mode())) {
    leave_config();
  }
  return {};
}

Outcome Session::answer(std::string_view line) {
  Question q = std::move(*question_);
  question_.reset();
  Outcome out;
  const auto text = parser::trim_right(line);
  q.on_answer(*this, text.empty() ? std::string_view(q.default_answer) : text, out.output);
  finish_line(true);
  return out;
}

void Session::ask(Question q, std::string& out) {
  if (options_.batch) {
    q.on_answer(*this, q.default_answer, out);
    return;
  }
  question_ = std::move(q);
}

parser::HelpAnswer Session::help(std::string_view before_cursor) const {
  return parser::help(device_.registry().table(mode()).graph(), before_cursor);
}

std::optional<std::string> Session::complete(std::string_view before_cursor) const {
  return parser::complete(device_.registry().table(mode()).graph(), before_cursor);
}

void Session::push_mode(ModeFrame frame) {
  stack_.push_back(std::move(frame));
}

void Session::leave_config() {
  while (is_config(mode())) {
    stack_.pop_back();
  }
  if (!options_.batch) {
    device_.log("%SYS-5-CONFIG_I: Configured from console by " + options_.origin);
  }
}

void Session::exit_mode() {
  if (mode() == ModeId::Config) {
    leave_config();
  } else if (is_config(mode())) {
    stack_.pop_back();
  } else {
    close();
  }
}

model::Config& Session::edit() {
  if (batch_candidate_) {
    return *batch_candidate_;
  }
  if (!line_candidate_) {
    line_candidate_ = std::make_shared<model::Config>(*device_.running());
  }
  return *line_candidate_;
}

const model::Config& Session::view() const {
  if (batch_candidate_) {
    return *batch_candidate_;
  }
  if (line_candidate_) {
    return *line_candidate_;
  }
  return *device_.running();
}

void Session::begin_batch() {
  batch_candidate_ = std::make_shared<model::Config>(*device_.running());
}

void Session::commit_batch() {
  raw_ = nullptr;
  if (batch_candidate_) {
    device_.commit(std::move(batch_candidate_));
    batch_candidate_.reset();
  }
}

}  // namespace cme::modes
