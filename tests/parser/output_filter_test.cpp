#include "parser/output_filter.hpp"

#include <catch2/catch.hpp>
#include <string>

using cme::parser::FilterKind;
using cme::parser::OutputFilter;

namespace {

/// Compiles `pattern` (which must be valid) and applies it to `text`.
std::string run(FilterKind kind, std::string_view pattern, std::string_view text) {
  auto filter = OutputFilter::compile(kind, pattern);
  REQUIRE(filter.ok());
  return filter->apply(text);
}

bool matches(std::string_view pattern, std::string_view line) {
  return run(FilterKind::Include, pattern, line) == std::string(line) + "\n";
}

const std::string kConfig =
    "hostname cme\n"
    "!\n"
    "interface GigabitEthernet0/0\n"
    " description uplink\n"
    " ip address 10.0.0.1 255.255.255.0\n"
    "!\n"
    "telephony-service\n"
    " max-ephones 24\n"
    " ip source-address 10.0.0.1 port 2000\n"
    "!\n"
    "ephone-dn 1\n"
    " number 1001\n"
    "ephone 1\n"
    " mac-address 0011.2233.4455\n"
    " button 1:1\n"
    "end\n";

}  // namespace

TEST_CASE("output_filter: include keeps matching lines", "[parser][output_filter]") {
  CHECK(run(FilterKind::Include, "ephone", kConfig) == " max-ephones 24\nephone-dn 1\nephone 1\n");
  CHECK(run(FilterKind::Include, "Ephone", kConfig).empty());  // case-sensitive
  CHECK(run(FilterKind::Include, "^ephone", kConfig) == "ephone-dn 1\nephone 1\n");
  CHECK(run(FilterKind::Include, "1$", kConfig) ==
        "ephone-dn 1\n number 1001\nephone 1\n button 1:1\n");
}

TEST_CASE("output_filter: exclude drops matching lines", "[parser][output_filter]") {
  CHECK(run(FilterKind::Exclude, "^ |!", kConfig) ==
        "hostname cme\n"
        "interface GigabitEthernet0/0\n"
        "telephony-service\n"
        "ephone-dn 1\n"
        "ephone 1\n"
        "end\n");
}

TEST_CASE("output_filter: begin prints from the first match to the end",
          "[parser][output_filter]") {
  CHECK(run(FilterKind::Begin, "^ephone", kConfig) ==
        "ephone-dn 1\n number 1001\nephone 1\n mac-address 0011.2233.4455\n button 1:1\nend\n");
  CHECK(run(FilterKind::Begin, "nothing here", kConfig).empty());
}

TEST_CASE("output_filter: count prints the IOS summary line", "[parser][output_filter]") {
  CHECK(run(FilterKind::Count, "ephone", kConfig) == "Number of lines which match regexp = 3\n");
  CHECK(run(FilterKind::Count, "zzz", kConfig) == "Number of lines which match regexp = 0\n");
  CHECK(run(FilterKind::Count, "", "") == "Number of lines which match regexp = 0\n");
  CHECK(run(FilterKind::Count, "", "a\nb") == "Number of lines which match regexp = 2\n");
}

TEST_CASE("output_filter: section prints matching lines with their sub-lines",
          "[parser][output_filter]") {
  SECTION("top-level lines bring their indented lines") {
    CHECK(run(FilterKind::Section, "^ephone", kConfig) ==
          "ephone-dn 1\n number 1001\nephone 1\n mac-address 0011.2233.4455\n button 1:1\n");
    CHECK(run(FilterKind::Section, "telephony", kConfig) ==
          "telephony-service\n max-ephones 24\n ip source-address 10.0.0.1 port 2000\n");
  }
  SECTION("a matching sub-line is printed alone") {
    CHECK(run(FilterKind::Section, "ip address", kConfig) ==
          " ip address 10.0.0.1 255.255.255.0\n");
  }
  SECTION("a matching sub-line brings its own deeper lines") {
    const std::string text = "a\n b\n  c\n  d\n e\nf\n";
    CHECK(run(FilterKind::Section, "b", text) == " b\n  c\n  d\n");
  }
  SECTION("lines already printed in a section are not printed twice") {
    CHECK(run(FilterKind::Section, "10\\.0\\.0\\.1|telephony", kConfig) ==
          " ip address 10.0.0.1 255.255.255.0\n"
          "telephony-service\n max-ephones 24\n ip source-address 10.0.0.1 port 2000\n");
  }
  SECTION("an empty line ends a section") {
    CHECK(run(FilterKind::Section, "x", "x\n y\n\n z\n") == "x\n y\n");
  }
}

TEST_CASE("output_filter: section include and section exclude", "[parser][output_filter]") {
  CHECK(run(FilterKind::Section, "include ^ephone", kConfig) ==
        run(FilterKind::Section, "^ephone", kConfig));
  CHECK(run(FilterKind::Section, "exclude ^ephone|^interface", kConfig) ==
        "hostname cme\n!\n!\ntelephony-service\n max-ephones 24\n"
        " ip source-address 10.0.0.1 port 2000\n!\nend\n");
  CHECK(run(FilterKind::Section, "exclude  number", kConfig).find(" number 1001") ==
        std::string::npos);
  CHECK(run(FilterKind::Section, "includes", "includes\nx\n") == "includes\n");  // a pattern
}

