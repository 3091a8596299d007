// apply_config_text and config_file_text on hostile configuration files (issue 16 #6): line
// ends, byte order marks, UTF-16, NUL bytes, streamed errors, an unterminated banner.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cli/batch.hpp"
#include "tests/modes/session_fixture.hpp"

using namespace std::string_literals;

namespace cme::test {

namespace {

struct Applied {
  cli::BatchCounts counts;
  std::string out;
  std::string err;
  std::string running;
};

Applied apply(std::string_view text) {
  SessionFixture f(15, true);
  Applied a;
  a.counts = cli::apply_config_text(f.session, "t.cfg", text, a.out, a.err);
  a.running = f.session.execute("show running-config").output;
  return a;
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("batch input: CR, LF and CR LF all end a line", "[cli][batch]") {
  const auto a = apply("hostname A\rhostname B\r\nservice timestamps\nhostname C\r");
  CHECK(a.counts.lines == 4);
  CHECK(a.counts.failed == 0);
  CHECK(contains(a.running, "hostname C\n"));
}

TEST_CASE("batch input: a UTF-8 byte order mark is skipped; UTF-16 is refused by name",
          "[cli][batch]") {
  const auto text = cli::config_file_text("a.cfg", "\xEF\xBB\xBFhostname R\n");
  REQUIRE(text);
  CHECK(*text == "hostname R\n");
  CHECK(apply(*text).counts.failed == 0);
  for (const std::string& utf16 :
       {"\xFF\xFEh\0o\0"s, "\xFE\xFF\0h\0o"s, "h\0o\0s\0t\0"s, "\0h\0o\0s\0t"s}) {
    const auto refused = cli::config_file_text("a.cfg", utf16);
    REQUIRE_FALSE(refused);
    CHECK(contains(refused.error(), "UTF-16"));
  }
}

TEST_CASE("batch input: a line with a NUL byte fails alone", "[cli][batch]") {
  const auto a = apply("hostname A\nho\0stname B\nhostname C\n"s);
  CHECK(a.counts.lines == 3);
  CHECK(a.counts.failed == 1);
  CHECK(contains(a.err, "t.cfg:2: ho?stname B\n"));
  CHECK(contains(a.running, "hostname C\n"));
}

TEST_CASE("batch input: errors are handed on line by line, not gathered", "[cli][batch]") {
  SessionFixture f(15, true);
  std::vector<std::string> errors;
  cli::BatchSink sink;
  sink.out = [](std::string_view) {};
  sink.err = [&](std::string_view text) { errors.emplace_back(text); };
  const auto counts =
      cli::apply_config_text(f.session, "t.cfg", "bogus 1\nhostname A\nbogus 2\nbogus 3\n", sink);
  CHECK(counts.failed == 3);
  REQUIRE(errors.size() == 3);
  CHECK(contains(errors[0], "t.cfg:1: bogus 1"));
  CHECK(contains(errors[2], "t.cfg:4: bogus 3"));
}

TEST_CASE("batch input: a banner still open at the end of the file is reported", "[cli][batch]") {
  const auto a = apply("banner motd #\nWelcome\nhostname X\n");
  CHECK(a.counts.failed == 0);
  CHECK(contains(a.err, "t.cfg:3: % Warning: banner not terminated"));
  SECTION("a terminated banner is not") {
    CHECK_FALSE(contains(apply("banner motd #\nWelcome\n#\n").err, "banner"));
  }
}

}  // namespace cme::test
