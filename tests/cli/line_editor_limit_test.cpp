// The line editor's length cap (issue 16 #4: 16 MiB typed without Enter used to grow the
// buffer, and the vty session's memory, without bound).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "cli/line_editor.hpp"

using cme::cli::EditorEventKind;
using cme::cli::LineEditor;

namespace {

/// Feeds `bytes` (all consumed by one call); returns the event and appends the screen bytes.
cme::cli::EditorEvent type(LineEditor& editor, const std::string& bytes, std::string& screen) {
  std::size_t consumed = 0;
  auto event = editor.feed(bytes, consumed, screen);
  REQUIRE(consumed == bytes.size());
  return event;
}

}  // namespace

TEST_CASE("line editor: a line is capped at kMaxLineBytes; typing beyond rings the bell",
          "[cli][line_editor]") {
  LineEditor editor;
  std::string screen;
  editor.begin_line("Router#", screen);
  screen.clear();
  const std::string flood(LineEditor::kMaxLineBytes + 5000, 'x');
  CHECK(type(editor, flood, screen).kind == EditorEventKind::None);
  CHECK(editor.buffer().size() == LineEditor::kMaxLineBytes);
  CHECK(std::count(screen.begin(), screen.end(), '\a') == 5000);  // one bell per refused byte
  SECTION("Enter still ends the (capped) line") {
    CHECK(type(editor, "\r", screen).text.size() == LineEditor::kMaxLineBytes);
  }
  SECTION("an insertion in the middle is refused too; deleting makes room again") {
    type(editor, "\x01", screen);  // Ctrl-A
    type(editor, "y", screen);
    CHECK(editor.buffer().front() == 'x');
    type(editor, "\x05", screen);  // Ctrl-E
    type(editor, "\x7f", screen);
    type(editor, "z", screen);
    CHECK(editor.buffer().back() == 'z');
    CHECK(editor.buffer().size() == LineEditor::kMaxLineBytes);
  }
}
