#pragma once
// LogBuffer: the lines of `logging buffered` (IOS's in-memory syslog buffer, shown by `show
// logging` and emptied by `clear logging`). Bounded by a size in bytes: each line counts its
// length plus one for its newline, and the oldest lines are dropped to make room.

#include <cstddef>
#include <deque>
#include <string>

namespace cme::modes {

class LogBuffer {
 public:
  /// An empty buffer of `capacity` bytes.
  explicit LogBuffer(std::size_t capacity);

  /// Appends `line` (a timestamped log line without '\n'), then drops the oldest lines until
  /// the total fits the capacity. A line longer than the whole capacity is not kept.
  void append(std::string line);
  /// Changes the capacity in bytes (`logging buffered <size>`), dropping the oldest lines that
  /// no longer fit.
  void set_capacity(std::size_t bytes);
  /// Empties the buffer (`clear logging`); the capacity stays.
  void clear();

  std::size_t capacity() const { return capacity_; }
  /// Bytes in use: the lines' lengths plus one newline each.
  std::size_t bytes() const { return bytes_; }
  /// The lines, oldest first.
  const std::deque<std::string>& lines() const { return lines_; }

 private:
  void trim();

  std::deque<std::string> lines_;
  std::size_t bytes_ = 0;
  std::size_t capacity_;
};

}  // namespace cme::modes
