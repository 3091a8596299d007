#include "parser/matcher.hpp"

#include <catch2/catch.hpp>

using namespace cme;
using namespace cme::parser;

namespace {

CommandOptions config() {
  CommandOptions o;
  o.configuration = true;
  return o;
}

/// A small global-configuration-like graph.
CommandGraph make_graph() {
  CommandGraph g("config");
  REQUIRE(g.add("hostname WORD$name", {"Set system's network name", "This system's network name"},
                config(), 1)
              .ok());
  REQUIRE(g.add("host-id <1-10>$id", {"Host identifier", "Identifier"}, config(), 2).ok());
  REQUIRE(g.add("keepalive <10-65535>$seconds",
                {"Define keepalive timeout period", "Keepalive timeout in seconds"}, config(), 3)
              .ok());
  CommandOptions entry = config();
  entry.no_form = NoForm::Mandatory;
  REQUIRE(g.add("ephone-dn <1-288>$tag [{dual-line | octo-line}$mode]",
                {"Define ephone-dn", "ephone-dn tag", "dual-line DN", "octo-line DN"}, entry, 4)
              .ok());
  REQUIRE(g.add("description LINE$text", {"Describe", "Text"}, config(), 5).ok());
  REQUIRE(g.add("ip source-address A.B.C.D$ip [port <2000-9999>$port]",
                {"IP settings", "Source address", "IP address", "Port", "Port number"}, config(), 6)
              .ok());
  REQUIRE(g.finish().ok());
  return g;
}

CommandGraph make_exec() {
  CommandGraph g("exec");
  CommandOptions show;
  show.pipe = true;
  REQUIRE(g.add("show running-config",
                {"Show running system information", "Current operating configuration"}, show, 10)
              .ok());
  REQUIRE(g.add("show clock", {"", "Display the system clock"}, show, 11).ok());
  REQUIRE(
      g.add("configure terminal", {"Enter configuration mode", "Configure from terminal"}, {}, 12)
          .ok());
  REQUIRE(g.finish().ok());
  return g;
}

}  // namespace

TEST_CASE("matcher: exact keywords, abbreviations and bound values", "[parser][matcher]") {
  const auto g = make_graph();
  SECTION("full words") {
    auto m = match(g, "hostname R1");
    REQUIRE(m.ok());
    CHECK(m->tag == 1);
    CHECK(m->args.get("name") == "R1");
    CHECK(m->form == CommandForm::Set);
  }
  SECTION("unique prefix, any case") {
    auto m = match(g, "KEEP 30");
    REQUIRE(m.ok());
    CHECK(m->tag == 3);
    CHECK(m->args.get_int("seconds") == 30);
  }
  SECTION("choice binding and optional group") {
    auto m = match(g, "ephone-dn 5 oct");
    REQUIRE(m.ok());
    CHECK(m->args.get("mode") == "octo-line");
    CHECK(m->args.keyword("octo-line"));
    auto plain = match(g, "ephone-dn 5");
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->args.has("mode"));
  }
  SECTION("a keyword typed in any case binds and reads back in the spec's spelling") {
    CommandGraph mixed("config-ephone");
    REQUIRE(mixed
                .add("type {7941 | 7941GE | \\CIPC}$type", {"Type", "7941", "7941GE", "CIPC"},
                     config(), 1)
                .ok());
    auto m = match(mixed, "type 7941ge");
    REQUIRE(m.ok());
    CHECK(m->args.get("type") == "7941GE");
    CHECK(m->args.words() == std::vector<std::string>{"type", "7941GE"});
    CHECK(m->args.keyword("7941ge"));
    CHECK(match(mixed, "type cip")->args.get("type") == "CIPC");
    CHECK(match(mixed, "type 7941")->args.get("type") == "7941");
  }
  SECTION("LINE keeps blanks inside and drops trailing blanks") {
    auto m = match(g, "description  two  words  ");
    REQUIRE(m.ok());
    CHECK(m->args.get("text") == "two  words");
  }
  SECTION("typed values") {
    auto m = match(g, "ip source-address 10.0.0.1 port 2000");
    REQUIRE(m.ok());
    CHECK(m->args.get("ip") == "10.0.0.1");
    CHECK(m->args.get_int("port") == 2000);
  }
}

