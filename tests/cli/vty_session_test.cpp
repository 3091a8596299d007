// VtySession: the IOS vty login dialogue, EXEC over telnet, timers on a manual clock, monitor.
#include <catch2/catch.hpp>

#include "tests/cli/vty_fixture.hpp"

using cme::test::VtyFixture;

namespace {

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

constexpr const char* kLinePassword = "line vty 0 4\n password lab\n login\n";

}  // namespace

TEST_CASE("vty session: a line without a password refuses the connection", "[cli][vty]") {
  VtyFixture f;
  auto& c = f.connect(0);
  CHECK(c.text() == "\r\nPassword required, but none set\r\n");
  CHECK(c.closed);
  CHECK(f.lines.active().empty());
}

TEST_CASE("vty session: line password login, not echoed, three failures close", "[cli][vty]") {
  VtyFixture f;
  f.configure(kLinePassword);
  auto& c = f.connect(0);
  CHECK(c.text() == "\r\n\r\nUser Access Verification\r\n\r\nPassword: ");
  SECTION("right password") {
    CHECK(c.type("lab\r\n") == "\r\nRouter>");
    CHECK_FALSE(c.closed);
    CHECK(contains(c.type("show privilege\r\n"), "Current privilege level is 1"));
  }
  SECTION("wrong three times") {
    CHECK(c.type("x\r\n") == "\r\nPassword: ");
    CHECK(c.type("y\r") == "\r\nPassword: ");
    CHECK(c.type(std::string_view("\0", 1)).empty());  // the NUL of CR NUL
    CHECK_FALSE(c.closed);
    CHECK(c.type("z\n") == "\r\n% Bad passwords\r\n");
    CHECK(c.closed);
  }
  SECTION("commands typed ahead of the prompt run after login") {
    const auto out = c.type("lab\r\nshow privilege\r\n");
    CHECK(contains(out, "Router>show privilege\r\nCurrent privilege level is 1\r\nRouter>"));
  }
}

TEST_CASE("vty session: login local asks for a username, then the user's privilege", "[cli][vty]") {
  VtyFixture f;
  f.configure(
      "username admin privilege 15 secret cisco\nusername ops password 0 ops1\n"
      "line vty 0 4\n login local\n");
  auto& c = f.connect(0);
  CHECK(c.text() == "\r\n\r\nUser Access Verification\r\n\r\nUsername: ");
  SECTION("wrong pair") {
    CHECK(c.type("admin\r\n") == "admin\r\nPassword: ");
    CHECK(c.type("nope\r\n") == "\r\n% Login invalid\r\n\r\nUsername: ");
  }
  SECTION("privilege 15 user") {
    c.type("admin\r\n");
    CHECK(c.type("cisco\r\n") == "\r\nRouter#");
    const auto users = c.type("show users\r\n");
    CHECK(contains(users, "*  2 vty 0     admin      idle                 00:00:00 127.0.0.1"));
  }
  SECTION("user without a privilege gets level 1") {
    c.type("ops\r\n");
    CHECK(c.type("ops1\r\n") == "\r\nRouter>");
  }
}

TEST_CASE("vty session: no login goes straight to EXEC", "[cli][vty]") {
  VtyFixture f;
  f.configure("line vty 0 4\n no login\n privilege level 15\n");
  auto& c = f.connect(3);
  CHECK(c.text() == "Router#");
  CHECK(c.vty->absolute() == 5);
}

TEST_CASE("vty session: enable needs an enable password on a vty", "[cli][vty]") {
  VtyFixture f;
  f.configure("line vty 0 4\n no login\n");
  auto& c = f.connect(0);
  CHECK(c.type("enable\r\n") == "enable\r\n% No password set\r\nRouter>");
  f.configure("enable secret s3cret\n");
  CHECK(c.type("enable\r\n") == "enable\r\nPassword: ");
  CHECK(c.type("s3cret\r\n") == "\r\nRouter#");
}

TEST_CASE("vty session: exec-timeout closes an idle session and input restarts it", "[cli][vty]") {
  VtyFixture f;
  f.configure("line vty 0 4\n no login\n exec-timeout 0 5\n");
  auto& c = f.connect(0);
  f.timers.advance(std::chrono::seconds(4));
  CHECK_FALSE(c.closed);
  c.type("\r\n");
  f.timers.advance(std::chrono::seconds(4));
  CHECK_FALSE(c.closed);
  f.timers.advance(std::chrono::seconds(1));
  CHECK(c.closed);
  CHECK(f.lines.active().empty());
}

TEST_CASE("vty session: the default exec-timeout is 10 minutes, 0 0 is never", "[cli][vty]") {
  VtyFixture f;
  SECTION("default") {
    f.configure("line vty 0 4\n no login\n");
    auto& c = f.connect(0);
    f.timers.advance(std::chrono::seconds(599));
    CHECK_FALSE(c.closed);
    f.timers.advance(std::chrono::seconds(1));
    CHECK(c.closed);
  }
  SECTION("never") {
    f.configure("line vty 0 4\n no login\n exec-timeout 0 0\n");
    auto& c = f.connect(0);
    f.timers.advance(std::chrono::hours(48));
    CHECK_FALSE(c.closed);
    CHECK(f.timers.pending() == 0);
  }
}

