// Session: modes, prompts, walk-up, transactions and the EXEC commands of issue 2.
#include <catch2/catch.hpp>
#include <utility>
#include <vector>

#include "model/secret.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::DiagnosticKind;
using cme::modes::ModeId;
using cme::test::SessionFixture;

TEST_CASE("session: the registry builds with no error", "[modes][session]") {
  auto r = cme::modes::ModeRegistry::build();
  INFO((r.ok() ? std::string() : r.error()));
  REQUIRE(r.ok());
  REQUIRE(r.value() != nullptr);
}

TEST_CASE("session: EXEC prompts", "[modes][session]") {
  SessionFixture f(1);
  CHECK(f.session.prompt() == "Router>");
  CHECK(f.session.mode() == ModeId::UserExec);
  f.ok("enable");
  CHECK(f.session.prompt() == "Router#");
  f.ok("configure terminal");
  CHECK(f.session.prompt() == "Router(config)#");
  f.ok("end");
  CHECK(f.session.prompt() == "Router#");
  f.ok("disable");
  CHECK(f.session.prompt() == "Router>");
}

TEST_CASE("session: prompt of every configuration mode", "[modes][session]") {
  const std::vector<std::pair<std::vector<const char*>, const char*>> cases = {
      {{"line vty 0 4"}, "Router(config-line)#"},
      {{"line con 0"}, "Router(config-line)#"},
      {{"telephony-service"}, "Router(config-telephony)#"},
      {{"ephone 1"}, "Router(config-ephone)#"},
      {{"ephone-dn 1 dual-line"}, "Router(config-ephone-dn)#"},
      {{"ephone-template 1"}, "Router(config-ephone-template)#"},
      {{"ephone-dn-template 1"}, "Router(config-ephone-dn-template)#"},
      {{"voice register global"}, "Router(config-register-global)#"},
      {{"voice register pool 1"}, "Router(config-register-pool)#"},
      {{"voice register dn 1"}, "Router(config-register-dn)#"},
      {{"voice register template 1"}, "Router(config-register-temp)#"},
      {{"voice register session-server 1"}, "Router(config-register-fs)#"},
      {{"presence"}, "Router(config-presence)#"},
      {{"sip-ua"}, "Router(config-sip-ua)#"},
      {{"voice logout-profile 1"}, "Router(config-logout-profile)#"},
      {{"voice user-profile 1"}, "Router(config-user-profile)#"},
      {{"voice service voip"}, "Router(conf-voi-serv)#"},
      {{"voice service voip", "sip"}, "Router(conf-serv-sip)#"},
      {{"dial-peer voice 100 voip"}, "Router(config-dial-peer)#"},
      {{"interface GigabitEthernet0/0"}, "Router(config-if)#"},
      {{"router ospf 1"}, "Router(config-router)#"},
      {{"ip dhcp pool phones"}, "Router(dhcp-config)#"},
  };
  SessionFixture f;
  for (const auto& [lines, prompt] : cases) {
    f.ok("configure terminal");
    for (const char* line : lines) {
      f.ok(line);
    }
    CHECK(f.session.prompt() == prompt);
    f.ok("end");
  }
}

TEST_CASE("session: a global command typed in a sub-mode walks up", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("line vty 0 4");
  REQUIRE(f.session.mode() == ModeId::Line);
  f.ok("hostname R1");
  CHECK(f.session.mode() == ModeId::Config);
  CHECK(f.session.prompt() == "R1(config)#");
  CHECK(f.device.running()->hostname == "R1");
}

TEST_CASE("session: no walk-up after Incomplete or Ambiguous", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("line vty 0 4");
  const auto before = f.device.running();
  SECTION("incomplete here, known IOS at global") {
    CHECK(f.fails("logging").kind == DiagnosticKind::Incomplete);
  }
  SECTION("incomplete here, nothing at global") {
    CHECK(f.fails("exec-timeout").kind == DiagnosticKind::Incomplete);
  }
  SECTION("ambiguous here") {
    CHECK(f.fails("lo").kind == DiagnosticKind::Ambiguous);
  }
  CHECK(f.session.mode() == ModeId::Line);
  CHECK(f.session.prompt() == "Router(config-line)#");
  CHECK(f.device.running() == before);
}

