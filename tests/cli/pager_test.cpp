#include "cli/pager.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tests/support/screen.hpp"

using cme::cli::Pager;
using Lines = std::vector<std::string>;

namespace {

// "line 1\n" ... "line <count>\n"
std::string numbered(std::size_t count) {
  std::string text;
  for (std::size_t i = 1; i <= count; ++i) {
    text += "line " + std::to_string(i) + "\n";
  }
  return text;
}

Lines numbered_lines(std::size_t first, std::size_t last) {
  Lines lines;
  for (std::size_t i = first; i <= last; ++i) {
    lines.push_back("line " + std::to_string(i));
  }
  return lines;
}

// A pager wired to a test screen; `out` keeps the raw bytes of the last call.
struct Paging {
  bool start(std::string_view text, std::size_t length) {
    out.clear();
    const bool done = pager.start(text, length, out);
    screen.write(out);
    return done;
  }
  bool key(char c) {
    out.clear();
    const bool done = pager.key(c, out);
    screen.write(out);
    return done;
  }
  Pager pager;
  cme::test::Screen screen;
  std::string out;
};

}  // namespace

TEST_CASE("pager: length 0 writes everything without a prompt", "[cli][pager]") {
  Paging p;
  CHECK(p.start(numbered(100), 0));
  CHECK_FALSE(p.pager.waiting());
  CHECK(p.screen.lines() == numbered_lines(1, 100));
  CHECK(p.screen.current().empty());
}

TEST_CASE("pager: output that fits needs no prompt", "[cli][pager]") {
  Paging p;
  SECTION("length - 1 lines") {
    CHECK(p.start(numbered(23), 24));
    CHECK(p.screen.lines() == numbered_lines(1, 23));
  }
  SECTION("exact bytes") {
    CHECK(p.start("a\nb\n", 24));
    CHECK(p.out == "a\r\nb\r\n");
  }
  CHECK_FALSE(p.pager.waiting());
  CHECK(p.screen.current().empty());
}

TEST_CASE("pager: the first page is length - 1 lines and the --More-- prompt", "[cli][pager]") {
  Paging p;
  CHECK_FALSE(p.start(numbered(10), 5));
  CHECK(p.pager.waiting());
  CHECK(p.out == "line 1\r\nline 2\r\nline 3\r\nline 4\r\n --More-- ");
  CHECK(p.screen.lines() == numbered_lines(1, 4));
  CHECK(p.screen.current() == " --More-- ");
  CHECK(p.screen.cursor() == 10);
}

TEST_CASE("pager: space shows the next page", "[cli][pager]") {
  Paging p;
  p.start(numbered(10), 5);
  CHECK_FALSE(p.key(' '));
  CHECK(p.out == "\r\x1b[Kline 5\r\nline 6\r\nline 7\r\nline 8\r\n --More-- ");
  CHECK(p.screen.lines() == numbered_lines(1, 8));
  CHECK(p.key(' '));
  CHECK(p.out == "\r\x1b[Kline 9\r\nline 10\r\n");
  CHECK_FALSE(p.pager.waiting());
  CHECK(p.screen.lines() == numbered_lines(1, 10));
  CHECK(p.screen.current().empty());
}

TEST_CASE("pager: Enter shows one more line", "[cli][pager]") {
  const char enter = GENERATE('\r', '\n');
  Paging p;
  p.start(numbered(6), 5);
  CHECK_FALSE(p.key(enter));
  CHECK(p.out == "\r\x1b[Kline 5\r\n --More-- ");
  CHECK(p.screen.lines() == numbered_lines(1, 5));
  CHECK(p.screen.current() == " --More-- ");
  CHECK(p.key(enter));
  CHECK(p.out == "\r\x1b[Kline 6\r\n");
  CHECK(p.screen.lines() == numbered_lines(1, 6));
  CHECK(p.screen.current().empty());
}

TEST_CASE("pager: CR LF and CR NUL count as one Enter", "[cli][pager]") {
  const char second = GENERATE('\n', '\0');
  Paging p;
  p.start(numbered(10), 5);
  CHECK_FALSE(p.key('\r'));
  CHECK_FALSE(p.key(second));
  CHECK(p.out.empty());
  CHECK(p.screen.lines() == numbered_lines(1, 5));
  CHECK_FALSE(p.key('\r'));
  CHECK(p.screen.lines() == numbered_lines(1, 6));
}

TEST_CASE("pager: q and any other key stop the output", "[cli][pager]") {
  const char stop = GENERATE('q', 'Q', 'x', '\x03', '\x1b');
  Paging p;
  p.start(numbered(10), 5);
  CHECK(p.key(stop));
  CHECK(p.out == "\r\x1b[K");
  CHECK_FALSE(p.pager.waiting());
  CHECK(p.screen.lines() == numbered_lines(1, 4));
  CHECK(p.screen.current().empty());
  CHECK(p.key(' '));  // not waiting any more: nothing happens
  CHECK(p.out.empty());
}

TEST_CASE("pager: lines are split on newlines", "[cli][pager]") {
  Paging p;
  SECTION("a final newline adds no empty line") {
    p.start("a\n", 0);
    CHECK(p.screen.lines() == Lines{"a"});
  }
  SECTION("a missing final newline still ends the last line") {
    p.start("a\nb", 0);
    CHECK(p.screen.lines() == Lines{"a", "b"});
  }
  SECTION("empty lines inside are kept") {
    p.start("a\n\n\nb\n", 0);
    CHECK(p.screen.lines() == Lines{"a", "", "", "b"});
  }
  SECTION("CR LF line ends are accepted") {
    p.start("a\r\nb\r\n", 0);
    CHECK(p.out == "a\r\nb\r\n");
  }
  SECTION("empty text writes nothing") {
    CHECK(p.start("", 24));
    CHECK(p.out.empty());
  }
  CHECK(p.screen.current().empty());
}

TEST_CASE("pager: length 1 still shows one line per page", "[cli][pager]") {
  Paging p;
  CHECK_FALSE(p.start(numbered(3), 1));
  CHECK(p.screen.lines() == numbered_lines(1, 1));
  CHECK_FALSE(p.key(' '));
  CHECK(p.screen.lines() == numbered_lines(1, 2));
  CHECK(p.key('\n'));
  CHECK(p.screen.lines() == numbered_lines(1, 3));
}

TEST_CASE("pager: start replaces output still waiting", "[cli][pager]") {
  Paging p;
  p.start(numbered(10), 5);
  p.screen.clear();
  CHECK(p.start("x\n", 5));
  CHECK_FALSE(p.pager.waiting());
  CHECK(p.out == "x\r\n");
}
