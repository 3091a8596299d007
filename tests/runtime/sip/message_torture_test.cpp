// RFC 4475 torture messages (tests/data/sip/*.sip, bytes as the RFC's archive gives them; the 13
// valid ones match its SHA-256 digests) through parse_message, request_core and the typed views.
// The table says, per message, what the message layer must conclude; the checks after it look
// at the content of the valid messages.

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/message/serialize.hpp"
#include "tests/runtime/sip/message_corpus.hpp"

using namespace cme::runtime::sip;
using cme::test::sip_corpus;
using Kind = MessageError::Kind;

namespace {

enum class Outcome {
  Valid,     ///< parse_message accepts; request_core accepts (requests)
  BadFrame,  ///< parse_message rejects with `kind`; the answer is `answer` (0: drop)
  BadCore,   ///< parse_message accepts; request_core rejects with reason `detail` (answer 400)
  BadValue,  ///< parse_message and request_core accept; header `detail` fails its typed view
};

struct Case {
  const char* name;
  const char* section;  ///< RFC 4475
  Outcome outcome;
  Kind kind = Kind::StartLine;
  unsigned answer = 0;
  const char* detail = "";
};

const Case kCases[] = {
    {"wsinv", "3.1.1.1", Outcome::Valid},
    {"intmeth", "3.1.1.2", Outcome::Valid},
    {"esc01", "3.1.1.3", Outcome::Valid},
    {"escnull", "3.1.1.4", Outcome::Valid},
    {"esc02", "3.1.1.5", Outcome::Valid},
    {"lwsdisp", "3.1.1.6", Outcome::Valid},
    {"longreq", "3.1.1.7", Outcome::Valid},
    {"dblreq", "3.1.1.8", Outcome::Valid},
    {"semiuri", "3.1.1.9", Outcome::Valid},
    {"transports", "3.1.1.10", Outcome::Valid},
    {"mpart01", "3.1.1.11", Outcome::Valid},
    {"unreason", "3.1.1.12", Outcome::Valid},
    {"noreason", "3.1.1.13", Outcome::Valid},
    {"badinv01", "3.1.2.1", Outcome::BadCore, Kind::StartLine, 400, "Bad Via header"},
    {"clerr", "3.1.2.2", Outcome::BadFrame, Kind::BodyTruncated, 400},
    {"ncl", "3.1.2.3", Outcome::BadFrame, Kind::ContentLength, 400},
    {"scalar02", "3.1.2.4", Outcome::BadCore, Kind::StartLine, 400, "Bad CSeq header"},
    {"scalarlg", "3.1.2.5", Outcome::BadValue, Kind::StartLine, 0, "CSeq"},
    {"quotbal", "3.1.2.6", Outcome::BadCore, Kind::StartLine, 400, "Bad To header"},
    {"ltgtruri", "3.1.2.7", Outcome::BadFrame, Kind::StartLine, 400},
    {"lwsruri", "3.1.2.8", Outcome::BadFrame, Kind::StartLine, 400},
    {"lwsstart", "3.1.2.9", Outcome::BadFrame, Kind::StartLine, 400},
    {"trws", "3.1.2.10", Outcome::BadFrame, Kind::StartLine, 400},
    {"escruri", "3.1.2.11", Outcome::BadFrame, Kind::StartLine, 400},
    // 3.1.2.12: a non-GMT Date may be ignored by an element that does not use Date.
    {"baddate", "3.1.2.12", Outcome::Valid},
    {"regbadct", "3.1.2.13", Outcome::BadValue, Kind::StartLine, 0, "Contact"},
    {"badaspec", "3.1.2.14", Outcome::BadCore, Kind::StartLine, 400, "Bad To header"},
    {"baddn", "3.1.2.15", Outcome::BadCore, Kind::StartLine, 400, "Bad From header"},
    {"badvers", "3.1.2.16", Outcome::BadFrame, Kind::Version, 505},
    {"mismatch01", "3.1.2.17", Outcome::BadCore, Kind::StartLine, 400, "CSeq method mismatch"},
    // 3.1.2.18: an unknown method; the UAS answers 501 before it looks at CSeq (§8.2.1).
    {"mismatch02", "3.1.2.18", Outcome::BadCore, Kind::StartLine, 400, "CSeq method mismatch"},
    {"bigcode", "3.1.2.19", Outcome::BadFrame, Kind::StartLine, 0},
    // 3.2.1: a parser must not break on "branch=z9hG4bK"; transaction matching handles it.
    {"badbranch", "3.2.1", Outcome::Valid},
    {"insuf", "3.3.1", Outcome::BadCore, Kind::StartLine, 400, "Missing From header"},
};

bool typed_value_fails(const Message& m, std::string_view header) {
  auto value = m.header(header);
  REQUIRE(value);
  if (header == "CSeq") {
    return !parse_cseq(*value);
  }
  return !parse_name_addr(*value);
}

Message parse_valid(const std::string& name) {
  auto parsed = parse_message(sip_corpus(name));
  REQUIRE(parsed);
  return std::move(parsed).value();
}

}  // namespace

TEST_CASE("message_torture: the corpus is present", "[runtime][sip][message_torture]") {
  for (const auto& name : cme::test::sip_corpus_names()) {
    INFO(name);
    CHECK_FALSE(sip_corpus(name).empty());
  }
}

TEST_CASE("message_torture: every RFC 4475 message gets the expected verdict",
          "[runtime][sip][message_torture]") {
  for (const auto& c : kCases) {
    INFO("RFC 4475 " << c.section << " " << c.name);
    std::string const bytes = sip_corpus(c.name);
    REQUIRE_FALSE(bytes.empty());
    auto parsed = parse_message(bytes);
    if (c.outcome == Outcome::BadFrame) {
      REQUIRE_FALSE(parsed);
      CHECK(parsed.error().kind == c.kind);
      CHECK(parsed.error().answer_status() == c.answer);
      continue;
    }
    REQUIRE(parsed);
    const Message& m = parsed.value();
    if (m.request) {
      auto core = request_core(m);
      CHECK(core.ok() == (c.outcome != Outcome::BadCore));
      if (!core) {
        CHECK(core.error().reason == c.detail);
      }
    }
    if (c.outcome == Outcome::BadValue) {
      CHECK(typed_value_fails(m, c.detail));
    }
  }
}

TEST_CASE("message_torture: accepted messages survive serialize and parse unchanged",
          "[runtime][sip][message_torture]") {
  for (const auto& c : kCases) {
    if (c.outcome == Outcome::BadFrame) {
      continue;
    }
    INFO(c.name);
    Message const first = parse_valid(c.name);
    auto again = parse_message(serialize(first));
    REQUIRE(again);
    CHECK(again.value() == first);
  }
}
