#include "tests/support/screen.hpp"

#include <algorithm>
#include <utility>

namespace cme::test {

void Screen::write(std::string_view bytes) {
  for (const char c : bytes) {
    if (state_ != State::Text && static_cast<unsigned char>(c) < 0x20) {
      state_ = State::Text;  // a control byte abandons an unfinished sequence and acts normally
    }
    switch (state_) {
      case State::Text:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) {
          put(c);
        } else {
          control(c);
        }
        break;
      case State::Escape:
        escape(c);
        break;
      case State::Csi:
        csi(c);
        break;
      case State::Skip:
        state_ = State::Text;
        break;
    }
  }
}

std::string Screen::text() const {
  std::string out;
  for (const std::string& line : lines_) {
    out += line;
    out += '\n';
  }
  out += current_;
  return out;
}

void Screen::clear() {
  lines_.clear();
  current_.clear();
  cursor_ = 0;
  state_ = State::Text;
  params_.clear();
}

void Screen::put(char c) {
  if (cursor_ < current_.size()) {
    current_[cursor_] = c;
  } else {
    current_.resize(cursor_, ' ');
    current_ += c;
  }
  ++cursor_;
}

void Screen::control(char c) {
  if (c == '\n') {
    lines_.push_back(std::move(current_));
    current_.clear();
    cursor_ = 0;
  } else if (c == '\r') {
    cursor_ = 0;
  } else if (c == '\b') {
    if (cursor_ > 0) {
      --cursor_;
    }
  } else if (c == 0x1b) {
    state_ = State::Escape;
  }
  // "\a" and the other control bytes are ignored.
}

void Screen::escape(char c) {
  if (c == '[') {
    state_ = State::Csi;
    params_.clear();
  } else if (c == 'O') {
    state_ = State::Skip;  // SS3: one more byte belongs to the sequence
  } else {
    state_ = State::Text;
  }
}

void Screen::csi(char c) {
  if (c >= 0x20 && c <= 0x3f) {
    params_ += c;
    return;
  }
  state_ = State::Text;
  if (c == 'K') {
    erase_in_line();
  }
}

void Screen::erase_in_line() {
  if (params_.empty() || params_ == "0") {
    if (cursor_ < current_.size()) {
      current_.resize(cursor_);
    }
  } else if (params_ == "1") {
    const std::size_t end = std::min(cursor_ + 1, current_.size());
    current_.replace(0, end, end, ' ');
  } else if (params_ == "2") {
    current_.assign(current_.size(), ' ');
  }
}

}  // namespace cme::test
