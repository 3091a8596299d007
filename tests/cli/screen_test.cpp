#include "tests/support/screen.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using cme::test::Screen;
using Lines = std::vector<std::string>;

TEST_CASE("screen: printable text and line ends", "[cli][screen]") {
  Screen screen;
  screen.write("Router#show clock\r\n");
  screen.write("*10:00:00.000 UTC Mon Mar 1 2024\n");
  screen.write("Router#");
  CHECK(screen.lines() == Lines{"Router#show clock", "*10:00:00.000 UTC Mon Mar 1 2024"});
  CHECK(screen.current() == "Router#");
  CHECK(screen.cursor() == 7);
  CHECK(screen.text() == "Router#show clock\n*10:00:00.000 UTC Mon Mar 1 2024\nRouter#");
}

TEST_CASE("screen: text leaves out an empty current line", "[cli][screen]") {
  Screen screen;
  CHECK(screen.text().empty());
  screen.write("a\r\n\r\nb\r\n");
  CHECK(screen.lines() == Lines{"a", "", "b"});
  CHECK(screen.text() == "a\n\nb\n");
}

TEST_CASE("screen: a line is committed whole whatever the cursor column", "[cli][screen]") {
  Screen screen;
  screen.write("abcdef\b\b\b\r\n");
  CHECK(screen.lines() == Lines{"abcdef"});
  CHECK(screen.current().empty());
  CHECK(screen.cursor() == 0);
}

TEST_CASE("screen: carriage return and backspace move the cursor", "[cli][screen]") {
  Screen screen;
  SECTION("lone CR goes to column 0 and text overwrites") {
    screen.write("abcdef\rXY");
    CHECK(screen.current() == "XYcdef");
    CHECK(screen.cursor() == 2);
  }
  SECTION("backspace moves left and text overwrites") {
    screen.write("abcdef\b\bX");
    CHECK(screen.current() == "abcdXf");
    CHECK(screen.cursor() == 5);
  }
  SECTION("backspace stops at column 0") {
    screen.write("ab\b\b\b\bX");
    CHECK(screen.current() == "Xb");
    CHECK(screen.cursor() == 1);
  }
}

TEST_CASE("screen: erase to end of line", "[cli][screen]") {
  Screen screen;
  SECTION("ESC [ K") {
    screen.write("abcdef\b\b\b\x1b[K");
    CHECK(screen.current() == "abc");
    CHECK(screen.cursor() == 3);
  }
  SECTION("ESC [ 0 K") {
    screen.write("abcdef\r\x1b[0K");
    CHECK(screen.current().empty());
  }
  SECTION("the pager's prompt erase") {
    screen.write("line 1\r\n --More-- \r\x1b[Kline 2\r\n");
    CHECK(screen.lines() == Lines{"line 1", "line 2"});
  }
  SECTION("ESC [ 2 K blanks the line") {
    screen.write("abc\x1b[2K");
    CHECK(screen.current() == "   ");
  }
  SECTION("ESC [ 1 K blanks up to the cursor") {
    screen.write("abcdef\b\b\b\x1b[1K");
    CHECK(screen.current() == "    ef");
  }
}

TEST_CASE("screen: bell, other control bytes and other sequences are ignored", "[cli][screen]") {
  Screen screen;
  screen.write(
      "a\a\x01\x7f"
      "b\x1b[1;5H"
      "c\x1b[?25l"
      "d\x1bOA"
      "e\x1b"
      "7f");
  CHECK(screen.current() == "abcdef");
  CHECK(screen.cursor() == 6);
}

TEST_CASE("screen: escape sequences split across writes", "[cli][screen]") {
  Screen screen;
  screen.write("abc\b\x1b");
  screen.write("[");
  screen.write("K");
  CHECK(screen.current() == "ab");
  screen.write("\x1b[3");
  screen.write("1mX");
  CHECK(screen.current() == "abX");
}

TEST_CASE("screen: a control byte abandons an unfinished sequence", "[cli][screen]") {
  Screen screen;
  screen.write("ab\x1b[1\r\nc");
  CHECK(screen.lines() == Lines{"ab"});
  CHECK(screen.current() == "c");
}

TEST_CASE("screen: clear forgets everything", "[cli][screen]") {
  Screen screen;
  screen.write("abc\r\ndef\x1b[");
  screen.clear();
  CHECK(screen.lines().empty());
  CHECK(screen.current().empty());
  CHECK(screen.cursor() == 0);
  screen.write("K");
  CHECK(screen.current() == "K");
}
