#include "cli/line_editor.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tests/support/screen.hpp"

using cme::cli::EditorEvent;
using cme::cli::EditorEventKind;
using cme::cli::LineEditor;
using Lines = std::vector<std::string>;
using namespace std::string_view_literals;

namespace {

std::string ctrl(char letter) {
  return std::string(1, static_cast<char>(letter & 0x1f));
}

// An editor wired to a test screen, the way a front-end owns one.
struct Terminal {
  explicit Terminal(std::size_t history_size = 10) : editor(history_size) {}

  void begin(std::string prompt = "Router#", bool echo = true) {
    std::string out;
    editor.begin_line(std::move(prompt), out, echo);
    screen.write(out);
  }

  // Feeds `bytes`, which must all be consumed by this one call.
  EditorEvent type(std::string_view bytes) {
    std::string out;
    std::size_t consumed = 0;
    EditorEvent event = editor.feed(bytes, consumed, out);
    screen.write(out);
    REQUIRE(consumed == bytes.size());
    return event;
  }

  // The visible line is prompt + buffer and the screen cursor is at the editor's cursor.
  void check_line(std::string_view buffer, std::size_t cursor) {
    CHECK(editor.buffer() == buffer);
    CHECK(editor.cursor() == cursor);
    CHECK(screen.current() == editor.prompt() + std::string(buffer));
    CHECK(screen.cursor() == editor.prompt().size() + cursor);
  }

  LineEditor editor;
  cme::test::Screen screen;
};

}  // namespace

TEST_CASE("line_editor: begin_line draws the prompt and typing is echoed", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  CHECK(t.screen.current() == "Router#");
  CHECK_FALSE(t.editor.idle());
  CHECK(t.type("show version").kind == EditorEventKind::None);
  t.check_line("show version", 12);
  const EditorEvent event = t.type("\r");
  CHECK(event.kind == EditorEventKind::Line);
  CHECK(event.text == "show version");
  CHECK(t.editor.idle());
  CHECK(t.screen.lines() == Lines{"Router#show version"});
  CHECK(t.screen.current().empty());
}

TEST_CASE("line_editor: each Enter variant ends the line once", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  const std::string_view enter = GENERATE("\r"sv, "\n"sv, "\r\n"sv, "\r\0"sv);
  const EditorEvent event = t.type(std::string("exit") + std::string(enter));
  CHECK(event.kind == EditorEventKind::Line);
  CHECK(event.text == "exit");
  t.begin();
  CHECK(t.type("x").kind == EditorEventKind::None);
  CHECK(t.screen.lines() == Lines{"Router#exit"});
  t.check_line("x", 1);
}

TEST_CASE("line_editor: CR LF split across reads is one Enter", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  CHECK(t.type("exit\r").kind == EditorEventKind::Line);
  t.begin();
  const std::string_view rest_of_enter = GENERATE("\n"sv, "\0"sv);
  CHECK(t.type(rest_of_enter).kind == EditorEventKind::None);
  CHECK_FALSE(t.editor.idle());
  CHECK(t.screen.lines() == Lines{"Router#exit"});
  t.check_line("", 0);
}

TEST_CASE("line_editor: two CRs or two LFs are two Enters", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  const std::string_view twice = GENERATE("\r\r"sv, "\n\n"sv, "\n\r"sv);
  std::size_t consumed = 0;
  std::string out;
  CHECK(t.editor.feed(twice, consumed, out).kind == EditorEventKind::Line);
  CHECK(consumed == 1);
  t.editor.begin_line("Router#", out);
  CHECK(t.editor.feed(twice.substr(1), consumed, out).kind == EditorEventKind::Line);
  t.screen.write(out);
  CHECK(t.screen.lines() == Lines{"Router#", "Router#"});
}

TEST_CASE("line_editor: typing in the middle redraws the tail", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  t.type("shw ver" + ctrl('B') + ctrl('B') + ctrl('B') + ctrl('B') + ctrl('B'));
  t.check_line("shw ver", 2);
  t.type("o");
  t.check_line("show ver", 3);
  t.type(ctrl('A') + "do ");
  t.check_line("do show ver", 3);
}

TEST_CASE("line_editor: Ctrl-A and Ctrl-E go to the start and the end", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  t.type("show clock" + ctrl('A'));
  t.check_line("show clock", 0);
  t.type(ctrl('A'));
  t.check_line("show clock", 0);
  t.type(ctrl('E'));
  t.check_line("show clock", 10);
}

TEST_CASE("line_editor: Ctrl-B, Ctrl-F and the arrows move one column", "[cli][line_editor]") {
  const auto [left, right] = GENERATE(table<std::string, std::string>(
      {{ctrl('B'), ctrl('F')}, {"\x1b[D", "\x1b[C"}, {"\x1bOD", "\x1bOC"}}));
  Terminal t;
  t.begin();
  t.type("ab" + left);
  t.check_line("ab", 1);
  t.type(left + left);
  t.check_line("ab", 0);
  t.type(right);
  t.check_line("ab", 1);
  t.type(right + right + right);
  t.check_line("ab", 2);
}

