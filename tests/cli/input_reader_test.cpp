// InputReader: chunks and the end of input reach the io_context in order, and a reader
// destroyed before its input ends leaves the io_context alone (the console's "exit" while the
// reading thread still runs).
#include "cli/input_reader.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <boost/asio/executor_work_guard.hpp>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>

using cme::cli::InputReader;

namespace {

struct Pipe {
  int read = -1;
  int write = -1;
  Pipe() {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    read = fds[0];
    write = fds[1];
  }
  ~Pipe() {
    close_write();
    ::close(read);
  }
  void send(const std::string& bytes) const {
    REQUIRE(::write(write, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  }
  void close_write() {
    if (write >= 0) {
      ::close(write);
      write = -1;
    }
  }
};

/// Runs `io` until `done` or 200 rounds of 20 ms each (the work guard keeps it waiting for
/// the reading thread's posts).
template <typename Done>
void run_until(boost::asio::io_context& io, Done done) {
  const auto guard = boost::asio::make_work_guard(io);
  for (int round = 0; round < 200 && !done(); ++round) {
    io.restart();
    io.run_for(std::chrono::milliseconds{20});
  }
}

}  // namespace

TEST_CASE("input reader: bytes then the end, on the io_context's thread", "[cli][console]") {
  boost::asio::io_context io;
  Pipe pipe;
  std::string got;
  int ends = 0;
  bool bytes_after_end = false;
  InputReader reader(
      io, pipe.read,
      [&](std::string bytes) {
        bytes_after_end = bytes_after_end || ends > 0;
        got += bytes;
      },
      [&] { ++ends; });
  reader.start();
  pipe.send("enable\n");
  pipe.send("show privilege\n");
  pipe.close_write();
  run_until(io, [&] { return ends > 0; });
  CHECK(got == "enable\nshow privilege\n");
  CHECK(ends == 1);
  CHECK_FALSE(bytes_after_end);
  CHECK(reader.finished().wait_for(std::chrono::seconds{5}) == std::future_status::ready);
}

TEST_CASE("input reader: nothing is called once the reader is gone", "[cli][console]") {
  Pipe pipe;
  int calls = 0;
  auto io = std::make_unique<boost::asio::io_context>();
  auto reader = std::make_unique<InputReader>(
      *io, pipe.read, [&](std::string) { ++calls; }, [&] { ++calls; });
  reader->start();
  const auto finished = reader->finished();

  SECTION("input that arrives after the reader and its io_context are destroyed") {
    reader.reset();
    io.reset();
    pipe.send("exit\n");
    pipe.close_write();
    // The thread reads the line, finds the reader gone and ends without posting.
    REQUIRE(finished.wait_for(std::chrono::seconds{5}) == std::future_status::ready);
  }
  SECTION("handlers posted before the reader is destroyed do not call back") {
    pipe.send("exit\n");
    pipe.close_write();
    REQUIRE(finished.wait_for(std::chrono::seconds{5}) == std::future_status::ready);
    reader.reset();
    io->restart();
    io->run_for(std::chrono::milliseconds{20});
  }
  CHECK(calls == 0);
}
