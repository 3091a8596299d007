#pragma once
// Terminal: one interactive front-end's glue between typed bytes and a Session: the line editor
// (echo, editing keys, history), `?` help and Tab completion, the --More-- pager, and log lines
// that arrive while the user types. Transport-free: the console, telnet vty and the transcript
// tests all drive it with bytes and write what it returns to the user's screen.

#include <deque>
#include <string>
#include <string_view>

#include "cli/line_editor.hpp"
#include "cli/pager.hpp"
#include "modes/session.hpp"

namespace cme::cli {

class Terminal {
 public:
  explicit Terminal(modes::Session& session);

  /// The first prompt. Call once before feed().
  std::string start();
  /// Feeds typed bytes; returns the bytes to draw ("\r\n" line ends).
  std::string feed(std::string_view bytes);
  /// A log line for this user ("*Nov 22 ...: %SYS-5-CONFIG_I: ..."). Returns bytes to draw now;
  /// while a command runs or the pager waits, the line is kept and drawn before the next prompt.
  std::string log(std::string_view line);
  /// True once the user ended the session (exit/logout in EXEC).
  bool closed() const { return closed_; }
  const LineEditor& editor() const { return editor_; }

 private:
  void on_line(const std::string& text, std::string& screen);
  void show(std::string_view text, std::string& screen);
  void answer_key(char key, std::string& screen);
  void after_output(std::string& screen);
  void flush_logs(std::string& screen);

  modes::Session& session_;
  LineEditor editor_;
  Pager pager_;
  std::deque<std::string> pending_logs_;
  bool busy_ = false;
  bool closed_ = false;
  bool drop_lf_after_cr_ = false;  ///< the last key was a CR: ignore one LF or NUL after it
};

/// Converts '\n' line ends to "\r\n" for a terminal.
std::string to_crlf(std::string_view text);

}  // namespace cme::cli
