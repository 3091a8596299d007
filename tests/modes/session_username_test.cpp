// `username`: the local user database in the running-config, and model::verify_user.
#include <catch2/catch.hpp>

#include "model/json.hpp"
#include "model/secret.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::DiagnosticKind;
using cme::test::SessionFixture;

namespace {

constexpr const char* kAdminHash = "$1$abcd$2hDGYdE0UrwK2pqoiF6BB1";  // "cisco"
constexpr const char* kType8 = "$8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs";

}  // namespace

TEST_CASE("username: lines render in the order entered", "[modes][username]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok(std::string("username admin privilege 15 secret 5 ") + kAdminHash);
  f.ok("username ops password cisco");
  f.ok("username ro privilege 5");
  f.ok("username hidden password 7 02050D480809");
  CHECK(f.rendered().find(std::string("!\nusername admin privilege 15 secret 5 ") + kAdminHash +
                          "\nusername ops password 0 cisco\nusername ro privilege 5\n"
                          "username hidden password 7 02050D480809\n!\n") != std::string::npos);
  SECTION("entering a name again changes the parts it names") {
    f.ok("username ops privilege 3");
    f.ok("username ro secret 0 lab");
    const auto& users = f.device.running()->usernames;
    REQUIRE(users.size() == 4);
    CHECK(cme::model::username_line(users[1]) == "username ops privilege 3 password 0 cisco");
    REQUIRE(users[2].secret);
    CHECK(users[2].secret->type == 5);
    CHECK(cme::model::type5_verify("lab", users[2].secret->hash));
    CHECK(users[2].privilege == 5u);
  }
  SECTION("a user has a secret or a password, not both") {
    const auto d = f.fails("username ops secret 0 x");
    CHECK(d.message ==
          "ERROR: Can not have both a user password and a user secret.\n"
          "Please choose one or the other.");
    CHECK(f.fails("username admin password x").kind == DiagnosticKind::Semantic);
  }
  SECTION("no username removes the user and its verbatim lines") {
    f.ok("username ops autocommand show users");
    CHECK(f.device.running()->verbatim.size() == 1);
    f.ok("no username ops");
    CHECK(f.device.running()->usernames.size() == 3);
    CHECK(f.device.running()->verbatim.empty());
    CHECK(f.rendered().find("username ops") == std::string::npos);
    CHECK(f.fails("no username").kind == DiagnosticKind::Incomplete);
  }
}

TEST_CASE("username: invalid forms", "[modes][username]") {
  SessionFixture f;
  f.ok("configure terminal");
  CHECK(f.fails("username a").kind == DiagnosticKind::Incomplete);
  CHECK(f.fails("username a privilege 16").kind == DiagnosticKind::Invalid);
  CHECK(f.fails("username a secret 5 plain").message ==
        "ERROR: The secret you entered is not a valid encrypted secret.");
  CHECK(f.fails("username a secret 9 $9$x$y").kind == DiagnosticKind::Semantic);
  CHECK(f.fails("username a password 7 XYZ").message == "% Invalid encrypted password");
  CHECK(f.device.running()->usernames.empty());
  CHECK(f.device.running()->verbatim.empty());
  f.ok("username a nopassword");  // a form OpenCME does not type: kept verbatim
  CHECK(f.device.running()->verbatim.size() == 1);
}

TEST_CASE("username: verify_user checks secrets and passwords", "[modes][username]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok(std::string("username admin privilege 15 secret 5 ") + kAdminHash);
  f.ok("username typed secret lab");
  f.ok("username ops password 0 opspw");
  f.ok("username hidden privilege 7 password 7 02050D480809");
  f.ok(std::string("username pbkdf secret 8 ") + kType8);
  f.ok("username nopw privilege 4");
  const auto& c = *f.device.running();
  unsigned privilege = 99;
  CHECK(cme::model::verify_user(c, "admin", "cisco", &privilege));
  CHECK(privilege == 15);
  CHECK(cme::model::verify_user(c, "typed", "lab", &privilege));
  CHECK(privilege == 1);
  CHECK(cme::model::verify_user(c, "ops", "opspw", nullptr));
  CHECK(cme::model::verify_user(c, "hidden", "cisco", &privilege));
  CHECK(privilege == 7);
  privilege = 99;
  CHECK_FALSE(cme::model::verify_user(c, "admin", "Cisco", &privilege));
  CHECK_FALSE(cme::model::verify_user(c, "Admin", "cisco", &privilege));
  CHECK_FALSE(cme::model::verify_user(c, "ops", "", &privilege));
  CHECK_FALSE(cme::model::verify_user(c, "pbkdf", "anything", &privilege));
  CHECK_FALSE(cme::model::verify_user(c, "nopw", "", &privilege));
  CHECK_FALSE(cme::model::verify_user(c, "nobody", "cisco", &privilege));
  CHECK(privilege == 99);
}

TEST_CASE("username: renders before the dial-peers and round-trips as JSON",
          "[modes][username][json]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("dial-peer voice 1 voip");
  f.ok("exit");
  f.ok(std::string("username admin privilege 15 secret 5 ") + kAdminHash);
  f.ok("username ops password 0 cisco");
  const auto text = f.rendered();
  CHECK(text.find("username admin") < text.find("dial-peer voice 1"));
  const auto json = cme::model::to_json_text(*f.device.running());
  CHECK(json.find(R"("username": [)") != std::string::npos);
  const auto back = cme::model::config_from_json_text(json);
  REQUIRE(back.ok());
  CHECK(back.value().usernames == f.device.running()->usernames);
}

TEST_CASE("username, enable secret: an over-long secret is refused, not emptied",
          "[modes][username]") {
  SessionFixture f;
  f.ok("configure terminal");
  const std::string too_long(512, 's');
  auto d = f.fails("enable secret " + too_long);
  CHECK(d.message == "% Secret too long: at most 511 characters");
  CHECK_FALSE(f.device.running()->enable_secret);
  d = f.fails("username admin secret 0 " + too_long);
  CHECK(d.message == "% Secret too long: at most 511 characters");
  CHECK(f.device.running()->usernames.empty());
  f.ok("enable secret " + std::string(511, 's'));
  REQUIRE(f.device.running()->enable_secret);
  CHECK(cme::model::type5_verify(std::string(511, 's'), f.device.running()->enable_secret->hash));
}