TEST_CASE("matcher: IOS error kinds and caret columns", "[parser][matcher]") {
  const auto g = make_graph();
  SECTION("misspelled keyword: caret after the longest shared prefix") {
    auto m = match(g, "hostnane R1");
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().kind == DiagnosticKind::Invalid);
    CHECK(m.error().column == 6);
  }
  SECTION("value out of range: caret at the token start") {
    auto m = match(g, "keepalive 5");
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().kind == DiagnosticKind::Invalid);
    CHECK(m.error().column == 10);
  }
  SECTION("bad IP address") {
    auto m = match(g, "ip source-address 10.0.0.300");
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().column == 18);
  }
  SECTION("extra token after a complete command") {
    auto m = match(g, "keepalive 30 extra");
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().column == 13);
  }
  SECTION("incomplete") {
    auto m = match(g, "keepalive");
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().kind == DiagnosticKind::Incomplete);
  }
  SECTION("ambiguous prefix") {
    auto m = match(g, "host R1");
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().kind == DiagnosticKind::Ambiguous);
    CHECK(m.error().column == 0);
  }
  SECTION("empty line") {
    CHECK(match(g, "   ").error().kind == DiagnosticKind::Incomplete);
  }
}

TEST_CASE("matcher: no and default forms are generated", "[parser][matcher]") {
  const auto g = make_graph();
  SECTION("trailing arguments may be left out") {
    auto m = match(g, "no keepalive");
    REQUIRE(m.ok());
    CHECK(m->tag == 3);
    CHECK(m->form == CommandForm::No);
    auto full = match(g, "no keepalive 30");
    REQUIRE(full.ok());
    CHECK(full->args.get_int("seconds") == 30);
  }
  SECTION("default form") {
    auto m = match(g, "default host-id");
    REQUIRE(m.ok());
    CHECK(m->form == CommandForm::Default);
  }
  SECTION("mode-entry commands need their mandatory part") {
    CHECK(match(g, "no ephone-dn").error().kind == DiagnosticKind::Incomplete);
    auto m = match(g, "no ephone-dn 7");
    REQUIRE(m.ok());
    CHECK(m->args.get_int("tag") == 7);
  }
}

TEST_CASE("matcher: output modifiers and do", "[parser][matcher]") {
  const auto exec = make_exec();
  auto cfg = make_graph();
  cfg.link_do(exec, "To run exec commands in config mode");
  SECTION("pipe with a regular expression") {
    auto m = match(exec, "sh run | inc host name");
    REQUIRE(m.ok());
    CHECK(m->tag == 10);
    REQUIRE(m->filter.has_value());
    CHECK(m->filter->kind == FilterKind::Include);
    CHECK(m->filter->pattern == "host name");
  }
  SECTION("pipe needs a modifier and a pattern") {
    CHECK(match(exec, "show clock |").error().kind == DiagnosticKind::Incomplete);
    CHECK(match(exec, "show clock | include").error().kind == DiagnosticKind::Incomplete);
    CHECK(match(exec, "conf t | include x").error().kind == DiagnosticKind::Invalid);
  }
  SECTION("do reaches the exec graph") {
    auto m = match(cfg, "do sh run | sec host");
    REQUIRE(m.ok());
    CHECK(m->via_do);
    CHECK(m->graph == &exec);
    CHECK(m->filter->kind == FilterKind::Section);
  }
}

