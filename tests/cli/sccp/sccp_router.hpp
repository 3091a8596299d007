#pragma once
// SccpRouter: a router with the SCCP service on a real loopback TCP port, for end-to-end tests
// with the SCCP test phone (tests/support/sccp_test_phone.hpp). The io_context runs on its own
// thread; the router (configuration, show commands, the manual clock and timers) is touched
// only on that thread, through on_io(). Time is manual: advance() moves the clock and fires the
// timers (keepalive loss, register timeout) instead of sleeping.

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch.hpp"
#include "cli/runtime_services.hpp"
#include "runtime/sccp/registry/ephone_registry.hpp"
#include "runtime/sccp/sccp_server.hpp"
#include "tests/modes/session_fixture.hpp"
#include "tests/support/manual_timer_service.hpp"
#include "tests/support/sccp_test_phone.hpp"

namespace cme::test {

class SccpRouter {
 public:
  /// Applies `config` (configuration-mode lines) and starts SCCP on 127.0.0.1, a free port.
  explicit SccpRouter(const std::string& config) {
    fixture_.device.add_log_sink([this](const modes::LogLine& l) { logged_.push_back(l.text); });
    apply(config);
    thread_ = std::thread([this] { io_.run(); });
    started_ = on_io([this] { return services_.start(server_).ok(); });
    fixture_.device.set_sccp(&server_.status());
  }
  ~SccpRouter() {
    on_io([this] {
      fixture_.device.set_sccp(nullptr);
      services_.stop();
      return true;
    });
    work_.reset();
    io_.stop();
    thread_.join();
  }

  /// Runs `f` on the io thread and returns its result (waits at most 10 s).
  template <class F>
  auto on_io(F f) -> decltype(f()) {
    std::packaged_task<decltype(f())()> task(std::move(f));
    auto result = task.get_future();
    boost::asio::post(io_, [&task] { task(); });
    REQUIRE(result.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
    return result.get();
  }

  /// Applies configuration lines (as a pasted file) on the io thread; returns the failures.
  std::size_t apply(const std::string& config) {
    const auto run = [&] {
      modes::Session session(fixture_.device, session_options(15, true));
      std::string out;
      std::string err;
      return cli::apply_config_text(session, "test", config, out, err).failed;
    };
    return thread_.joinable() ? on_io(run) : run();
  }
  /// An EXEC command's output (`show ephone registered`, `reset` lines go through `exec()`).
  std::string exec(const std::string& line) {
    return on_io([&] {
      auto o = fixture_.session.execute(line);
      return o.output + (o.ok() ? "" : "%ERROR");
    });
  }
  /// Round trips through the io thread until `ready()` (run there) is true; bounded (at most
  /// 100,000 round trips), for what the kernel and Asio complete on their own (an accept).
  template <class P>
  bool settle(P ready) {
    for (int i = 0; i < 100000; ++i) {
      if (on_io(ready)) {
        return true;
      }
      std::this_thread::yield();
    }
    return false;
  }
  /// Moves the manual clock forward, firing due timers.
  void advance(std::chrono::milliseconds d) {
    on_io([&] { return timers_.advance(d); });
  }
  std::vector<std::string> logged() {
    return on_io([this] { return logged_; });
  }
  /// True when some log line contains `text`.
  bool logged_with(const std::string& text) {
    for (const auto& l : logged()) {
      if (l.find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  }
  /// Waits (settle()) until some log line contains `text`.
  bool wait_logged(const std::string& text) {
    return settle([&] {
      for (const auto& l : logged_) {
        if (l.find(text) != std::string::npos) {
          return true;
        }
      }
      return false;
    });
  }
  std::uint16_t port() const { return port_; }
  bool started() const { return started_; }
  /// The registry's figures, read on the io thread.
  std::size_t registered() {
    return on_io([this] { return server_.registry()->registered(); });
  }
  std::size_t unregistered() {
    return on_io([this] { return server_.registry()->unregistered(); });
  }
  runtime::sccp::RegistryCounters counters() {
    return on_io([this] { return server_.registry()->counters(); });
  }
  /// For settle() predicates, which run on the io thread.
  const runtime::sccp::EphoneRegistry& registry() const { return *server_.registry(); }

 private:
  SessionFixture fixture_;
  std::vector<std::string> logged_;
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_ =
      boost::asio::make_work_guard(io_);
  ManualClock clock_;
  ManualTimerService timers_{clock_};
  cli::RuntimeServices services_{fixture_.device};
  std::uint16_t port_ = 0;
  runtime::sccp::SccpServer server_{io_,
                                    services_,
                                    clock_,
                                    timers_,
                                    runtime::sccp::SccpListen{"127.0.0.1", 0},
                                    [this](const std::string& where) {
                                      port_ = static_cast<std::uint16_t>(
                                          std::stoi(where.substr(where.rfind(' ') + 1)));
                                    }};
  bool started_ = false;
  std::thread thread_;
};

}  // namespace cme::test
