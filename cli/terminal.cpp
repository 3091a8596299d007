#include "cli/terminal.hpp"

#include "cli/ios_text.hpp"

namespace cme::cli {

std::string to_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (char c : text) {
    if (c == '\n') {
      out += '\r';
    }
    out += c;
  }
  return out;
}

Terminal::Terminal(modes::Session& session)
    : session_(session), editor_(session.terminal().history_size) {}

std::string Terminal::start() {
  std::string screen;
  editor_.begin_line(session_.prompt(), screen, session_.echo());
  return screen;
}

std::string Terminal::feed(std::string_view bytes) {
  std::string screen;
  while (!bytes.empty() && !closed_) {
    if (pager_.waiting()) {
      const char c = bytes.front();
      bytes.remove_prefix(1);
      if (pager_.key(c, screen)) {
        drop_lf_after_cr_ = c == '\r';
        after_output(screen);
      }
      continue;
    }
    if (drop_lf_after_cr_) {
      drop_lf_after_cr_ = false;
      if (bytes.front() == '\n' || bytes.front() == '\0') {
        bytes.remove_prefix(1);
        continue;
      }
    }
    if (session_.wants_key()) {
      answer_key(bytes.front(), screen);
      bytes.remove_prefix(1);
      continue;
    }
    std::size_t consumed = 0;
    auto ev = editor_.feed(bytes, consumed, screen);
    // A CR that ended a line may be followed by LF or NUL in the next bytes: drop it even when
    // a single-key question, not the editor, reads the next byte.
    drop_lf_after_cr_ =
        ev.kind == EditorEventKind::Line && consumed > 0 && bytes[consumed - 1] == '\r';
    bytes.remove_prefix(consumed);
    switch (ev.kind) {
      case EditorEventKind::None:
        break;
      case EditorEventKind::Line:
        on_line(ev.text, screen);
        break;
      case EditorEventKind::Help: {
        const auto answer = session_.help(ev.text);
        screen += to_crlf(
            render_help(answer, ev.text, editor_.prompt().size(), session_.terminal().width));
        editor_.redraw_on_new_line(screen);
        break;
      }
      case EditorEventKind::Complete:
        if (auto done = session_.complete(ev.text)) {
          editor_.complete_to(*done, screen);
        } else {
          screen += "\r\n";
          editor_.redraw_on_new_line(screen);
        }
        break;
      case EditorEventKind::CtrlZ:
      case EditorEventKind::CtrlC:
        busy_ = true;
        show(session_.ctrl_z().output, screen);
        break;
    }
  }
  return screen;
}

void Terminal::on_line(const std::string& text, std::string& screen) {
  const std::size_t indent = editor_.prompt().size();
  if (session_.echo()) {
    editor_.set_history_size(session_.terminal().history_size);
    editor_.add_history(text);
  }
  busy_ = true;
  auto outcome = session_.execute(text);
  std::string out = std::move(outcome.output);
  if (outcome.error) {
    out += render_diagnostic(*outcome.error, text, indent);
  }
  show(out, screen);
}

void Terminal::answer_key(char key, std::string& screen) {
  // Enter (CR, LF) takes the default; a CR's LF or NUL is dropped like after the pager.
  const bool enter = key == '\r' || key == '\n';
  drop_lf_after_cr_ = key == '\r';
  screen += "\r\n";
  busy_ = true;
  auto outcome = session_.execute(enter ? std::string_view() : std::string_view(&key, 1));
  show(outcome.output, screen);
}

void Terminal::show(std::string_view text, std::string& screen) {
  if (pager_.start(text, session_.terminal().length, screen)) {
    after_output(screen);
  }
}

void Terminal::after_output(std::string& screen) {
  busy_ = false;
  flush_logs(screen);
  if (session_.closed()) {
    closed_ = true;
    return;
  }
  editor_.begin_line(session_.prompt(), screen, session_.echo());
}

void Terminal::flush_logs(std::string& screen) {
  while (!pending_logs_.empty()) {
    screen += to_crlf(pending_logs_.front()) + "\r\n";
    pending_logs_.pop_front();
  }
}

std::string Terminal::log(std::string_view line) {
  if (busy_ || pager_.waiting() || editor_.idle()) {
    pending_logs_.emplace_back(line);
    return {};
  }
  // Draw the log line on its own line, then the prompt and what was typed so far.
  std::string screen = "\r\n" + to_crlf(line) + "\r\n";  // debug output spans lines
  editor_.redraw_on_new_line(screen);
  return screen;
}

}  // namespace cme::cli