TEST_CASE("matcher: help lists next tokens and partial words", "[parser][help]") {
  const auto exec = make_exec();
  auto g = make_graph();
  g.link_do(exec, "To run exec commands in config mode");
  SECTION("after a blank") {
    auto h = help(g, "keepalive ");
    REQUIRE(h.kind == HelpAnswer::Kind::Next);
    REQUIRE(h.entries.size() == 1);
    CHECK(h.entries[0].token == "<10-65535>");
    auto done = help(g, "ephone-dn 5 ");
    REQUIRE(done.entries.size() == 3);
    CHECK(done.entries[0].token == "dual-line");
    CHECK(done.entries[2].token == "<cr>");
  }
  SECTION("partial word") {
    auto h = help(g, "ho");
    REQUIRE(h.kind == HelpAnswer::Kind::Words);
    REQUIRE(h.entries.size() == 2);
    CHECK(h.entries[0].token == "host-id");
    CHECK(h.entries[1].token == "hostname");
  }
  SECTION("nothing starts with the partial word") {
    CHECK(help(g, "zz").kind == HelpAnswer::Kind::Unrecognized);
  }
  SECTION("error before the cursor") {
    auto h = help(g, "keepalive 3 ");
    REQUIRE(h.kind == HelpAnswer::Kind::Error);
    CHECK(h.error.column == 10);
  }
  SECTION("show commands offer the pipe") {
    auto h = help(exec, "show clock ");
    REQUIRE(h.entries.size() == 2);
    CHECK(h.entries[0].token == "|");
    CHECK(h.entries[1].token == "<cr>");
    auto mods = help(exec, "show clock | ");
    CHECK(mods.entries.size() == 6);  // begin count exclude include json section
  }
  SECTION("root lists no, default and do") {
    auto h = help(g, "");
    std::vector<std::string> tokens;
    for (const auto& e : h.entries) {
      tokens.push_back(e.token);
    }
    CHECK(tokens == std::vector<std::string>{"default", "description", "do", "ephone-dn", "host-id",
                                             "hostname", "ip", "keepalive", "no"});
  }
}

TEST_CASE("matcher: Tab completes unique keywords only", "[parser][complete]") {
  const auto g = make_graph();
  CHECK(complete(g, "hostn") == std::optional<std::string>("hostname "));
  CHECK(complete(g, "ip sou") == std::optional<std::string>("ip source-address "));
  CHECK_FALSE(complete(g, "ho").has_value());
  CHECK_FALSE(complete(g, "keepalive 3").has_value());
  CHECK_FALSE(complete(g, "hostname ").has_value());
  CHECK(complete(g, "KEEP") == std::optional<std::string>("keepalive "));
}

TEST_CASE("command_graph: start-up checks", "[parser][command_graph]") {
  SECTION("duplicate command") {
    CommandGraph g("m");
    REQUIRE(g.add("a <1-5>", {"A", "n"}, {}, 1).ok());
    REQUIRE(g.add("a <1-5>", {"A", "n"}, {}, 2).ok());
    CHECK_FALSE(g.finish().ok());
  }
  SECTION("missing help text") {
    CommandGraph g("m");
    REQUIRE(g.add("a b", {"A", ""}, {}, 1).ok());
    auto r = g.finish();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("no help text for 'b'") != std::string::npos);
  }
  SECTION("two help texts for one keyword") {
    CommandGraph g("m");
    REQUIRE(g.add("a b", {"A", "B"}, {}, 1).ok());
    REQUIRE(g.add("a c", {"Another A", "C"}, {}, 2).ok());
    auto r = g.finish();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("gives 'a' the help \"Another A\"") != std::string::npos);
  }
  SECTION("a shared keyword's help comes from the one command that gives it, in any order") {
    for (const bool text_first : {true, false}) {
      CommandGraph g("m");
      REQUIRE(g.add(text_first ? "a b" : "a c", {text_first ? "A" : "", "x"}, {}, 1).ok());
      REQUIRE(g.add(text_first ? "a c" : "a b", {text_first ? "" : "A", "x"}, {}, 2).ok());
      REQUIRE(g.finish().ok());
      const auto h = help(g, "");
      REQUIRE(h.entries.size() == 1);
      CHECK(h.entries[0].help == "A");
    }
  }
  SECTION("wrong number of help texts") {
    CommandGraph g("m");
    CHECK_FALSE(g.add("a b", {"A"}, {}, 1).ok());
  }
  SECTION("overlapping ranges") {
    CommandGraph g("m");
    REQUIRE(g.add("a <1-10>", {"A", "n"}, {}, 1).ok());
    REQUIRE(g.add("a <5-20> x", {"", "n", "x"}, {}, 2).ok());
    CHECK_FALSE(g.finish().ok());
  }
  SECTION("keyword readable as a sibling value") {
    CommandGraph g("m");
    REQUIRE(g.add("type <1-9999>", {"T", "n"}, {}, 1).ok());
    REQUIRE(g.add("type 7960", {"", "7960 phone"}, {}, 2).ok());
    CHECK_FALSE(g.finish().ok());
  }
  SECTION("bad spec") {
    CommandGraph g("m");
    CHECK_FALSE(g.add("a [b", {"A", "b"}, {}, 1).ok());
  }
}
