// `show ephone-dn [N | summary]`, `show telephony-service ephone` and `show telephony-service`
// without `ip source-address` (modes/tables/ephone_show.hpp; ios-texts.md §1.Q, §1.S, §1.W).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/modes/fake_sccp_status.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::test::FakeSccpStatus;
using cme::test::SessionFixture;

namespace {

void configure_dns(SessionFixture& f) {
  f.run({"configure terminal", "telephony-service", "timeouts ringing 30", "ephone-dn 1 dual-line",
         "number 3001", "ephone-dn 2", "number 3002", "name Reception", "ephone 1",
         "mac-address 0023.5E18.23EC", "type 7965", "button 1:1", "keepalive 45", "end"});
}

/// `show ephone-dn` of configure_dns() with the fake's states: dn 1 IDLE on ephone 1, dn 2 DOWN
/// (§1.Q's layout and voice-port dump).
std::string golden_show_ephone_dn() {
  std::ifstream in(std::string(OPENCME_SOURCE_DIR) + "/tests/data/ephone/show-ephone-dn.expect",
                   std::ios::binary);
  REQUIRE(in.good());
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const std::string kSummaryHeader =
    "PORT     DN STATE    CODEC    VAD VTSP STATE            VPM STATE\n"
    "======== ==========  ======== === ===================== =========\n";

}  // namespace

TEST_CASE("ephone-dn show: show ephone-dn with live line states", "[modes][ephone]") {
  SessionFixture f;
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  configure_dns(f);
  const std::string all = golden_show_ephone_dn();
  CHECK(f.ok("show ephone-dn") == all);
  CHECK(f.ok("show ephone-dn 2") == all.substr(all.find("50/0/2 CH1")));
  CHECK(f.ok("show ephone-dn 1") == all.substr(0, all.find("50/0/2 CH1")));
  CHECK(f.ok("show ephone-dn 7").empty());
  sccp.dns[0].channels = {cme::model::ChannelState::Connected, cme::model::ChannelState::Ringing};
  CHECK(f.ok("show ephone-dn 1").starts_with("50/0/1 CH1 CONNECTED CH2 RINGING     \n"));
}

TEST_CASE("ephone-dn show: show ephone-dn summary", "[modes][ephone]") {
  SessionFixture f;
  CHECK(f.ok("show ephone-dn summary") == kSummaryHeader);
  configure_dns(f);
  // §1.S: rows padded to the VPM STATE width, separated by a line holding one space.
  const std::string down2 =
      "50/0/2   DOWN        -         -  -                     EFXS_ONHOOK             \n";
  CHECK(f.ok("show ephone-dn summary") ==
        kSummaryHeader +
            "50/0/1   DOWN        -         -  -                     EFXS_ONHOOK             \n"
            " \n" +
            down2);
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  CHECK(f.ok("show ephone-dn summary") ==
        kSummaryHeader +
            "50/0/1   IDLE        -         -  -                     EFXS_ONHOOK             \n"
            " \n" +
            down2);
  sccp.dns[0].channels = {cme::model::ChannelState::Connected, cme::model::ChannelState::Idle};
  CHECK(f.ok("show ephone-dn summary | include 50/0/1") ==
        "50/0/1   CONNECTED   -         -  -                     EFXS_OFFHOOK            \n");
}

TEST_CASE("ephone-dn show: show telephony-service ephone", "[modes][ephone]") {
  SessionFixture f;
  CHECK(f.ok("show telephony-service ephone") == "Number of Configured ephones 0 (Registered 0)\n");
  configure_dns(f);
  f.run({"configure terminal", "ephone 2", "codec g729r8 dspfarm-assist", "end"});
  // §1.W's lines from "multicast-moh" to "Always send media ..." and from "conference
  // drop-mode" to "network-locale", around the preferred codec.
  const std::string middle =
      "multicast-moh\n"
      "max-calls-per-button 8\n"
      "busy-trigger-per-button 0\n"
      "Always send media packets to this router: No\n";
  const std::string tail =
      "conference drop-mode never\n"
      "conference add-mode all\n"
      "conference admin: No\n"
      "privacy: Yes\n"
      "user-locale US\n"
      "network-locale US\n"
      "!\n";
  const std::string one =
      "ephone 1\nDevice Security Mode: Non-Secure\nmac-address 0023.5E18.23EC\ntype 7965\n"
      "button  1:1\nkeepalive 45 auxiliary 30\n" +
      middle + "Preferred codec: g711ulaw\n" + tail;
  const std::string two =
      "ephone 2\nDevice Security Mode: Non-Secure\nkeepalive 30 auxiliary 30\n" + middle +
      "Preferred codec: g729r8\n" + tail;
  CHECK(f.ok("show telephony-service ephone") ==
        "Number of Configured ephones 2 (Registered 0)\n" + one + two);
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  CHECK(f.ok("show telephony-service ephone") ==
        "Number of Configured ephones 2 (Registered 1)\n" + one + two);
}

TEST_CASE("ephone-dn show: show telephony-service says when no phone can register",
          "[modes][ephone]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("telephony-service");
  f.ok("end");
  CHECK(f.ok("show telephony-service | include source") ==
        "ip source-address not configured: no ephone can register\n");
  f.ok("configure terminal");
  f.ok("telephony-service");
  f.ok("ip source-address 10.1.1.1");
  f.ok("end");
  CHECK(f.ok("show telephony-service | include source") ==
        "ip source-address 10.1.1.1 port 2000\n");
}
