#include "modes/log_buffer.hpp"

namespace cme::modes {

LogBuffer::LogBuffer(std::size_t capacity) : capacity_(capacity) {}

void LogBuffer::append(std::string line) {
  bytes_ += line.size() + 1;
  lines_.push_back(std::move(line));
  trim();
}

void LogBuffer::set_capacity(std::size_t bytes) {
  capacity_ = bytes;
  trim();
}

void LogBuffer::clear() {
  lines_.clear();
  bytes_ = 0;
}

void LogBuffer::trim() {
  while (bytes_ > capacity_ && !lines_.empty()) {
    bytes_ -= lines_.front().size() + 1;
    lines_.pop_front();
  }
}

}  // namespace cme::modes
