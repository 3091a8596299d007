#pragma once
// The console front-end: the router's own terminal on stdin/stdout. On a TTY it switches the
// terminal to raw mode and runs the full line editor (Terminal); otherwise it reads plain lines
// and prints each prompt with the line after it, like a transcript. Input is read by a helper
// thread (InputReader) and handed to the runtime's io_context, where everything else runs.

#include <boost/asio/io_context.hpp>
#include <functional>
#include <memory>

#include "modes/router.hpp"

namespace cme::cli {

class LineRegistry;

class Console {
 public:
  /// `on_close` runs on the io_context when the user exits or input ends. The console takes
  /// line con 0 in `lines` (show users) while it runs.
  Console(boost::asio::io_context& io, modes::Router& router, LineRegistry& lines,
          std::function<void()> on_close);
  /// Restores the TTY. Destroy the console after `io` has stopped running (or on its thread);
  /// `io` must outlive it.
  ~Console();
  Console(const Console&) = delete;
  Console& operator=(const Console&) = delete;

  /// Starts reading input. The console session starts at the privilege level of `line con 0`.
  void start();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cme::cli
