// `show ephone-dn [N | summary]`, `show telephony-service ephone` and `show telephony-service`
// without `ip source-address` (modes/tables/ephone_show.hpp; ios-texts.md §1.Q, §1.S, §1.W).
#include <catch2/catch.hpp>
#include <string>

#include "tests/modes/fake_sccp_status.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::test::FakeSccpStatus;
using cme::test::SessionFixture;

namespace {

void configure_dns(SessionFixture& f) {
  for (const char* line :
       {"configure terminal", "telephony-service", "timeouts ringing 30", "ephone-dn 1 dual-line",
        "number 3001", "ephone-dn 2", "number 3002", "name Reception", "ephone 1",
        "mac-address 0023.5E18.23EC", "type 7965", "button 1:1", "keepalive 45", "end"}) {
    f.ok(line);
  }
}

/// §1.Q's voice-port dump for dn `tag` (its Operation State, ringing time-out, station).
std::string dump(unsigned tag, const char* operation, const char* ringing, const char* station) {
  const auto port = std::to_string(tag);
  return "EFXS 50/0/" + port + " Slot is 50, Sub-unit is 0, Port is " + port +
         "\n"
         " Type of VoicePort is EFXS\n"
         " Operation State is " +
         operation +
         "\n"
         " Administrative State is UP\n"
         " No Interface Down Failure\n"
         " Description is not set\n"
         " Noise Regeneration is enabled\n"
         " Non Linear Processing is enabled\n"
         " Non Linear Mute is disabled\n"
         " Non Linear Threshold is -21 dB\n"
         " Music On Hold Threshold is Set to -38 dBm\n"
         " In Gain is Set to 0 dB\n"
         " Out Attenuation is Set to 0 dB\n"
         " Echo Cancellation is enabled\n"
         " Echo Cancellation NLP mute is disabled\n"
         " Echo Cancellation NLP threshold is -21 dB\n"
         " Echo Cancel Coverage is set to 8 ms\n"
         " Playout-delay Mode is set to adaptive\n"
         " Playout-delay Nominal is set to 60 ms\n"
         " Playout-delay Maximum is set to 200 ms\n"
         " Playout-delay Minimum mode is set to default, value 40 ms \n"
         " Playout-delay Fax is set to 300 ms\n"
         " Connection Mode is normal\n"
         " Connection Number is not set\n"
         " Initial Time Out is set to 10 s\n"
         " Interdigit Time Out is set to 10 s\n"
         " Call Disconnect Time Out is set to 60 s\n"
         " Ringing Time Out is set to " +
         ringing +
         " s\n"
         " Wait Release Time Out is set to 30 s\n"
         " Companding Type is u-law\n"
         " Region Tone is set for US\n" +
         station +
         " Caller ID Info Follows:\n"
         " Standard BELLCORE\n"
         " Translation profile (Incoming): \n"
         " Translation profile (Outgoing): \n"
         " Digit Duration Timing is set to 100 ms\n";
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
  const std::string dn1 = "50/0/1 CH1 IDLE      CH2 IDLE        \n" +
                          dump(1, "DORMANT", "30", " Station name None, Station number 3001\n");
  const std::string dn2 =
      "50/0/2 CH1 DOWN \n" + dump(2, "UP", "30", " Station name Reception, Station number 3002\n");
  CHECK(f.ok("show ephone-dn") == dn1 + dn2);
  CHECK(f.ok("show ephone-dn 2") == dn2);
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
  f.ok("configure terminal");
  f.ok("ephone 2");
  f.ok("codec g729r8 dspfarm-assist");
  f.ok("end");
  const std::string one =
      "ephone 1\n"
      "Device Security Mode: Non-Secure\n"
      "mac-address 0023.5E18.23EC\n"
      "type 7965\n"
      "button  1:1\n"
      "keepalive 45 auxiliary 30\n"
      "multicast-moh\n"
      "max-calls-per-button 8\n"
      "busy-trigger-per-button 0\n"
      "Always send media packets to this router: No\n"
      "Preferred codec: g711ulaw\n"
      "conference drop-mode never\n"
      "conference add-mode all\n"
      "conference admin: No\n"
      "privacy: Yes\n"
      "user-locale US\n"
      "network-locale US\n"
      "!\n";
  const std::string two =
      "ephone 2\n"
      "Device Security Mode: Non-Secure\n"
      "keepalive 30 auxiliary 30\n"
      "multicast-moh\n"
      "max-calls-per-button 8\n"
      "busy-trigger-per-button 0\n"
      "Always send media packets to this router: No\n"
      "Preferred codec: g729r8\n"
      "conference drop-mode never\n"
      "conference add-mode all\n"
      "conference admin: No\n"
      "privacy: Yes\n"
      "user-locale US\n"
      "network-locale US\n"
      "!\n";
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
