#pragma once
// Screen: a minimal scrolling terminal for tests. It renders the byte vocabulary of the line
// editor and the pager (cli/line_editor.hpp, cli/pager.hpp) into the text a person would see, so
// tests and the transcript runner compare visible text instead of raw escape bytes.
//
// Rendering rules:
// - a printable byte (anything from 0x20 up, except DEL) overwrites the cell under the cursor (or
//   extends the line) and moves the cursor right; there is no line wrap;
// - "\n" (so also "\r\n") commits the whole current line to the scrollback, whatever the cursor
//   column, and starts a new empty line with the cursor at column 0;
// - a lone "\r" moves the cursor to column 0;
// - "\b" moves the cursor one column left, never below 0;
// - "\x1b[K" (and "\x1b[0K") erases from the cursor to the end of the line; "\x1b[1K" blanks from
//   the start of the line through the cursor; "\x1b[2K" blanks the whole line;
// - every other "ESC [ params final" sequence is ignored, as is ESC followed by any other byte
//   (two-byte sequences such as ESC O are ignored with their next byte);
// - "\a", DEL and the other control bytes are ignored.
// Escape sequences may be split across write() calls; a control byte inside one abandons it.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cme::test {

class Screen {
 public:
  /// Renders `bytes` as a terminal would.
  void write(std::string_view bytes);

  /// The committed lines (scrollback), oldest first, without line terminators.
  const std::vector<std::string>& lines() const { return lines_; }
  /// The line being drawn (not yet ended by "\n").
  const std::string& current() const { return current_; }
  /// The cursor column in current().
  std::size_t cursor() const { return cursor_; }

  /// Committed lines each followed by '\n', then current() if it is not empty.
  std::string text() const;

  /// Forgets everything: no lines, empty current line, cursor at 0, no pending escape sequence.
  void clear();

 private:
  enum class State { Text, Escape, Csi, Skip };

  void put(char c);
  void control(char c);
  void escape(char c);
  void csi(char c);
  void erase_in_line();

  std::vector<std::string> lines_;
  std::string current_;
  std::size_t cursor_ = 0;
  State state_ = State::Text;
  std::string params_;  ///< parameter bytes of the CSI sequence being read
};

}  // namespace cme::test
