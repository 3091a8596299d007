// The configuration-only CME show commands (modes/tables/cme_show.hpp).
#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>

#include "tests/modes/fake_sip_status.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::test::SessionFixture;

namespace {

using cme::test::FakeSipStatus;

/// Runs `configure terminal`, the lines, then `end`.
void configure(SessionFixture& f, std::initializer_list<const char*> lines) {
  f.ok("configure terminal");
  for (const char* line : lines) {
    f.ok(line);
  }
  f.ok("end");
}

}  // namespace

TEST_CASE("cme show: show presence global prints seed 001's text", "[modes][show]") {
  SessionFixture f;
  configure(f, {"presence", "presence call-list"});
  // Seed 001, "Verifying Presence Configuration", step 2, byte for byte.
  CHECK(f.ok("show presence global") ==
        "\n"
        "Presence Global Configuration Information:\n"
        "=====\n"
        "Presence feature enable           : TRUE\n"
        "Presence allow external watchers  : FALSE\n"
        "Presence max subscription allowed : 100\n"
        "Presence number of subscriptions  : 0\n"
        "Presence allow external subscribe : FALSE\n"
        "Presence call list enable        : TRUE\n"
        "Presence server IP address       : 0.0.0.0\n"
        "Presence sccp blfsd retry interval : 60\n"
        "Presence sccp blfsd retry limit  : 10\n"
        "Presence router mode             : CME mode\n");
}

TEST_CASE("cme show: show presence global shows the configured values", "[modes][show]") {
  SessionFixture f;
  SECTION("seed 001's verify configuration") {
    configure(f, {"voice register global", "mode cme", "authenticate presence", "presence",
                  "server 10.1.1.4", "sccp blf-speed-dial retry-interval 70 limit 20",
                  "presence call-list", "max-subscription 128", "watcher all", "allow subscribe",
                  "sip-ua", "presence enable"});
    CHECK(f.ok("show presence global") ==
          "\n"
          "Presence Global Configuration Information:\n"
          "=====\n"
          "Presence feature enable           : TRUE\n"
          "Presence allow external watchers  : TRUE\n"
          "Presence max subscription allowed : 128\n"
          "Presence number of subscriptions  : 0\n"
          "Presence allow external subscribe : TRUE\n"
          "Presence call list enable        : TRUE\n"
          "Presence server IP address       : 10.1.1.4\n"
          "Presence sccp blfsd retry interval : 70\n"
          "Presence sccp blfsd retry limit  : 20\n"
          "Presence router mode             : CME mode\n");
  }
  SECTION("no presence, a SIP SRST router") {
    configure(f, {"voice register global"});
    const auto out = f.ok("show presence global");
    CHECK(out.find("Presence feature enable           : FALSE\n") != std::string::npos);
    CHECK(out.find("Presence call list enable        : FALSE\n") != std::string::npos);
    CHECK(out.find("Presence router mode             : SRST mode\n") != std::string::npos);
  }
  SECTION("output filters apply") {
    configure(f, {"presence"});
    CHECK(f.ok("show presence global | include mode") ==
          "Presence router mode             : CME mode\n");
  }
}

TEST_CASE("cme show: show telephony-service", "[modes][show]") {
  SessionFixture f;
  SECTION("not configured: no output") {
    CHECK(f.ok("show telephony-service").empty());
  }
  SECTION("the reference sample's values") {
    configure(f, {"telephony-service", "ip source-address 1.4.190.80 port 2000", "max-ephones 14",
                  "max-dn 56", "max-conferences 4 gain -6"});
    CHECK(f.ok("show telephony-service") ==
          "CONFIG (Version=8.7)\n"
          "=====================\n"
          "ip source-address 1.4.190.80 port 2000\n"
          "max-ephones 14\n"
          "max-dn 56\n"
          "max-conferences 4 gain -6\n"
          "cnf-file location: system:\n"
          "keepalive 30\n");
  }
  SECTION("defaults and options") {
    configure(f, {"telephony-service", "cnf-file location flash:", "keepalive 45"});
    CHECK(f.ok("show telephony-service") ==
          "CONFIG (Version=8.7)\n"
          "=====================\n"
          "ip source-address not configured: no ephone can register\n"
          "max-ephones 0\n"
          "max-dn 0\n"
          "max-conferences 16 gain -6\n"
          "cnf-file location: flash:\n"
          "keepalive 45\n");
  }
}

TEST_CASE("cme show: show ephone-dn summary", "[modes][show]") {
  SessionFixture f;
  const std::string header =
      "PORT     DN STATE    CODEC    VAD VTSP STATE            VPM STATE\n"
      "======== ==========  ======== === ===================== =========\n";
  CHECK(f.ok("show ephone-dn summary") == header);
  configure(f, {"ephone-dn 1", "number 1001", "ephone-dn 12 dual-line", "number 1012"});
  CHECK(f.ok("show ephone-dn summary") ==
        header +
            "50/0/1   DOWN        -         -  -                     EFXS_ONHOOK             \n"
            " \n"
            "50/0/12  DOWN        -         -  -                     EFXS_ONHOOK             \n");
}

