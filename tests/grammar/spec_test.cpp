#include "grammar/spec/spec.hpp"

#include <catch2/catch.hpp>

using namespace cme::grammar::spec;
using cme::grammar::values::ValueType;

TEST_CASE("spec: keywords, ranges and values with bindings", "[grammar][spec]") {
  auto r = parse_spec("keepalive <10-65535>$seconds");
  REQUIRE(r.ok());
  REQUIRE(r->size() == 2);
  CHECK((*r)[0].kind == ElementKind::Keyword);
  CHECK((*r)[0].text == "keepalive");
  CHECK((*r)[1].kind == ElementKind::Value);
  CHECK((*r)[1].value_kind == ValueKind::Range);
  CHECK((*r)[1].lo == 10);
  CHECK((*r)[1].hi == 65535);
  CHECK((*r)[1].bind == "seconds");
  CHECK((*r)[1].column == 10);
}

TEST_CASE("spec: named value types", "[grammar][spec]") {
  auto r = parse_spec(
      "ip source-address A.B.C.D$ip mac H.H.H WORD LINE A.B.C.D/M HH:MM E164 "
      "PATTERN BUTTONS URL QUOTED");
  REQUIRE(r.ok());
  REQUIRE(r->size() == 14);
  CHECK((*r)[2].named == ValueType::Ipv4);
  CHECK((*r)[2].bind == "ip");
  CHECK((*r)[4].named == ValueType::Mac);
  CHECK((*r)[5].value_kind == ValueKind::Word);
  CHECK((*r)[6].value_kind == ValueKind::Line);
  CHECK((*r)[7].named == ValueType::Ipv4Prefix);
  CHECK((*r)[8].named == ValueType::TimeOfDay);
  CHECK((*r)[9].named == ValueType::E164);
  CHECK((*r)[10].named == ValueType::DialPattern);
  CHECK((*r)[11].named == ValueType::ButtonList);
  CHECK((*r)[12].named == ValueType::Url);
  CHECK((*r)[13].named == ValueType::QuotedString);
  CHECK(help_token((*r)[8]) == "hh:mm");
}

TEST_CASE("spec: optional and choice groups nest", "[grammar][spec]") {
  auto r = parse_spec("ephone-dn <1-288>$tag [{dual-line | octo-line}$mode]");
  REQUIRE(r.ok());
  REQUIRE(r->size() == 3);
  const auto& opt = (*r)[2];
  CHECK(opt.kind == ElementKind::Optional);
  REQUIRE(opt.alternatives.size() == 1);
  const auto& choice = opt.alternatives[0][0];
  CHECK(choice.kind == ElementKind::Choice);
  CHECK(choice.bind == "mode");
  REQUIRE(choice.alternatives.size() == 2);
  CHECK(choice.alternatives[1][0].text == "octo-line");
}

TEST_CASE("spec: keywords may start with digits and hold punctuation", "[grammar][spec]") {
  auto r = parse_spec("type 7960 sip-ua do-not-disturb 802.1x");
  REQUIRE(r.ok());
  CHECK((*r)[1].text == "7960");
  CHECK((*r)[4].text == "802.1x");
}

TEST_CASE("spec: a backslash writes a keyword with a leading capital", "[grammar][spec]") {
  auto r = parse_spec("type {7960 | \\CIPC | \\IP-STE}$type");
  REQUIRE(r.ok());
  const auto& choice = (*r)[1];
  REQUIRE(choice.alternatives.size() == 3);
  CHECK(choice.alternatives[1].front().text == "CIPC");
  CHECK(choice.alternatives[1].front().kind == ElementKind::Keyword);
  CHECK(choice.alternatives[2].front().text == "IP-STE");
  CHECK_FALSE(parse_spec("type \\cipc").ok());
}

TEST_CASE("spec: malformed specs are diagnosed with a column", "[grammar][spec]") {
  SECTION("unclosed range") {
    auto r = parse_spec("keepalive <10-");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().column == 14);
  }
  SECTION("mismatched brackets") {
    auto r = parse_spec("a [b | c}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().column == 2);
  }
  SECTION("reversed range") {
    auto r = parse_spec("x <9-1>");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().column == 2);
  }
  SECTION("unknown upper-case value word") {
    auto r = parse_spec("x WORDS");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().column == 2);
  }
  SECTION("blank before a binding") {
    CHECK_FALSE(parse_spec("x WORD $n").ok());
  }
  SECTION("empty spec") {
    CHECK_FALSE(parse_spec("").ok());
  }
}
