#pragma once
// Pager: IOS's "--More--" pager as a pure state machine (terminal length N, 0 = no paging).
// The owner gives it the whole output of a command; it writes N-1 lines, then the prompt
// " --More-- " and waits for a key: space shows the next page, Enter (CR or LF) the next line,
// 'q' / 'Q' (and any other key, as IOS does) stops the output. Answering a key first erases the
// prompt with "\r\x1b[K" (back to column 0, erase the line) so the next text starts there.
// Output lines are written with "\r\n". A page is N-1 lines (at least one, so length 1 still
// advances). A LF or NUL right after a CR key is ignored while waiting, because telnet clients send
// Enter as CR LF or CR NUL; when a CR ends the paging, the owner should drop such a following byte.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cme::cli {

class Pager {
 public:
  /// Starts paging `text` (lines separated by '\n'; a final '\n' does not add an empty line).
  /// `length` is the terminal length (0: everything at once). Appends to `screen`.
  /// Returns true when everything was written, false when the pager waits for a key.
  bool start(std::string_view text, std::size_t length, std::string& screen);

  /// Feeds one typed byte while waiting. Returns true when paging is over (finished or quit).
  bool key(char c, std::string& screen);

  bool waiting() const { return waiting_; }

 private:
  void write_lines(std::size_t count, std::string& screen);
  bool prompt_if_more(std::string& screen);
  std::size_t page_size() const;
  std::vector<std::string> lines_;
  std::size_t next_ = 0;
  std::size_t length_ = 0;
  bool waiting_ = false;
  bool last_was_cr_ = false;  ///< to treat CR LF and CR NUL as one Enter
};

}  // namespace cme::cli
