// Session: general IOS kept verbatim, the startup-config commands and the round trip of
// examples/small-office.cfg.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "tests/modes/session_fixture.hpp"

using cme::DiagnosticKind;
using cme::modes::ModeId;
using cme::test::SessionFixture;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

/// Applies `text` line by line in a batch, as pasted at global configuration; returns the
/// number of failed lines.
int apply_batch(SessionFixture& f, const std::string& text) {
  f.ok("configure terminal");
  f.session.begin_batch();
  std::istringstream in(text);
  int failed = 0;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    auto o = f.session.execute(line);
    if (!o.ok()) {
      UNSCOPED_INFO("failed: " << line);
      ++failed;
    }
    if (!cme::modes::is_config(f.session.mode())) {
      f.ok("configure terminal");
    }
  }
  f.session.commit_batch();
  f.ok("end");
  return failed;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

TEST_CASE("session: an interface block keeps its sub-lines", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("interface GigabitEthernet0/0");
  CHECK(f.session.mode() == ModeId::Verbatim);
  f.ok(" ip address 10.0.0.1 255.255.255.0");
  f.ok(" no shutdown");
  f.ok("exit");
  CHECK(f.session.mode() == ModeId::Config);
  const std::string block =
      "interface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n no shutdown\n";
  CHECK(f.rendered().find(block) != std::string::npos);

  SECTION("re-entering the block appends") {
    f.ok("interface GigabitEthernet0/0");
    f.ok(" description LAN");
    f.ok("end");
    CHECK(f.rendered().find(block + " description LAN\n") != std::string::npos);
    CHECK(count(f.rendered(), "interface GigabitEthernet0/0") == 1);
  }
  SECTION("no interface removes it") {
    f.ok("no interface GigabitEthernet0/0");
    CHECK(f.rendered().find("interface") == std::string::npos);
    CHECK(f.device.running()->verbatim.empty());
  }
}

TEST_CASE("session: a global command ends a verbatim block", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("interface GigabitEthernet0/1");
  f.ok("hostname R9");
  CHECK(f.session.mode() == ModeId::Config);
  CHECK(f.device.running()->hostname == "R9");
  CHECK(f.device.running()->verbatim[0].lines.empty());
}

TEST_CASE("session: no ip domain lookup toggles", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("no ip domain lookup");
  CHECK(f.rendered().find("no ip domain lookup\n") != std::string::npos);
  f.ok("ip domain lookup");
  CHECK(f.rendered().find("no ip domain lookup") == std::string::npos);
  CHECK(f.device.running()->verbatim.size() <= 1);
}

// Bug: `ip domain lookup` replaces the stored `no ip domain lookup` by the line itself, so a
// second `no ip domain lookup` erases that and leaves nothing: lookup is on again. IOS shows
// `no ip domain lookup` after the last command.
TEST_CASE("session: no ip domain lookup after toggling is kept", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("no ip domain lookup");
  f.ok("ip domain lookup");
  f.ok("no ip domain lookup");
  CHECK(f.rendered().find("no ip domain lookup\n") != std::string::npos);
}

TEST_CASE("session: a banner spans lines between ^C delimiters", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  const auto intro = f.ok("banner motd ^C");
  CHECK(intro == "Enter TEXT message.  End with the character '^'.\n");
  f.ok("Authorized access only.");
  f.ok("");
  f.ok("! not a comment here");
  f.ok("^C");
  CHECK(f.session.mode() == ModeId::Config);
  const std::string banner =
      "banner motd ^C\nAuthorized access only.\n\n! not a comment here\n^C\n";
  CHECK(cme::model::render_running_config(f.session.view()).find(banner) != std::string::npos);
  f.ok("hostname R3");
  CHECK(f.device.running()->hostname == "R3");
  CHECK(f.rendered().find(banner) != std::string::npos);
}

// Bug: the banner text lines are edited in the session's one-line candidate, which nothing
// commits when the closing delimiter arrives; the running config (other sessions, write memory
// from another session) shows "banner motd ^C" with no text and no closing delimiter until this
// session's next successful line. IOS sets the banner when the closing delimiter is typed.
TEST_CASE("session: a banner is committed at its closing delimiter", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("banner motd ^C");
  f.ok("Authorized access only.");
  f.ok("^C");
  CHECK(f.rendered().find("banner motd ^C\nAuthorized access only.\n^C\n") != std::string::npos);
}

TEST_CASE("session: unknown words are errors", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  auto before = f.device.running();
  SECTION("at global") {
    const auto d = f.fails("frobnicate 1");
    CHECK(d.kind == DiagnosticKind::Invalid);
    CHECK(d.column == 0);
    CHECK(f.session.mode() == ModeId::Config);
  }
  SECTION("a typo inside a CME mode is strict") {
    f.ok("ephone 1");
    before = f.device.running();
    CHECK(f.fails("mac-adress 1111.2222.3333").kind == DiagnosticKind::Invalid);
    CHECK(f.session.mode() == ModeId::Ephone);
  }
  SECTION("a typo inside telephony-service") {
    f.ok("telephony-service");
    before = f.device.running();
    CHECK(f.fails("max-ephnes 10").kind == DiagnosticKind::Invalid);
    CHECK(f.session.mode() == ModeId::Telephony);
  }
  CHECK(*f.device.running() == *before);
  CHECK(f.device.running()->verbatim.empty());
}