TEST_CASE("line_editor: Backspace and DEL delete left of the cursor", "[cli][line_editor]") {
  const std::string key = GENERATE(std::string("\b"), std::string("\x7f"));
  Terminal t;
  t.begin();
  t.type("show clockk" + key);
  t.check_line("show clock", 10);
  t.type(ctrl('A') + ctrl('F') + ctrl('F') + ctrl('F') + "x" + key);
  t.check_line("show clock", 3);
  t.type(key + key + key);
  t.check_line("w clock", 0);
  t.type(key);  // at column 0: nothing
  t.check_line("w clock", 0);
}

TEST_CASE("line_editor: Ctrl-D deletes the character at the cursor", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  t.type("shhow" + ctrl('A') + ctrl('F') + ctrl('D'));
  t.check_line("show", 1);
  t.type(ctrl('E') + ctrl('D'));  // at the end: nothing
  t.check_line("show", 4);
}

TEST_CASE("line_editor: Ctrl-K deletes to the end of the line", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  t.type("show running-config" + ctrl('A') + ctrl('F') + ctrl('F') + ctrl('F') + ctrl('F'));
  t.type(ctrl('K'));
  t.check_line("show", 4);
  t.type(ctrl('K'));
  t.check_line("show", 4);
}

TEST_CASE("line_editor: Ctrl-U and Ctrl-X delete to the start of the line", "[cli][line_editor]") {
  const std::string key = GENERATE(ctrl('U'), ctrl('X'));
  Terminal t;
  t.begin();
  t.type("xyz show" + ctrl('B') + ctrl('B') + ctrl('B') + ctrl('B'));
  t.type(key);
  t.check_line("show", 0);
  t.type(ctrl('E') + key);
  t.check_line("", 0);
}

TEST_CASE("line_editor: Ctrl-W deletes the word left of the cursor", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  t.type("show ip route  " + ctrl('W'));
  t.check_line("show ip ", 8);
  t.type("interface" + ctrl('B') + ctrl('B') + ctrl('B') + ctrl('W'));
  t.check_line("show ip ace", 8);
  t.type(ctrl('A') + ctrl('W'));  // nothing left of the cursor
  t.check_line("show ip ace", 0);
}

TEST_CASE("line_editor: Up and Down recall history", "[cli][line_editor]") {
  const auto [up, down] = GENERATE(table<std::string, std::string>(
      {{ctrl('P'), ctrl('N')}, {"\x1b[A", "\x1b[B"}, {"\x1bOA", "\x1bOB"}}));
  Terminal t;
  t.editor.add_history("show running-config");
  t.editor.add_history("show ip");
  t.begin();
  t.type("conf" + ctrl('B'));
  t.type(up);
  t.check_line("show ip", 7);
  t.type(up);
  t.check_line("show running-config", 19);
  t.type(up);  // no older entry
  t.check_line("show running-config", 19);
  t.type(down);
  t.check_line("show ip", 7);
  t.type(ctrl('H') + "nt" + down);  // back to the line being typed
  t.check_line("conf", 4);
  t.type(down);  // no newer entry
  t.check_line("conf", 4);
  t.type(up);  // the recalled entry is unchanged by the edit made while browsing
  t.check_line("show ip", 7);
  const EditorEvent event = t.type("\r");
  CHECK(event.text == "show ip");
  CHECK(t.screen.lines() == Lines{"Router#show ip"});
}

TEST_CASE("line_editor: add_history skips blank lines and repeats", "[cli][line_editor]") {
  LineEditor editor;
  editor.add_history("show clock");
  editor.add_history("");
  editor.add_history("   ");
  editor.add_history("show clock");
  editor.add_history("show version");
  editor.add_history("show clock");
  CHECK(editor.history() == std::deque<std::string>{"show clock", "show version", "show clock"});
}

TEST_CASE("line_editor: history keeps at most history_size lines", "[cli][line_editor]") {
  Terminal t(3);
  for (const char* line : {"a", "b", "c", "d", "e"}) {
    t.editor.add_history(line);
  }
  CHECK(t.editor.history() == std::deque<std::string>{"c", "d", "e"});
  t.begin();
  t.type(ctrl('P') + ctrl('P') + ctrl('P') + ctrl('P'));
  t.check_line("c", 1);
  t.editor.set_history_size(1);
  CHECK(t.editor.history() == std::deque<std::string>{"e"});
  t.editor.set_history_size(0);
  t.editor.add_history("f");
  CHECK(t.editor.history().empty());
}

TEST_CASE("line_editor: ? reports Help for the text before the cursor", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  SECTION("at the end of the line") {
    const EditorEvent event = t.type("show ?");
    CHECK(event.kind == EditorEventKind::Help);
    CHECK(event.text == "show ");
    CHECK(t.screen.lines() == Lines{"Router#show ?"});
    t.screen.write("  clock    Display the system clock\r\n");
    std::string out;
    t.editor.redraw_on_new_line(out);
    t.screen.write(out);
    t.check_line("show ", 5);
  }
  SECTION("in the middle of the line") {
    t.type("show cl" + ctrl('B') + ctrl('B') + ctrl('B'));
    const EditorEvent event = t.type("?");
    CHECK(event.kind == EditorEventKind::Help);
    CHECK(event.text == "show");
    CHECK(t.screen.lines() == Lines{"Router#show? cl"});
    std::string out;
    t.editor.redraw_on_new_line(out);
    t.screen.write(out);
    t.check_line("show cl", 4);
  }
  CHECK_FALSE(t.editor.idle());
  CHECK(t.type("\r").kind == EditorEventKind::Line);
}