TEST_CASE("output_filter: underscore matches IOS delimiters", "[parser][output_filter]") {
  CHECK(matches("_1_", "ephone 1"));  // blank before, end of line after
  CHECK(matches("_1_", "1 ephone"));  // start of line
  CHECK(matches("_1_", "a,1,b"));
  CHECK(matches("_1_", "{1}"));
  CHECK(matches("_1_", "(1)"));
  CHECK(matches("_1_", "1"));
  CHECK_FALSE(matches("_1_", "ephone 10"));
  CHECK_FALSE(matches("_1_", "a-1-b"));
  CHECK_FALSE(matches("_1_", "a_1_b"));
  CHECK(matches("^ephone_", "ephone 1"));
  CHECK_FALSE(matches("^ephone_", "ephone-dn 1"));
}

TEST_CASE("output_filter: escaped and bracketed underscores are literal",
          "[parser][output_filter]") {
  CHECK(matches("a\\_b", "a_b"));
  CHECK_FALSE(matches("a\\_b", "a b"));
  CHECK(matches("a[_]b", "a_b"));
  CHECK_FALSE(matches("a[_]b", "a b"));
  CHECK(matches("a[[:digit:]_]b", "a_b"));
  CHECK(matches("a[[:digit:]_]b", "a7b"));
  CHECK(matches("[]x]", "]"));
  CHECK(matches("[^\\]d]", "e"));
  CHECK_FALSE(matches("^[^\\]d]$", "]"));
  CHECK(matches("[a-c\\-]", "-"));
}

TEST_CASE("output_filter: IOS metacharacters", "[parser][output_filter]") {
  CHECK(matches("t..t", "text"));
  CHECK(matches("10\\.0\\.0\\.1", "ip 10.0.0.1"));
  CHECK_FALSE(matches("10\\.0\\.0\\.1", "ip 10x0.0.1"));
  CHECK(matches("a+b?c*$", "xaac"));
  CHECK(matches("(ephone|pool) 1", "pool 1"));
  CHECK(matches("{", "a {"));  // braces are literal
  CHECK(matches("a{2}", "a{2}"));
  CHECK_FALSE(matches("a{2}", "aa"));
  CHECK(matches("(ab)\\1", "xababx"));  // parentheses for recall
  CHECK_FALSE(matches("(ab)\\1", "abba"));
  CHECK_FALSE(matches("^a", "ba"));
}

TEST_CASE("output_filter: invalid expressions are reported, not thrown",
          "[parser][output_filter]") {
  for (const std::string_view bad : {"(", "a)(b", "[abc", "*a", "a\\", "a)|(?:b", "(a)\\2"}) {
    INFO(bad);
    const auto filter = OutputFilter::compile(FilterKind::Include, bad);
    REQUIRE_FALSE(filter.ok());
    CHECK(filter.error() == "% Invalid regular expression");
  }
}

TEST_CASE("output_filter: lines without a final newline and empty text",
          "[parser][output_filter]") {
  CHECK(run(FilterKind::Include, "b", "a\nb") == "b\n");
  CHECK(run(FilterKind::Exclude, "zzz", "a\n\nb\n") == "a\n\nb\n");
  CHECK(run(FilterKind::Include, "a", "").empty());
}

TEST_CASE("output_filter: long lines are matched on their first 4096 bytes",
          "[parser][output_filter]") {
  std::string near(4000, 'a');
  near[3999] = 'x';
  std::string far(100000, 'a');
  far[5000] = 'x';
  CHECK(matches("x", near));
  CHECK_FALSE(matches("x", far));
  SECTION("pathological expressions neither crash nor hang") {
    for (const std::string_view p : {".*x", "(.|.)*x", "(a|a)*b", "(a+)+x", "_x_"}) {
      INFO(p);
      CHECK_FALSE(matches(p, far));
    }
    CHECK(matches("(a)\\1.*$", far));  // back-reference: backtracking on the capped line
  }
  SECTION("expressions with back-references see the first 256 bytes") {
    CHECK(matches("(ab)\\1", std::string(250, '-') + "abab"));
    CHECK_FALSE(matches("(ab)\\1", std::string(260, '-') + "abab"));
    CHECK(matches("ab", std::string(260, '-') + "abab"));
  }
}

TEST_CASE("output_filter: a compiled filter is movable and keeps its kind",
          "[parser][output_filter]") {
  auto filter = OutputFilter::compile(FilterKind::Begin, "b");
  REQUIRE(filter.ok());
  OutputFilter moved = std::move(filter.value());
  CHECK(moved.kind() == FilterKind::Begin);
  CHECK(moved.apply("a\nb\nc\n") == "b\nc\n");
}
