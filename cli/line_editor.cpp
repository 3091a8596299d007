#include "cli/line_editor.hpp"

#include <utility>

namespace cme::cli {
namespace {

constexpr char kCtrlA = 0x01;
constexpr char kCtrlB = 0x02;
constexpr char kCtrlC = 0x03;
constexpr char kCtrlD = 0x04;
constexpr char kCtrlE = 0x05;
constexpr char kCtrlF = 0x06;
constexpr char kBackspace = 0x08;
constexpr char kTab = 0x09;
constexpr char kCtrlK = 0x0b;
constexpr char kCtrlN = 0x0e;
constexpr char kCtrlP = 0x10;
constexpr char kCtrlU = 0x15;
constexpr char kCtrlW = 0x17;
constexpr char kCtrlX = 0x18;
constexpr char kCtrlZ = 0x1a;
constexpr char kEscape = 0x1b;
constexpr char kDelete = 0x7f;

// escape_state_ values.
constexpr int kNoEscape = 0;
constexpr int kAfterEscape = 1;  // ESC seen
constexpr int kInCsi = 2;        // ESC [ seen: parameters until a final byte
constexpr int kInSs3 = 3;        // ESC O seen: the next byte is final

constexpr std::string_view kEraseToEnd = "\x1b[K";

bool is_printable(char c) {
  return c >= 0x20 && c < 0x7f;
}

// Bytes that may continue an escape sequence; control bytes abort it and act normally.
bool is_sequence_byte(char c) {
  return static_cast<unsigned char>(c) >= 0x20 && c != kDelete;
}

// CSI parameter (0x30-0x3f) and intermediate (0x20-0x2f) bytes.
bool is_csi_parameter(char c) {
  return c >= 0x20 && c <= 0x3f;
}

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace

LineEditor::LineEditor(std::size_t history_size) : history_size_(history_size) {}

void LineEditor::begin_line(std::string prompt, std::string& screen, bool echo) {
  prompt_ = std::move(prompt);
  buffer_.clear();
  cursor_ = 0;
  echo_ = echo;
  idle_ = false;
  history_pos_ = 0;
  saved_line_.clear();
  escape_state_ = kNoEscape;
  // last_was_cr_ survives: the LF of a CR LF may arrive after the owner started the next line.
  screen += prompt_;
}

EditorEvent LineEditor::feed(std::string_view bytes, std::size_t& consumed, std::string& screen) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    const bool after_cr = last_was_cr_;
    last_was_cr_ = (c == '\r');
    if (idle_ || (after_cr && (c == '\n' || c == '\0'))) {
      continue;
    }
    EditorEvent event = handle_byte(c, screen);
    if (event.kind == EditorEventKind::None) {
      continue;
    }
    consumed = i + 1;
    if (last_was_cr_ && consumed < bytes.size() &&
        (bytes[consumed] == '\n' || bytes[consumed] == '\0')) {
      ++consumed;  // the rest of this Enter
      last_was_cr_ = false;
    }
    return event;
  }
  consumed = bytes.size();
  return {};
}

void LineEditor::redraw_on_new_line(std::string& screen) {
  screen += prompt_;
  if (echo_) {
    screen += buffer_;
    screen.append(buffer_.size() - cursor_, '\b');
  }
}

void LineEditor::complete_to(std::string text, std::string& screen) {
  replace(0, cursor_, text, screen);
}

void LineEditor::add_history(std::string line) {
  if (is_blank(line) || (!history_.empty() && history_.back() == line)) {
    return;
  }
  history_.push_back(std::move(line));
  trim_history();
}

void LineEditor::set_history_size(std::size_t n) {
  history_size_ = n;
  trim_history();
}

void LineEditor::trim_history() {
  while (history_.size() > history_size_) {
    history_.pop_front();
  }
  if (history_pos_ > history_.size()) {
    history_pos_ = history_.size();
  }
}

EditorEvent LineEditor::handle_byte(char c, std::string& screen) {
  if (escape_state_ != kNoEscape && is_sequence_byte(c)) {
    handle_escape(c, screen);
    return {};
  }
  escape_state_ = kNoEscape;
  if (!is_printable(c)) {
    return handle_control(c, screen);
  }
  if (c == '?' && echo_) {
    return help(screen);
  }
  if (buffer_.size() >= kMaxLineBytes) {
    bell(screen);
    return {};
  }
  replace(cursor_, cursor_, std::string_view(&c, 1), screen);
  return {};
}

EditorEvent LineEditor::handle_control(char c, std::string& screen) {
  switch (c) {
    case '\r':
    case '\n':
      return finish(EditorEventKind::Line, "", screen);
    case kCtrlZ:
      return finish(EditorEventKind::CtrlZ, "^Z", screen);
    case kCtrlC:
      return finish(EditorEventKind::CtrlC, "^C", screen);
    case kTab:
      if (echo_) {
        return {EditorEventKind::Complete, buffer_.substr(0, cursor_)};
      }
      return {};
    case kEscape:
      escape_state_ = kAfterEscape;
      return {};
    default:
      handle_editing_key(c, screen);
      return {};
  }
}