TEST_CASE("cme show: show voice register global", "[modes][show]") {
  SessionFixture f;
  SECTION("not configured: no output") {
    CHECK(f.ok("show voice register global").empty());
  }
  SECTION("the reference sample's values") {
    configure(f, {"voice register global", "mode cme", "max-pool 10", "max-dn 10",
                  "source-address 8.3.3.5 port 5060", "tftp-path flash:"});
    CHECK(f.ok("show voice register global") ==
          "CONFIG [Version=8.7]\n"
          "  Version 8.7\n"
          "  Mode is cme\n"
          "  Max-pool is 10\n"
          "  Max-dn is 10\n"
          "  Source-address is 8.3.3.5 port 5060\n"
          "  Time-format is 12\n"
          "  Date-format is M/D/Y\n"
          "  Time-zone is 5\n"
          "  Tftp path is flash:\n");
  }
  SECTION("defaults, loads and options") {
    configure(f, {"voice register global", "load 7970 SIP70.8-0-1-11S", "time-format 24",
                  "date-format y/m/d", "timezone 21"});
    CHECK(f.ok("show voice register global") ==
          "CONFIG [Version=8.7]\n"
          "  Version 8.7\n"
          "  Mode is srst\n"
          "  Max-pool is 0\n"
          "  Max-dn is 0\n"
          "  Source-address is 0.0.0.0 port 5060\n"
          "  Load for 7970 is SIP70.8-0-1-11S\n"
          "  Time-format is 24\n"
          "  Date-format is Y/M/D\n"
          "  Time-zone is 21\n"
          "  Tftp path is system:/cme/sipphone/\n");
  }
}

TEST_CASE("cme show: show voice register pool", "[modes][show]") {
  SessionFixture f;
  configure(f, {"voice register template 1", "voice register dn 1", "number 1001",
                "voice register pool 33", "id mac 0009.B7F7.532E", "type 7960", "number 1 dn 1",
                "template 1", "voice register pool 34", "id network 10.1.1.0 mask 255.255.255.0",
                "number 1 20.. preference 1", "dtmf-relay rtp-nte", "no call-waiting"});
  // Layout of ios-texts.md §6.E (a)/(b): two blanks of indent, the registration lines, then
  // `Dialpeers created:` and `Statistics:` at the left margin.
  const std::string unregistered =
      "  Reason for unregistered state:\n"
      "         No registration request since last reboot/unregister\n"
      "Dialpeers created:\n"
      "Statistics:\n"
      "  Active registrations  : 0\n";
  const std::string config33 =
      "Pool Tag 33\n"
      "Config:\n"
      "  Mac address is 0009.B7F7.532E\n"
      "  Type is 7960\n"
      "  Number list 1 : DN 1\n"
      "  Proxy Ip address is 0.0.0.0\n"
      "  DTMF Relay is disabled\n"
      "  Call Waiting is enabled\n"
      "  template is 1\n"
      "  Transport type is udp\n";
  const std::string pool33 = config33 + unregistered;
  const std::string pool34 =
      "Pool Tag 34\n"
      "Config:\n"
      "  Network address is 10.1.1.0 mask 255.255.255.0\n"
      "  Number list 1 : 20.. preference 1\n"
      "  Proxy Ip address is 0.0.0.0\n"
      "  DTMF Relay is enabled, rtp-nte\n"
      "  Call Waiting is disabled\n"
      "  Transport type is udp\n" +
      unregistered;
  FakeSipStatus sip;
  f.device.set_sip(&sip);
  CHECK(f.ok("show voice register pool 33") == pool33);
  CHECK(f.ok("show voice register pool 34") == pool34);
  CHECK(f.ok("show voice register pool all") == pool33 + "\n" + pool34);
  CHECK(f.ok("show voice register pool 5").empty());

  SECTION("a registered pool: its Call-ID, contact address and primary line") {
    sip.bind(33, "1001");
    CHECK(f.ok("show voice register pool 33") == config33 +
                                                     "  registration Call ID is call-33\n"
                                                     "  active primary line is: 1001\n"
                                                     "  contact IP address: 10.0.0.33 port 5060\n"
                                                     "Dialpeers created:\n"
                                                     "Statistics:\n"
                                                     "  Active registrations  : 1\n");
  }
}

TEST_CASE("cme show: show voice register dn", "[modes][show]") {
  SessionFixture f;
  configure(f, {"voice register dn 1", "number 11", "preference 10", "huntstop",
                "translation-profile incoming saaa", "allow watch", "voice register dn 2",
                "number 12", "voice register pool 1", "number 1 dn 1", "number 2 dn 2"});
  const std::string dn1 =
      "Dn Tag 1\n"
      "Config:\n"
      "  Number is 11\n"
      "  Preference is 10\n"
      "  Huntstop is enabled\n"
      "  Translation-profile incoming saaa\n"
      "  Allow watch is enabled\n"
      "  Pool 1    has this DN configured for line 1\n";
  const std::string dn2 =
      "Dn Tag 2\n"
      "Config:\n"
      "  Number is 12\n"
      "  Pool 1    has this DN configured for line 2\n";
  CHECK(f.ok("show voice register dn 1") == dn1);
  CHECK(f.ok("show voice register dn all") == dn1 + "\n" + dn2);
  CHECK(f.ok("show voice register dn 7").empty());
}