TEST_CASE("line_editor: Tab reports Complete and complete_to redraws", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  SECTION("at the end of the line") {
    const EditorEvent event = t.type("sh ru\t");
    CHECK(event.kind == EditorEventKind::Complete);
    CHECK(event.text == "sh ru");
    t.check_line("sh ru", 5);
    std::string out;
    t.editor.complete_to("sh running-config ", out);
    t.screen.write(out);
    t.check_line("sh running-config ", 18);
  }
  SECTION("in the middle of the line") {
    t.type("sh int brief" + ctrl('B') + ctrl('B') + ctrl('B') + ctrl('B') + ctrl('B') + ctrl('B'));
    const EditorEvent event = t.type("\t");
    CHECK(event.text == "sh int");
    std::string out;
    t.editor.complete_to("sh interfaces", out);
    t.screen.write(out);
    t.check_line("sh interfaces brief", 13);
    out.clear();
    t.editor.complete_to("s", out);  // shorter: the old end of the line is erased
    t.screen.write(out);
    t.check_line("s brief", 1);
  }
}

TEST_CASE("line_editor: Ctrl-Z and Ctrl-C report the whole buffer", "[cli][line_editor]") {
  const char letter = GENERATE('Z', 'C');
  Terminal t;
  t.begin("Router(config)#");
  const EditorEvent event = t.type("interface" + ctrl('A') + ctrl(letter));
  CHECK(event.kind == (letter == 'Z' ? EditorEventKind::CtrlZ : EditorEventKind::CtrlC));
  CHECK(event.text == "interface");
  CHECK(t.editor.idle());
  CHECK(t.screen.lines() == Lines{"Router(config)#interface^" + std::string(1, letter)});
}

TEST_CASE("line_editor: feed stops at the first event", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  std::string_view rest = "show clock\rshow version\r\n\r\0exit\rend"sv;
  std::vector<std::size_t> consumed_sizes;
  Lines lines;
  while (!rest.empty()) {
    std::string out;
    std::size_t consumed = 0;
    const EditorEvent event = t.editor.feed(rest, consumed, out);
    t.screen.write(out);
    REQUIRE(consumed > 0);
    REQUIRE(consumed <= rest.size());
    rest.remove_prefix(consumed);
    consumed_sizes.push_back(consumed);
    if (event.kind == EditorEventKind::Line) {
      lines.push_back(event.text);
      t.begin();
    }
  }
  CHECK(lines == Lines{"show clock", "show version", "", "exit"});
  CHECK(consumed_sizes == std::vector<std::size_t>{11, 14, 2, 5, 3});
  CHECK(t.screen.lines() ==
        Lines{"Router#show clock", "Router#show version", "Router#", "Router#exit"});
  t.check_line("end", 3);
}

TEST_CASE("line_editor: password mode echoes nothing", "[cli][line_editor]") {
  Terminal t;
  t.editor.add_history("enable");
  t.begin("Password: ", false);
  t.type("se?c\tre" + ctrl('P') + "\x1b[A" + "tx\x7f");
  CHECK(t.editor.buffer() == "se?cret");
  CHECK(t.screen.current() == "Password: ");
  CHECK(t.screen.cursor() == 10);
  t.type(ctrl('A') + ctrl('D') + ctrl('E') + "!");
  const EditorEvent event = t.type("\r\n");
  CHECK(event.kind == EditorEventKind::Line);
  CHECK(event.text == "e?cret!");
  CHECK(t.screen.lines() == Lines{"Password: "});
}

TEST_CASE("line_editor: other escape sequences and control bytes are ignored",
          "[cli][line_editor]") {
  Terminal t;
  t.begin();
  const std::string esc = "\x1b";
  t.type("ab" + esc + "[3~c" + esc + "[1;2Hd" + esc + "xe" + ctrl('G') + ctrl('L') + "\xc3\xa9" +
         "f");
  t.check_line("abcdef", 6);
}

TEST_CASE("line_editor: escape sequences may be split across reads", "[cli][line_editor]") {
  Terminal t;
  t.begin();
  t.type("abc\x1b");
  t.type("[");
  t.type("D");
  t.check_line("abc", 2);
  t.type("\x1b");
  t.type("O");
  t.type("D");
  t.check_line("abc", 1);
}

TEST_CASE("line_editor: bytes fed while idle are dropped", "[cli][line_editor]") {
  Terminal t;
  CHECK(t.editor.idle());
  CHECK(t.type("show\r").kind == EditorEventKind::None);
  CHECK(t.screen.text().empty());
  t.begin();
  t.check_line("", 0);
}
