#pragma once
// VtySession: one telnet vty line, transport-free: the telnet codec, the login dialogue, then an
// EXEC session with the console's line editor, `?`, Tab, history and --More-- pager
// (cli/terminal.hpp). The owner (cli/vty_server.hpp, or a test) feeds it the socket's bytes and
// sends what it asks to send. Timers run on the injected TimerService:
//   - login: 30 s at a Username:/Password: prompt, then "% Password:  timeout expired!";
//   - EXEC: the line's `exec-timeout M S` (default 10 min, 0 0 = never) since the last input.
// Logs reach the session while `terminal monitor` is on and `logging monitor` allows them.
// `%SYS-5-CONFIG_I` names it "vty<N> (<peer>)", or "<user> on vty<N> (<peer>)" with login local.

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "cli/telnet_codec.hpp"
#include "cli/vty_login.hpp"
#include "runtime/core/timer_service.hpp"

namespace cme::modes {
class Device;
class Session;
}  // namespace cme::modes

namespace cme::cli {

class LineRegistry;
class Terminal;

class VtySession {
 public:
  /// How the session reaches its connection. `send` gets bytes for the socket in order;
  /// `close` is called once when the session ends (the owner closes the socket; it must not
  /// destroy the VtySession from inside the call).
  struct Io {
    std::function<void(std::string bytes)> send;
    std::function<void()> close;
  };

  /// Vty line `relative` (vty 0 = 0) for a client at `peer` ("127.0.0.1"). The line must already
  /// be occupied in `lines` by the owner; the session releases it when it ends.
  VtySession(modes::Device& device, LineRegistry& lines, runtime::TimerService& timers,
             unsigned relative, std::string peer, Io io);
  ~VtySession();
  VtySession(const VtySession&) = delete;
  VtySession& operator=(const VtySession&) = delete;

  /// Sends the telnet negotiation and the login dialogue (or the refusal, then ends).
  void start();
  /// Bytes read from the socket.
  void receive(std::string_view bytes);
  /// Ends the session (peer closed, `clear line`, server shutdown). Idempotent.
  void end();
  bool ended() const { return ended_; }
  /// Absolute line number (vty N = 2 + N).
  unsigned absolute() const;
  /// The EXEC session after login; nullptr before.
  modes::Session* session() const { return session_.get(); }

 private:
  void feed_login(std::string_view data);
  void begin_exec();
  void feed_exec(std::string_view data);
  void apply_window(const WindowSize& w);
  void send_text(std::string_view text);
  void arm_login_timer();
  void arm_exec_timer();
  void cancel_timer();
  void on_log(const std::string& line, unsigned severity);

  modes::Device& device_;
  LineRegistry& lines_;
  runtime::TimerService& timers_;
  unsigned relative_;
  std::string peer_;
  Io io_;
  TelnetCodec codec_;
  VtyLogin login_;
  std::unique_ptr<modes::Session> session_;
  std::unique_ptr<Terminal> terminal_;
  WindowSize window_;
  runtime::TimerHandle timer_ = 0;
  int log_sink_ = 0;
  bool ended_ = false;
};

}  // namespace cme::cli
