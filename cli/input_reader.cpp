// InputReader (input_reader.hpp).

#include "cli/input_reader.hpp"

#include <unistd.h>

#include <boost/asio/post.hpp>
#include <cerrno>
#include <cstdio>
#include <exception>
#include <mutex>
#include <thread>

namespace cme::cli {

struct InputReader::Shared {
  std::mutex mutex;
  boost::asio::io_context* io = nullptr;  // null once the reader is destroyed
  std::function<void(std::string)> on_bytes;
  std::function<void()> on_end;
  int fd = -1;
  std::promise<void> done;
  std::shared_future<void> finished = done.get_future().share();

  /// Posts `call` to the io_context unless the reader is gone; false when it is gone. Runs on
  /// the reading thread. The lock keeps the io_context alive while the post is made.
  template <typename Call>
  bool post(Call call) {
    std::lock_guard lock(mutex);
    if (io == nullptr) {
      return false;
    }
    boost::asio::post(*io, std::move(call));
    return true;
  }

  /// Whether the reader still exists; checked by each posted handler before it calls back.
  bool alive() {
    std::lock_guard lock(mutex);
    return io != nullptr;
  }

  /// The reading thread's loop: posts each chunk, then the end, while the reader exists.
  /// `self` is this object, kept alive by each posted handler.
  static void read_all(const std::shared_ptr<Shared>& self) {
    char buf[4096];
    for (;;) {
      const auto n = ::read(self->fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n <= 0) {
        break;
      }
      const bool posted =
          self->post([self, bytes = std::string(buf, static_cast<std::size_t>(n))]() mutable {
            if (self->alive()) {
              self->on_bytes(std::move(bytes));
            }
          });
      if (!posted) {
        return;
      }
    }
    self->post([self] {
      if (self->alive()) {
        self->on_end();
      }
    });
  }
};

InputReader::InputReader(boost::asio::io_context& io, int fd,
                         std::function<void(std::string)> on_bytes, std::function<void()> on_end)
    : shared_(std::make_shared<Shared>()) {
  shared_->io = &io;
  shared_->fd = fd;
  shared_->on_bytes = std::move(on_bytes);
  shared_->on_end = std::move(on_end);
}

InputReader::~InputReader() {
  std::lock_guard lock(shared_->mutex);
  shared_->io = nullptr;
}

std::shared_future<void> InputReader::finished() const {
  return shared_->finished;
}

void InputReader::start() {
  std::thread([s = shared_] {
    try {
      Shared::read_all(s);
    } catch (const std::exception& e) {  // std::bad_alloc: the input ends as at a read error
      std::fprintf(stderr, "input reader: %s\n", e.what());
    }
    s->done.set_value();
  }).detach();
}

}  // namespace cme::cli