TEST_CASE("session: write memory", "[modes][session]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("hostname R1");
  f.ok("end");
  CHECK(f.ok("write memory") == "Building configuration...\n[OK]\n");
  REQUIRE(f.store.text().has_value());
  CHECK(*f.store.text() == f.rendered());
  CHECK(f.store.writes() == 1);
}

TEST_CASE("session: copy running-config startup-config", "[modes][session]") {
  SessionFixture f;
  CHECK(f.ok("copy running-config startup-config").empty());
  CHECK(f.session.prompt() == "Destination filename [startup-config]? ");
  CHECK(f.session.echo());
  CHECK(f.store.writes() == 0);
  const auto out = f.ok("");
  CHECK(out == "Building configuration...\n[OK]\n");
  REQUIRE(f.store.text().has_value());
  CHECK(*f.store.text() == f.rendered());
  CHECK(f.session.prompt() == "Router#");
}

TEST_CASE("session: copy startup-config running-config merges", "[modes][session]") {
  SessionFixture f;
  f.store.write(
      "hostname Branch\n!\nline vty 0 4\n exec-timeout 7 0\nenable secret 5 nothash\nend\n");
  f.ok("configure terminal");
  f.ok("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0");
  f.ok("end");
  CHECK(f.ok("copy startup-config running-config").empty());
  CHECK(f.session.prompt() == "Destination filename [running-config]? ");
  CHECK(f.device.running()->hostname == "Router");  // nothing before the answer
  const auto out = f.ok("");
  CHECK(out.find("%Error in startup-config line 5: enable secret 5 nothash\n") !=
        std::string::npos);
  CHECK(out.find(" bytes copied in 0.001 secs (") != std::string::npos);
  CHECK(f.device.running()->hostname == "Branch");
  CHECK(f.rendered().find(" exec-timeout 7 0\n") != std::string::npos);
  CHECK(f.device.running()->enable_secret);  // merged: what the file lacks stays
  CHECK(f.session.prompt() == "Branch#");
  SECTION("another destination is refused") {
    f.ok("copy startup-config running-config");
    CHECK(f.ok("flash:x") == "%Error opening flash:x (No such file or directory)\n");
  }
}

TEST_CASE("session: configure alone asks where from", "[modes][session]") {
  SessionFixture f;
  CHECK(f.ok("configure").empty());
  CHECK(f.session.prompt() == "Configuring from terminal, memory, or network [terminal]? ");
  SECTION("Enter: the terminal") {
    CHECK(f.ok("") == "Enter configuration commands, one per line.  End with CNTL/Z.\n");
    CHECK(f.session.prompt() == "Router(config)#");
  }
  SECTION("memory: the startup-config is merged") {
    f.store.write("hostname Saved\n");
    CHECK(f.ok("mem").find(" bytes copied in ") != std::string::npos);
    CHECK(f.session.prompt() == "Saved#");
  }
  SECTION("anything else") {
    CHECK(f.ok("disk") == "?Must be \"terminal\", \"memory\" or \"network\"\n");
    CHECK(f.session.prompt() == "Router#");
  }
}

TEST_CASE("session: show, write and erase startup-config", "[modes][session]") {
  SessionFixture f;
  CHECK(f.ok("show startup-config") == "startup-config is not present\n");
  f.ok("write memory");
  const auto text = f.rendered();
  CHECK(f.ok("show startup-config") ==
        "Using " + std::to_string(text.size()) + " out of 262136 bytes\n" + text);
  CHECK(f.ok("erase startup-config").empty());
  CHECK(f.session.prompt().find("[confirm]") != std::string::npos);
  CHECK(f.ok("") == "[OK]\nErase of nvram: complete\n");
  CHECK_FALSE(f.store.text().has_value());
  CHECK(f.ok("show startup-config") == "startup-config is not present\n");
}

TEST_CASE("session: small-office.cfg round trip", "[modes][session]") {
  const auto text = read_file(std::string(OPENCME_SOURCE_DIR) + "/examples/small-office.cfg");
  SessionFixture first(15, true);
  REQUIRE(apply_batch(first, text) == 0);
  const auto rendered = first.rendered();
  CHECK(rendered.find("hostname CME-Office\n") != std::string::npos);
  CHECK(rendered.find("interface GigabitEthernet0/1\n description Uplink\n") != std::string::npos);
  CHECK(rendered.find("banner motd ^C\nAuthorized access only.\n^C\n") != std::string::npos);

  SessionFixture second(15, true);
  REQUIRE(apply_batch(second, rendered) == 0);
  CHECK(second.rendered() == rendered);
  CHECK(*second.device.running() == *first.device.running());
}
