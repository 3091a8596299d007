// `number N type T` in the Extension Mobility profiles (seed 002; issue 15 item 5).
#include <catch2/catch.hpp>

#include "session_fixture.hpp"

using namespace cme;
using cme::test::SessionFixture;

TEST_CASE("profile number: every line type of seed 002, cw-overlay read as IOS's cw-overly",
          "[modes][profile]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("ephone-dn 1");
  f.ok("number 2001");
  f.ok("ephone-dn 2");
  f.ok("number 2002");
  f.ok("ephone-dn 3");
  f.ok("number 2003");
  f.ok("voice user-profile 1");
  f.ok("number 2001 type normal");
  f.ok("number 2002,2003 type cw-overlay");
  f.ok("voice logout-profile 1");
  f.ok("number 2001 type normal");
  f.ok("number 2002,2003 type cw-overly");
  const auto text = f.rendered();
  CHECK(text.find("voice user-profile 1\n number 2001 type normal\n number 2002,2003 type "
                  "cw-overly\n") != std::string::npos);
  CHECK(text.find("voice logout-profile 1\n number 2001 type normal\n number 2002,2003 type "
                  "cw-overly\n") != std::string::npos);
  CHECK(text.find("cw-overlay") == std::string::npos);
}
