#pragma once
// Reads a file descriptor (the console's stdin) on a helper thread with blocking reads, which
// work alike for TTYs, pipes and regular files (epoll refuses regular files), and hands what it
// reads to callbacks that run on an io_context.
//
// The thread is detached: a read from a TTY can block until the process exits, so it cannot be
// joined. What it shares with the reader sits behind a mutex, and the destructor cuts the link:
// after ~InputReader the thread never touches the io_context or the callbacks again, and no
// callback runs, even one already posted. So the io_context only has to outlive the reader.

#include <boost/asio/io_context.hpp>
#include <functional>
#include <future>
#include <memory>
#include <string>

namespace cme::cli {

class InputReader {
 public:
  /// `on_bytes` gets each chunk read from `fd` (1 to 4096 bytes, as read(2) returned it), in
  /// order; `on_end` runs once after the last chunk, when read(2) returns 0 (end of input) or
  /// fails. Both run on `io`, never on the reading thread. `fd` is not closed by the reader.
  InputReader(boost::asio::io_context& io, int fd, std::function<void(std::string)> on_bytes,
              std::function<void()> on_end);
  /// Detaches the callbacks and the io_context from the thread (see the file comment). Run it
  /// on the thread that runs `io`, or while `io` is not running, so that no callback is running
  /// at the same time.
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  /// Starts the reading thread. Call once.
  void start();

  /// Becomes ready when the reading thread has ended (after end of input or a read error).
  /// It stays usable after the reader is destroyed; tests wait on it.
  std::shared_future<void> finished() const;

 private:
  struct Shared;
  std::shared_ptr<Shared> shared_;
};

}  // namespace cme::cli
