#pragma once
// LineEditor: the IOS-style line editor as a pure state machine, shared by every front-end
// (console, telnet vty, transcript runner). Bytes typed by the user go in; the bytes to draw on the
// user's screen come out, plus an event when the user finishes something the owner must act on.
// It knows nothing about commands: `?` and Tab are reported as events and the owner answers them
// (help text, completion) through show_help()/complete_to()/redraw_on_new_line().
//
// Screen bytes use a small vocabulary so that any VT100/ANSI terminal and the test screen
// (tests/support/screen.hpp) render them alike: printable text, "\r\n" for a new line, "\b" to move
// the cursor one column left, "\x1b[K" to erase from the cursor to the end of the line, "\a" bell.
//
// Keys (IOS "editing commands"): printable ASCII inserts at the cursor; Enter (CR, LF, CR LF,
// CR NUL all count once) ends the line; Backspace (0x08) and DEL (0x7f) delete left; Ctrl-A start
// of line; Ctrl-E end; Ctrl-B / Left arrow back one; Ctrl-F / Right arrow forward one; Ctrl-D
// delete at cursor; Ctrl-K delete to end; Ctrl-U (and Ctrl-X) delete to start; Ctrl-W delete the
// word left of the cursor; Ctrl-P / Up arrow previous history entry; Ctrl-N / Down arrow next
// (history recall replaces the whole line); Ctrl-Z reports CtrlZ; Ctrl-C reports CtrlC; Tab reports
// Complete; '?' reports Help (it is not inserted). Arrows arrive as ESC [ A/B/C/D or ESC O A/B/C/D;
// other escape sequences are swallowed.
//
// Drawing details: the editor assumes the terminal cursor sits after the prompt plus
// buffer[0, cursor) and that the line does not wrap. '?' in the middle of a line is drawn inserted
// at the cursor ("sh?ow") before "\r\n", so the scrollback shows where help was asked. Ctrl-Z and
// Ctrl-C first move the cursor to the end of the line so "^Z"/"^C" overwrite nothing. Bell ("\a")
// is written for impossible moves (Backspace at column 0, no older/newer history entry).
// With echo off, nothing typed is drawn; editing keys still edit the (invisible) buffer, '?' is
// inserted, Tab, Ctrl-P/N and the arrows are ignored. Bytes fed while idle are dropped.

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>

namespace cme::cli {

enum class EditorEventKind {
  None,      ///< all input consumed, nothing for the owner to do
  Line,      ///< Enter: `text` is the finished line (the editor has already echoed "\r\n")
  Help,      ///< '?': `text` is the buffer up to the cursor; the editor echoed "?" and "\r\n"
  Complete,  ///< Tab: `text` is the buffer up to the cursor
  CtrlZ,     ///< Ctrl-Z: `text` is the whole buffer; the editor echoed "^Z" and "\r\n"
  CtrlC,     ///< Ctrl-C: `text` is the whole buffer; the editor echoed "^C" and "\r\n"
};

struct EditorEvent {
  EditorEventKind kind = EditorEventKind::None;
  std::string text;
};

class LineEditor {
 public:
  /// The longest line the editor holds, in bytes: a printable byte typed into a full line is
  /// refused with the bell, as IOS does at its line buffer's end (issue 16 #4: without a cap,
  /// a peer that never sends Enter grows the session's memory without bound).
  static constexpr std::size_t kMaxLineBytes = 4096;

  /// `history_size`: how many lines `add_history` keeps (IOS `terminal history size`, default 10).
  explicit LineEditor(std::size_t history_size = 10);

  /// Starts a new input line: clears the buffer, resets history browsing, draws `prompt`.
  /// `echo` false hides typed characters (password prompts) and disables '?', Tab and history:
  /// those bytes are then ordinary input characters.
  void begin_line(std::string prompt, std::string& screen, bool echo = true);

  /// Feeds typed bytes. Appends what to draw to `screen`. Stops after the first event that is not
  /// None and returns it; `consumed` tells how many bytes of `bytes` were used, so the owner can
  /// act and then feed the rest. After Line/CtrlZ/CtrlC the editor is idle until begin_line().
  EditorEvent feed(std::string_view bytes, std::size_t& consumed, std::string& screen);

  /// After a Help event and the owner's help text: draws prompt and the buffer again on a fresh
  /// line, with the cursor where it was. The owner writes its text (ending in "\r\n") first.
  void redraw_on_new_line(std::string& screen);

  /// After a Complete event: replaces the part of the buffer before the cursor with `text` and
  /// redraws the line in place (cursor after `text`).
  void complete_to(std::string text, std::string& screen);

  /// Adds a finished command to the history (empty lines and repeats of the newest are skipped).
  void add_history(std::string line);
  const std::deque<std::string>& history() const { return history_; }
  void set_history_size(std::size_t n);

  const std::string& buffer() const { return buffer_; }
  std::size_t cursor() const { return cursor_; }
  const std::string& prompt() const { return prompt_; }
  bool idle() const { return idle_; }

 private:
  EditorEvent handle_byte(char c, std::string& screen);
  EditorEvent handle_control(char c, std::string& screen);
  void handle_editing_key(char c, std::string& screen);
  void handle_escape(char c, std::string& screen);
  EditorEvent help(std::string& screen);
  EditorEvent finish(EditorEventKind kind, std::string_view mark, std::string& screen);
  void move_to(std::size_t pos, std::string& screen);
  void replace(std::size_t from, std::size_t to, std::string_view text, std::string& screen);
  void delete_left(std::string& screen);
  void delete_word_left(std::string& screen);
  void recall_older(std::string& screen);
  void recall_newer(std::string& screen);
  void bell(std::string& screen) const;
  void trim_history();

  // Implementation state (owned by cli/line_editor.cpp).
  std::string prompt_;
  std::string buffer_;
  std::size_t cursor_ = 0;
  bool echo_ = true;
  bool idle_ = true;
  std::deque<std::string> history_;
  std::size_t history_size_;
  std::size_t history_pos_ = 0;   ///< 0 = editing a new line; k = showing history_[size-k]
  std::string saved_line_;        ///< the new line being typed before history browsing started
  int escape_state_ = 0;          ///< position inside an escape sequence
  bool last_was_cr_ = false;      ///< to treat CR LF and CR NUL as one Enter
};

}  // namespace cme::cli
