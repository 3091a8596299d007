#include "cli/pager.hpp"

namespace cme::cli {
namespace {

constexpr std::string_view kMorePrompt = " --More-- ";
constexpr std::string_view kErasePrompt = "\r\x1b[K";

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    lines.emplace_back(line);
    if (end == std::string_view::npos) {
      break;
    }
    text.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace

bool Pager::start(std::string_view text, std::size_t length, std::string& screen) {
  lines_ = split_lines(text);
  next_ = 0;
  length_ = length;
  waiting_ = false;
  last_was_cr_ = false;
  write_lines(length_ == 0 ? lines_.size() : page_size(), screen);
  return !prompt_if_more(screen);
}

bool Pager::key(char c, std::string& screen) {
  if (!waiting_) {
    return true;
  }
  const bool after_cr = last_was_cr_;
  last_was_cr_ = (c == '\r');
  if (after_cr && (c == '\n' || c == '\0')) {
    return false;  // the second half of a telnet Enter
  }
  screen += kErasePrompt;
  waiting_ = false;
  if (c == ' ') {
    write_lines(page_size(), screen);
  } else if (c == '\r' || c == '\n') {
    write_lines(1, screen);
  } else {
    lines_.clear();
    next_ = 0;
    return true;
  }
  return !prompt_if_more(screen);
}

void Pager::write_lines(std::size_t count, std::string& screen) {
  for (; count > 0 && next_ < lines_.size(); --count, ++next_) {
    screen += lines_[next_];
    screen += "\r\n";
  }
}

bool Pager::prompt_if_more(std::string& screen) {
  waiting_ = next_ < lines_.size();
  if (waiting_) {
    screen += kMorePrompt;
  } else {
    lines_.clear();
    next_ = 0;
  }
  return waiting_;
}

std::size_t Pager::page_size() const {
  return length_ > 1 ? length_ - 1 : 1;
}

}  // namespace cme::cli