TEST_CASE("session: do show running-config in a sub-mode", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("hostname R7");
  f.ok("line vty 0 4");
  const auto out = f.ok("do show running-config");
  CHECK(out.rfind("Building configuration...\n", 0) == 0);
  CHECK(out.find("hostname R7\n") != std::string::npos);
  CHECK(out.find("line vty 0 4\n") != std::string::npos);
  CHECK(f.session.mode() == ModeId::Line);
}

TEST_CASE("session: do with a bad EXEC command gives the caret error", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("line vty 0 4");
  const auto before = f.device.running();
  auto d = f.fails("do bogus");
  CHECK(d.kind == cme::DiagnosticKind::Invalid);
  CHECK(d.column == 3);
  d = f.fails("do show bogus 1");
  CHECK(d.kind == cme::DiagnosticKind::Invalid);
  CHECK(d.column == 8);
  d = f.fails("do interface Bogus9/9");
  CHECK(d.column == 3);
  CHECK(f.session.mode() == ModeId::Line);  // no walk-up, nothing kept as text
  CHECK(f.device.running() == before);
}

TEST_CASE("session: no hostname and default hostname", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("hostname R1");
  REQUIRE(f.device.running()->hostname == "R1");
  SECTION("no") {
    f.ok("no hostname");
  }
  SECTION("default") {
    f.ok("default hostname");
  }
  CHECK(f.device.running()->hostname == "Router");
  CHECK(f.session.prompt() == "Router(config)#");
}

TEST_CASE("session: a failed line changes nothing", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("hostname R1");
  const auto before = f.device.running();
  const cme::model::Config copy = *before;
  SECTION("invalid") {
    CHECK(f.fails("frobnicate 1").kind == DiagnosticKind::Invalid);
  }
  SECTION("illegal hostname") {
    CHECK(f.fails("hostname 1abc").kind == DiagnosticKind::Semantic);
  }
  SECTION("bad type 5 secret") {
    CHECK(f.fails("enable secret 5 notahash").kind == DiagnosticKind::Semantic);
  }
  SECTION("bad type 7 password") {
    CHECK(f.fails("enable password 7 XYZ").kind == DiagnosticKind::Semantic);
  }
  SECTION("illegal line range") {
    CHECK(f.fails("line vty 4 2").kind == DiagnosticKind::Semantic);
  }
  CHECK(f.device.running() == before);
  CHECK(*f.device.running() == copy);
  CHECK(f.session.view() == copy);
}

TEST_CASE("session: an interactive line commits at once", "[modes][session]") {
  SessionFixture f;
  int commits = 0;
  f.device.on_commit([&](const cme::model::Config&, const cme::model::Config&) { ++commits; });
  f.ok("configure terminal");
  CHECK(commits == 0);
  const auto before = f.device.running();
  f.ok("hostname R1");
  CHECK(commits == 1);
  CHECK(f.device.running() != before);
  CHECK(f.device.running()->hostname == "R1");
  f.ok("hostname R2");
  CHECK(commits == 2);
}

TEST_CASE("router: commit listeners can be removed, also from inside a commit",
          "[modes][session]") {
  SessionFixture f;
  std::vector<std::string> calls;
  int second = 0;
  const int first = f.device.on_commit([&](const cme::model::Config&, const cme::model::Config&) {
    calls.push_back("first");
    f.device.remove_commit_listener(second);  // removes the next one before its turn
  });
  second = f.device.on_commit(
      [&](const cme::model::Config&, const cme::model::Config&) { calls.push_back("second"); });
  int self = 0;
  self = f.device.on_commit([&](const cme::model::Config&, const cme::model::Config&) {
    calls.push_back("self");
    f.device.remove_commit_listener(self);  // removes itself while running
  });
  f.ok("configure terminal");
  f.ok("hostname R1");
  CHECK(calls == std::vector<std::string>{"first", "self"});
  f.device.remove_commit_listener(first);
  f.device.remove_commit_listener(12345);  // unknown: ignored
  f.ok("hostname R2");
  CHECK(calls.size() == 2);
}