TEST_CASE("vty session: an unanswered login prompt times out after 30 s", "[cli][vty]") {
  VtyFixture f;
  f.configure(kLinePassword);
  auto& c = f.connect(0);
  f.timers.advance(std::chrono::seconds(29));
  CHECK_FALSE(c.closed);
  f.timers.advance(std::chrono::seconds(1));
  CHECK(c.closed);
  CHECK(contains(c.text(), "\r\n% Password:  timeout expired!\r\n"));
}

TEST_CASE("vty session: the NAWS window sets terminal length and width", "[cli][vty]") {
  VtyFixture f;
  f.configure("line vty 0 4\n no login\n");
  auto& c = f.connect(0);
  c.type(std::string("\xff\xfa\x1f\x00\x84\x00\x32\xff\xf0", 9));
  const auto out = c.type("show terminal\r\n");
  CHECK(contains(out, "Length: 50 lines, Width: 132 columns"));
}

TEST_CASE("vty session: terminal monitor receives logs, and config changes are logged by vty",
          "[cli][vty]") {
  VtyFixture f;
  f.configure("enable secret s\nline vty 0 4\n no login\n privilege level 15\n");
  auto& watcher = f.connect(0);
  auto& editor = f.connect(1);
  watcher.type("terminal monitor\r\n");
  const auto before = watcher.wire.size();
  editor.type("configure terminal\r\nhostname CME\r\nend\r\n");
  const auto seen = cme::test::telnet_text(std::string_view(watcher.wire).substr(before));
  CHECK(contains(seen,
                 "*Nov 22 07:16:02.715: %SYS-5-CONFIG_I: Configured from console by vty1 "
                 "(127.0.0.1)\r\n"));
  CHECK_FALSE(contains(editor.text(), "%SYS-5-CONFIG_I"));  // editor has no terminal monitor
  CHECK(contains(watcher.type("\r\n"), "CME#"));            // the change is shared
}

TEST_CASE("vty session: clear line ends another session", "[cli][vty]") {
  VtyFixture f;
  f.configure("line vty 0 4\n no login\n privilege level 15\n");
  auto& victim = f.connect(0);
  auto& admin = f.connect(1);
  CHECK(f.lines.active().size() == 2);
  CHECK(contains(admin.type("clear line 2\r\n"), "[confirm]"));
  CHECK(contains(admin.type("\r\n"), "[OK]"));
  CHECK(victim.closed);
  CHECK_FALSE(admin.closed);
  CHECK(f.lines.active().size() == 1);
  CHECK(f.lines.uses(2) == 1);
}

TEST_CASE("vty session: show line lists the configured lines, marks those in use, counts uses",
          "[cli][vty]") {
  VtyFixture f;
  f.configure("line vty 0 4\n no login\n");
  f.connect(1).vty->end();
  auto& c = f.connect(1);
  const auto out = c.type("show line\r\n");
  CHECK(contains(
      out,
      "   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int\r\n"
      "     0 CTY              -    -      -    -    -      0       0     0/0       -\r\n"
      "     2 VTY              -    -      -    -    -      0       0     0/0       -\r\n"
      "*    3 VTY              -    -      -    -    -      2       0     0/0       -\r\n"
      "     4 VTY              -    -      -    -    -      0       0     0/0       -\r\n"));
  CHECK(
      contains(out, "Line(s) not in async mode -or- with no hardware support: \r\n1, 7-1871\r\n"));
}

TEST_CASE("vty session: MOTD and login banners before the login, exec banner after", "[cli][vty]") {
  VtyFixture f;
  f.configure(
      "hostname CME\nbanner motd ^C\nAuthorized access only: $(hostname) line $(line)\n^C\n"
      "banner login #Login banner#\nbanner exec %Welcome%\n");
  f.configure(kLinePassword);
  auto& c = f.connect(0);
  CHECK(c.text() ==
        "\r\n\r\nAuthorized access only: CME line 2\r\n\r\n\r\nLogin banner\r\n"
        "\r\n\r\nUser Access Verification\r\n\r\nPassword: ");
  CHECK(c.type("lab\r\n") == "\r\n\r\nWelcome\r\nCME>");
}

TEST_CASE("vty session: [confirm] takes a single key: Enter confirms, another key cancels",
          "[cli][vty]") {
  VtyFixture f;
  f.configure("line vty 0 4\n no login\n privilege level 15\n");
  auto& victim = f.connect(0);
  auto& admin = f.connect(1);
  SECTION("n cancels at once") {
    CHECK(admin.type("clear line 2\r\n") == "clear line 2\r\n[confirm]");
    CHECK(admin.type("n") == "\r\nRouter#");
    CHECK_FALSE(victim.closed);
  }
  SECTION("y confirms at once") {
    admin.type("clear line 2\r\n");
    CHECK(admin.type("y") == "\r\n [OK]\r\nRouter#");
    CHECK(victim.closed);
  }
  SECTION("CR NUL confirms once") {
    admin.type("clear line 2\r");
    CHECK(admin.type(std::string_view("\0\r\0", 3)) == "\r\n [OK]\r\nRouter#");
    CHECK(victim.closed);
  }
}
