// VtyServer on loopback: line assignment, refusal when every telnet line is busy or refuses
// telnet (`transport input none`), the line freed on exit. The server runs on its own io_context
// thread; the test is a blocking client with receive timeouts, so every wait is bounded.
#include "cli/vty_server.hpp"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <catch2/catch.hpp>
#include <future>
#include <thread>

#include "cli/line_registry.hpp"
#include "runtime/core/asio_timer_service.hpp"
#include "tests/cli/vty_fixture.hpp"
#include "tests/support/fd_limit_guard.hpp"

namespace {

/// A blocking TCP client with a 5 s receive timeout.
class RawClient {
 public:
  explicit RawClient(unsigned short port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    timeval tv{5, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  }
  ~RawClient() { ::close(fd_); }
  void send(std::string_view s) { REQUIRE(::write(fd_, s.data(), s.size()) == ssize_t(s.size())); }
  /// Reads until `text` is seen (true) or the peer closes or times out (false).
  bool read_until(std::string_view text) {
    while (cme::test::telnet_text(wire_).find(text) == std::string::npos) {
      char buf[1024];
      const auto n = ::read(fd_, buf, sizeof buf);
      if (n <= 0) {
        return false;
      }
      wire_.append(buf, static_cast<std::size_t>(n));
    }
    return true;
  }
  /// True when the peer closed the connection (EOF) within the timeout.
  bool closed_by_peer() {
    char buf[1024];
    for (int i = 0; i < 100; ++i) {
      const auto n = ::read(fd_, buf, sizeof buf);
      if (n == 0) {
        return true;
      }
      if (n < 0) {
        return false;
      }
    }
    return false;
  }

 private:
  int fd_;
  std::string wire_;
};

/// Runs `io` on a thread; stops the server on that thread and joins on destruction, also when a
/// REQUIRE fails.
class LoopThread {
 public:
  LoopThread(boost::asio::io_context& io, cme::cli::VtyServer& server)
      : io_(io),
        server_(server),
        work_(boost::asio::make_work_guard(io)),
        thread_([&io] { io.run(); }) {}
  ~LoopThread() {
    std::promise<void> stopped;
    boost::asio::post(io_, [&] {
      server_.stop();
      stopped.set_value();
    });
    stopped.get_future().wait();
    work_.reset();
    io_.stop();
    thread_.join();
  }

 private:
  boost::asio::io_context& io_;
  cme::cli::VtyServer& server_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::thread thread_;
};

}  // namespace

TEST_CASE("vty server: lines are given out lowest first and refused when none is free",
          "[cli][vty][loopback]") {
  cme::test::VtyFixture f;
  f.configure("line vty 0 1\n no login\nline vty 2 4\n no login\n transport input none\n");
  boost::asio::io_context io;
  cme::runtime::AsioTimerService timers(io);
  cme::cli::VtyServer server(io, *f.device, f.lines, timers);
  auto port = server.listen("127.0.0.1", 0);
  REQUIRE(port.ok());
  {
    LoopThread loop(io, server);
    RawClient a(*port);
    REQUIRE(a.read_until("Router>"));
    RawClient b(*port);
    REQUIRE(b.read_until("Router>"));
    RawClient refused(*port);  // vty 2-4 take no telnet
    CHECK(refused.read_until("% Connection refused by remote host\r\n"));
    CHECK(refused.closed_by_peer());
    a.send("show users\r\n");
    CHECK(a.read_until("*  2 vty 0"));
    CHECK(a.read_until("   3 vty 1"));
    a.send("exit\r\n");
    CHECK(a.closed_by_peer());
    RawClient again(*port);  // vty 0 is free again
    REQUIRE(again.read_until("Router>"));
    again.send("show users\r\n");
    CHECK(again.read_until("*  2 vty 0"));
  }
  CHECK(f.lines.active().empty());
}

TEST_CASE("vty server: at the fd limit the listener waits instead of spinning",
          "[cli][vty][loopback]") {
  // Issue 16 #2: async_accept was re-armed at once after EMFILE (100 % CPU, telnet dead).
  cme::test::VtyFixture f;
  f.configure("line vty 0 4\n no login\n");
  boost::asio::io_context io;
  cme::runtime::AsioTimerService timers(io);
  cme::cli::VtyServer server(io, *f.device, f.lines, timers);
  auto port = server.listen("127.0.0.1", 0);
  REQUIRE(port.ok());
  cme::test::warm_up_timers(io);
  RawClient client(*port);  // waits in the backlog
  std::size_t errors = 0;
  {
    // No assertion in here: under UBSan a first vptr check opens a pipe, which fails too.
    cme::test::FdLimitGuard no_more_fds;
    for (int i = 0; i < 200; ++i) {
      io.poll();
      io.restart();
    }
    errors = server.accept_errors();
  }
  CHECK(errors >= 1);
  CHECK(errors <= 2);  // 200 turns of the loop: no spin
  LoopThread loop(io, server);
  CHECK(client.read_until("Router>"));  // accepted once descriptors are free again
}
