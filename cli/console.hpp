#pragma once
// The console front-end: the router's own terminal on stdin/stdout. On a TTY it switches the
// terminal to raw mode and runs the full line editor (Terminal); otherwise it reads plain lines
// and prints each prompt with the line after it, like a transcript. Input is read by a helper
// thread (InputReader) and handed to the runtime's io_context, where everything else runs.

#include <boost/asio/io_context.hpp>
#include <functional>
#include <memory>

#include "modes/device.hpp"

namespace cme::cli {

class LineRegistry;

class Console {
 public:
  /// `on_close` runs on the io_context when console input ends (end of file). `exit`/`logout`
  /// end only the console session, as on IOS: "<hostname> con0 is now available", "Press
  /// RETURN to get started.", and the next line (Enter) starts a new session; the router runs
  /// on. The console takes line con 0 in `lines` (show users) while a session runs.
  Console(boost::asio::io_context& io, modes::Device& device, LineRegistry& lines,
          std::function<void()> on_close);
  /// Restores the TTY. Destroy the console after `io` has stopped running (or on its thread);
  /// `io` must outlive it.
  ~Console();
  Console(const Console&) = delete;
  Console& operator=(const Console&) = delete;

  /// Starts reading input. The console session starts at the privilege level of `line con 0`.
  void start();
  /// Ends the console session as `exit` does, once the line being executed is done (reload);
  /// the next Enter starts a new one.
  void end_session();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cme::cli
