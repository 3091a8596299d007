// `type` of ephone and ephone-template and `auto assign … type` (issue 15 item 15): the phone
// types and add-on modules of the command reference, as keywords, so `type ?` lists them and a
// word that is not one gets IOS's caret error.
#include <algorithm>
#include <catch2/catch.hpp>

#include "modes/ios_words.hpp"
#include "tests/modes/session_fixture.hpp"

namespace cme::test {

TEST_CASE("phone type: ephone type takes the reference's types and modules",
          "[modes][phone-type]") {
  SessionFixture f;
  f.run({"configure terminal", "ephone 1"});
  for (auto type : modes::ios_words::kSccpPhoneTypes) {
    f.ok("type " + std::string(type));
    CHECK(f.device.running()->cme.ephones.at(1).type->type == type);
  }
  f.ok("type 7965 addon 1 7915-24 2 7916-12");
  const auto& t = *f.device.running()->cme.ephones.at(1).type;
  CHECK(t.type == "7965");
  CHECK(t.addons == std::vector<std::string>{"7915-24", "7916-12"});
  f.ok("type 7941ge");  // IOS keywords match without case and render in IOS's spelling
  CHECK(f.device.running()->cme.ephones.at(1).type->type == "7941GE");
  f.ok("type 7941");  // an exact keyword wins over the longer 7941GE
  CHECK(f.device.running()->cme.ephones.at(1).type->type == "7941");
}

TEST_CASE("phone type: a word that is no phone type gets the caret and changes nothing",
          "[modes][phone-type]") {
  SessionFixture f;
  f.run({"configure terminal", "ephone 1", "type 7960"});
  const auto before = f.rendered();
  auto d = f.fails("type 9999");
  CHECK(d.kind == DiagnosticKind::Invalid);
  CHECK(d.column == 7);  // after the "99" that 9951 and 9971 share, as IOS puts the caret
  d = f.fails("type 7960 addon 1 7999");
  CHECK(d.kind == DiagnosticKind::Invalid);
  CHECK(d.column == 20);
  CHECK(f.fails("type 79").kind == DiagnosticKind::Ambiguous);
  f.run({"exit", "ephone-template 1"});
  CHECK(f.fails("type 9999").kind == DiagnosticKind::Invalid);
  f.ok("type 7975 addon 1 7914");
  f.run({"exit", "telephony-service"});
  CHECK(f.fails("auto assign 1 to 4 type 9999").kind == DiagnosticKind::Invalid);
  f.ok("auto assign 1 to 4 type CIPC");
  f.ok("auto assign 5 to 8 type all");
  CHECK(f.rendered().find(" auto assign 1 to 4 type CIPC\n") != std::string::npos);
  CHECK(f.rendered().find(" type 7975 addon 1 7914\n") != std::string::npos);
  CHECK(f.rendered().find(" type 7960\n") != std::string::npos);
}

/// The tokens `?` lists after `before_cursor`.
std::vector<std::string> next_tokens(SessionFixture& f, std::string_view before_cursor) {
  std::vector<std::string> tokens;
  for (const auto& e : f.session.help(before_cursor).entries) {
    tokens.push_back(e.token);
  }
  return tokens;
}

TEST_CASE("phone type: type ? lists the phone types", "[modes][phone-type]") {
  SessionFixture f;
  f.run({"configure terminal", "ephone 1"});
  const auto types = next_tokens(f, "type ");
  std::vector<std::string> expected(modes::ios_words::kSccpPhoneTypes.begin(),
                                    modes::ios_words::kSccpPhoneTypes.end());
  std::sort(expected.begin(), expected.end());
  auto sorted = types;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == expected);  // no WORD
  CHECK(std::find(types.begin(), types.end(), "vgc-phone") != types.end());
  const auto modules = next_tokens(f, "type 7965 addon 1 ");
  CHECK(modules == std::vector<std::string>(modes::ios_words::kSccpAddonModules.begin(),
                                            modes::ios_words::kSccpAddonModules.end()));
}

}  // namespace cme::test