void LineEditor::handle_editing_key(char c, std::string& screen) {
  if (c == kBackspace || c == kDelete) {
    delete_left(screen);
  } else if (c == kCtrlA) {
    move_to(0, screen);
  } else if (c == kCtrlE) {
    move_to(buffer_.size(), screen);
  } else if (c == kCtrlB) {
    move_to(cursor_ > 0 ? cursor_ - 1 : 0, screen);
  } else if (c == kCtrlF) {
    move_to(cursor_ < buffer_.size() ? cursor_ + 1 : cursor_, screen);
  } else if (c == kCtrlD) {
    if (cursor_ < buffer_.size()) {
      replace(cursor_, cursor_ + 1, "", screen);
    }
  } else if (c == kCtrlK) {
    replace(cursor_, buffer_.size(), "", screen);
  } else if (c == kCtrlU || c == kCtrlX) {
    replace(0, cursor_, "", screen);
  } else if (c == kCtrlW) {
    delete_word_left(screen);
  } else if (c == kCtrlP && echo_) {
    recall_older(screen);
  } else if (c == kCtrlN && echo_) {
    recall_newer(screen);
  }
  // Every other control byte is ignored.
}

void LineEditor::handle_escape(char c, std::string& screen) {
  if (escape_state_ == kAfterEscape) {
    escape_state_ = c == '[' ? kInCsi : (c == 'O' ? kInSs3 : kNoEscape);
    return;
  }
  if (escape_state_ == kInCsi && is_csi_parameter(c)) {
    return;
  }
  escape_state_ = kNoEscape;  // `c` is the final byte
  if (!echo_) {
    return;
  }
  if (c == 'A') {
    recall_older(screen);
  } else if (c == 'B') {
    recall_newer(screen);
  } else if (c == 'C') {
    move_to(cursor_ < buffer_.size() ? cursor_ + 1 : cursor_, screen);
  } else if (c == 'D') {
    move_to(cursor_ > 0 ? cursor_ - 1 : 0, screen);
  }
}

EditorEvent LineEditor::help(std::string& screen) {
  screen += '?';
  screen.append(buffer_, cursor_);
  screen += "\r\n";
  return {EditorEventKind::Help, buffer_.substr(0, cursor_)};
}

EditorEvent LineEditor::finish(EditorEventKind kind, std::string_view mark, std::string& screen) {
  if (!mark.empty()) {
    move_to(buffer_.size(), screen);
    screen += mark;
  }
  screen += "\r\n";
  idle_ = true;
  escape_state_ = kNoEscape;
  return {kind, buffer_};
}

void LineEditor::move_to(std::size_t pos, std::string& screen) {
  if (echo_) {
    if (pos < cursor_) {
      screen.append(cursor_ - pos, '\b');
    } else {
      screen.append(buffer_, cursor_, pos - cursor_);
    }
  }
  cursor_ = pos;
}

// The one drawing primitive behind every edit: buffer_[from, to) becomes `text` and the cursor
// ends after it. On screen: go to `from`, write the new text and the tail, erase to the end of the
// line when old text went away, and step back over the tail.
void LineEditor::replace(std::size_t from, std::size_t to, std::string_view text,
                         std::string& screen) {
  const bool removes = to > from;
  move_to(from, screen);
  buffer_.replace(from, to - from, text);
  cursor_ = from + text.size();
  if (!echo_) {
    return;
  }
  const std::size_t tail = buffer_.size() - cursor_;
  screen += text;
  screen.append(buffer_, cursor_);
  if (removes) {
    screen += kEraseToEnd;  // clears what is left of a longer old line
  }
  screen.append(tail, '\b');
}

void LineEditor::delete_left(std::string& screen) {
  if (cursor_ == 0) {
    bell(screen);
    return;
  }
  replace(cursor_ - 1, cursor_, "", screen);
}

void LineEditor::delete_word_left(std::string& screen) {
  std::size_t start = cursor_;
  while (start > 0 && buffer_[start - 1] == ' ') {
    --start;
  }
  while (start > 0 && buffer_[start - 1] != ' ') {
    --start;
  }
  replace(start, cursor_, "", screen);
}

void LineEditor::recall_older(std::string& screen) {
  if (history_pos_ >= history_.size()) {
    bell(screen);
    return;
  }
  if (history_pos_ == 0) {
    saved_line_ = buffer_;
  }
  ++history_pos_;
  const std::string entry = history_[history_.size() - history_pos_];
  replace(0, buffer_.size(), entry, screen);
}

void LineEditor::recall_newer(std::string& screen) {
  if (history_pos_ == 0) {
    bell(screen);
    return;
  }
  --history_pos_;
  const std::string entry =
      history_pos_ == 0 ? saved_line_ : history_[history_.size() - history_pos_];
  replace(0, buffer_.size(), entry, screen);
}

void LineEditor::bell(std::string& screen) const {
  if (echo_) {
    screen += '\a';
  }
}

}  // namespace cme::cli