TEST_CASE("session: a batch commits once at the end", "[modes][session]") {
  SessionFixture f(15, true);
  int commits = 0;
  f.device.on_commit([&](const cme::model::Config& before, const cme::model::Config& after) {
    ++commits;
    CHECK(before.hostname == "Router");
    CHECK(after.hostname == "R2");
  });
  f.ok("configure terminal");
  const auto before = f.device.running();
  f.session.begin_batch();
  REQUIRE(f.session.in_batch());
  f.ok("hostname R1");
  f.ok("line vty 0 4");
  f.ok(" exec-timeout 5 0");
  f.ok("hostname R2");
  CHECK(commits == 0);
  CHECK(f.device.running() == before);
  CHECK(f.session.view().hostname == "R2");
  f.session.commit_batch();
  CHECK_FALSE(f.session.in_batch());
  CHECK(commits == 1);
  CHECK(f.device.running()->hostname == "R2");
}

TEST_CASE("session: enable secret stores a type 5 hash", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("enable secret cisco");
  const auto& secret = f.device.running()->enable_secret;
  REQUIRE(secret.has_value());
  CHECK(secret->type == 5);
  CHECK(secret->hash != "cisco");
  CHECK(cme::model::is_type5(secret->hash));
  CHECK(cme::model::type5_verify("cisco", secret->hash));
  CHECK(f.rendered().find("enable secret 5 $1$") != std::string::npos);
  CHECK(f.rendered().find("cisco") == std::string::npos);
}

TEST_CASE("session: enable asks for the secret", "[modes][session]") {
  SessionFixture admin;
  admin.ok("configure terminal");
  admin.ok("enable secret cisco");
  cme::modes::Session user(admin.device, cme::test::session_options(1, false));
  REQUIRE(user.execute("enable").ok());
  CHECK(user.prompt() == "Password: ");
  CHECK_FALSE(user.echo());
  SECTION("right secret") {
    CHECK(user.execute("cisco").output.empty());
    CHECK(user.privilege() == 15);
    CHECK(user.prompt() == "Router#");
  }
  SECTION("wrong three times") {
    CHECK(user.execute("wrong1").output.empty());
    CHECK(user.prompt() == "Password: ");
    CHECK(user.execute("wrong2").output.empty());
    CHECK(user.prompt() == "Password: ");
    CHECK(user.execute("wrong3").output == "% Bad secrets\n");
    CHECK(user.privilege() == 1);
    CHECK(user.prompt() == "Router>");
    CHECK(user.echo());
  }
}

TEST_CASE("session: login security that OpenCME does not enforce is refused", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  for (const char* line : {"login block-for 60 attempts 3 within 30", "login delay 2",
                           "login quiet-mode access-class 10"}) {
    const auto d = f.fails(line);
    CHECK(d.kind == cme::DiagnosticKind::Semantic);
    CHECK(d.message.rfind("% Not supported: OpenCME does not enforce login ", 0) == 0);
  }
  f.ok("line vty 0 4");
  const auto d = f.fails("access-class 10 in");
  CHECK(d.message ==
        "% Not supported: OpenCME does not enforce access-class on lines, so it is refused "
        "rather than stored");
  CHECK(f.session.mode() == ModeId::Line);
  f.ok("end");
  CHECK(f.rendered().find("block-for") == std::string::npos);
  CHECK(f.rendered().find("access-class") == std::string::npos);
  CHECK(f.device.running()->verbatim.empty());
}
