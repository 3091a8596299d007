// `show sip-ua status registrar` in the layout of a real CME (ios-texts.md §6.Q): the number,
// where the phone registered from, the seconds left and the contact host; the Call-ID and the
// peer on the lines below, at column 14; an empty line after each entry.
#include <catch2/catch.hpp>

#include "tests/modes/fake_sip_status.hpp"
#include "tests/modes/session_fixture.hpp"

namespace cme::test {

TEST_CASE("sip show: show sip-ua status registrar", "[modes][show]") {
  SessionFixture f;
  FakeSipStatus sip;
  f.device.set_sip(&sip);
  const std::string header =
      "Line          destination      expires(sec)  contact\n"
      "              call-id\n"
      "              peer\n"
      "============================================================\n";
  CHECK(f.ok("show sip-ua status registrar") == header);
  sip.bind(2, "1112");
  sip.bind(3, "1113");
  CHECK(f.ok("show sip-ua status registrar") ==
        header +
            "1112          10.0.0.2         3600          10.0.0.2\n"
            "              call-2                                        \n"
            "              -\n"
            "\n"
            "1113          10.0.0.3         3600          10.0.0.3\n"
            "              call-3                                        \n"
            "              -\n"
            "\n");
}

}  // namespace cme::test
