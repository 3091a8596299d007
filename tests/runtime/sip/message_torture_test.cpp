// RFC 4475 torture messages (tests/data/sip/*.sip, bytes as the RFC's archive gives them; the 13
// valid ones match its SHA-256 digests) through parse_message, request_core and the typed views.
// The table says, per message, what the message layer must conclude; the checks after it look
// at the content of the valid messages.

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/auth/digest_algorithm.hpp"
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

TEST_CASE("message_torture: the valid messages are the RFC 4475 archive bytes",
          "[runtime][sip][message_torture]") {
  // SHA-256 of the members of the RFC 4475 Appendix A archive (tests/data/sip/README.md).
  const std::pair<const char*, const char*> digests[] = {
      {"wsinv", "d6f6cdee99cd0a1f8e3d9a0fdd67c877700e19ab86d8186dada06f61260e3e61"},
      {"intmeth", "b957a8292c1c0a9851fe94705b90f94320738f43aacde64998e401f742ef688d"},
      {"esc01", "be3a316d4ce5f69cad474646191e390dd4b50fc8371e44b5197fe1237781973e"},
      {"escnull", "263fe2ecd12a5ccbb6c67b3174e9211d11da9b600e7d69666a86d2ee42873e90"},
      {"esc02", "9a9c59449f00327b02071feafc8e5c2a261c98c818044167894cc17809a12199"},
      {"lwsdisp", "d1b36b6316c12824f6f04bf6b1fd1f021cade9b74871693b9c3474cd9fa7f4e6"},
      {"longreq", "185739292bc676760e5b1cca77c87705aa570240171c506ad76f8c35af0ecdaa"},
      {"dblreq", "a6be48426565c2a705389c4ce2ea17e57b891cb13f80490a2cb9392c797b46ef"},
      {"semiuri", "87bbaed6b4b354dbd3c5c7a20e66686303c63e43a0aa19b89de1ac75231611a2"},
      {"transports", "33b4553a3b9418121b099ff07882535151edd6a1e81898c63a916aad2cbf90bc"},
      {"mpart01", "92147c8e24997bac59629e1b163767697d0d6d499af87f89e325d69968bec3ba"},
      {"unreason", "4f939d6ebf4817eea70f011d3209e83732872ffc20ffd304b244084dc392f4d7"},
      {"noreason", "07e11e470a69fffa3674de805e5165d1351a9439a91045ee70c9570ea24ab4fe"},
  };
  for (const auto& [name, digest] : digests) {
    INFO(name);
    CHECK(digest_hex(DigestAlgorithm::Sha256, sip_corpus(name)) == digest);
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
