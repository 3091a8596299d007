// `ip address trusted list` inside `voice service voip` (issue 15 item 1): a sub-mode
// (cfg-iptrust-list) of `ipv4 A.B.C.D [mask]` lines, so a CME 15.x voice service voip block
// applies with no error and renders where IOS prints it.
#include <catch2/catch.hpp>

#include "tests/modes/session_fixture.hpp"

namespace cme::test {

namespace {

/// The voice service voip block of a CME 15.x router: trusted list first, then the rest.
constexpr const char* kBlock[] = {
    "voice service voip",
    " ip address trusted list",
    "  ipv4 192.0.2.10",
    "  ipv4 10.1.1.0 255.255.255.0",
    " allow-connections sip to sip",
    " sip",
    "  registrar server expires max 600 min 60",
    "  bind control source-interface GigabitEthernet0/0",
    "  early-offer forced",
};

/// The lines of show running-config from `voice service voip` up to the next "!".
std::string voip_block(const std::string& run) {
  const auto from = run.find("voice service voip\n");
  REQUIRE(from != std::string::npos);
  return run.substr(from, run.find("!\n", from) - from);
}

}  // namespace

TEST_CASE("trusted list: a CME 15.x voice service voip block applies", "[modes][trusted-list]") {
  SessionFixture f;
  f.ok("configure terminal");
  for (const char* line : kBlock) {
    f.ok(line);
  }
  CHECK(f.session.prompt() == "Router(conf-serv-sip)#");
  CHECK(voip_block(f.rendered()) ==
        "voice service voip\n"
        " ip address trusted list\n"
        "  ipv4 192.0.2.10\n"
        "  ipv4 10.1.1.0 255.255.255.0\n"
        " allow-connections sip to sip\n"
        " sip\n"
        "  registrar server expires max 600 min 60\n"
        "  bind control source-interface GigabitEthernet0/0\n"
        "  early-offer forced\n");
  // Nothing of the block was kept as a global line.
  CHECK(f.rendered().find("\nip address trusted") == std::string::npos);
}

TEST_CASE("trusted list: the sub-mode, its prompt and its edits", "[modes][trusted-list]") {
  SessionFixture f;
  f.run({"configure terminal", "voice service voip", "ip address trusted list"});
  CHECK(f.session.prompt() == "Router(cfg-iptrust-list)#");
  f.run({"ipv4 192.0.2.10", "ipv4 192.0.2.10", "ipv4 10.1.1.0 255.255.255.0"});
  const auto& list = f.device.running()->cme.voice_service_voip->trusted_list;
  REQUIRE(list);
  CHECK(list->ipv4.size() == 2);  // no duplicates
  CHECK(list->trusts(*model::ipv4_from_text("10.1.1.77")));
  CHECK_FALSE(list->trusts(*model::ipv4_from_text("10.1.2.1")));
  CHECK(list->trusts(*model::ipv4_from_text("192.0.2.10")));

  SECTION("no ipv4 removes one entry") {
    f.ok("no ipv4 192.0.2.10");
    CHECK(f.device.running()->cme.voice_service_voip->trusted_list->ipv4.size() == 1);
  }
  SECTION("a bad mask is refused and changes nothing") {
    const auto before = f.rendered();
    CHECK(f.fails("ipv4 10.2.0.0 255.0.255.0").kind == DiagnosticKind::Semantic);
    CHECK(f.fails("ipv4 10.2.0.300").kind == DiagnosticKind::Invalid);
    CHECK(f.rendered() == before);
  }
  SECTION("no ip address trusted list removes the list") {
    f.run({"exit", "no ip address trusted list"});
    CHECK(f.session.prompt() == "Router(conf-voi-serv)#");
    CHECK_FALSE(f.device.running()->cme.voice_service_voip->trusted_list);
  }
}

TEST_CASE("trusted list: show ip address trusted list", "[modes][trusted-list]") {
  SessionFixture f;
  f.run({"configure terminal", "voice service voip", "ip address trusted call-block cause 34",
         "ip address trusted list", "ipv4 192.0.2.10", "ipv4 10.1.1.0 255.255.255.0", "end"});
  CHECK(f.ok("show ip address trusted list") ==
        "IP Address Trusted Authentication\n"
        " Administration State: UP\n"
        " Operation State:      UP\n"
        "\n"
        "IP Address Trusted Call Block Cause: 34\n"
        "\n"
        "IP Address Trusted List:\n"
        " ipv4 192.0.2.10\n"
        " ipv4 10.1.1.0 255.255.255.0\n");
  f.run({"configure terminal", "voice service voip", "no ip address trusted authenticate",
         "no ip address trusted call-block cause 34", "no ip address trusted list", "end"});
  CHECK(f.ok("show ip address trusted list") ==
        "IP Address Trusted Authentication\n"
        " Administration State: DOWN\n"
        " Operation State:      DOWN\n"
        "\n"
        "IP Address Trusted Call Block Cause: call-reject (21)\n"
        "\n"
        "IP Address Trusted List:\n");
}

}  // namespace cme::test
