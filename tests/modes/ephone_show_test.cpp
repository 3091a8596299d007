// The ephone show commands (modes/tables/ephone_show.hpp) with a fake SCCP service and with
// none: texts of ios-texts.md §1 adapted to the fake's data.
#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>

#include "tests/modes/fake_sccp_status.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::test::FakeSccpStatus;
using cme::test::SessionFixture;

namespace {

/// Two ephones: 1 (the fake's registered phone, dual-line dn 1) and 2 (never registered, dn 2).
void configure_phones(SessionFixture& f) {
  f.run({"configure terminal", "telephony-service", "max-ephones 24", "max-dn 48",
         "ip source-address 10.10.202.1 port 2000", "max-conferences 4", "ephone-dn 1 dual-line",
         "number 3001", "ephone-dn 2", "number 3002 secondary 3102", "name Reception", "ephone 1",
         "mac-address 0023.5E18.23EC", "type 7965", "button 1:1", "ephone 2",
         "mac-address 0007.0E81.10F0", "button 1:2 2:1", "end"});
}

/// §1.G(b), 8.x form, with the fake's phone.
const std::string kRegisteredBlock =
    "ephone-1[0] Mac:0023.5E18.23EC TCP socket:[1] activeLine:0 whisperLine:0 REGISTERED in SCCP "
    "ver 17/12 max_streams=5\n"
    "mediaActive:0 whisper_mediaActive:0 startMedia:0 offhook:0 ringing:0 reset:0 reset_sent:0 "
    "paging 0 debug:0 caps:9\n"
    "IP:10.10.202.2 * 22856 7965  keepalive 186 max_line 6 available_line 6\n"
    "button 1: cw:1 ccw:(0 0) \n"
    "  dn 1  number 3001 CH1   IDLE         CH2   IDLE         \n"
    "speed dial 1:5002 Reception\n"
    "Preferred Codec: g711ulaw \n"
    "Lpcor Type: none\n";

/// §1.O's values in the 8.x layout.
const std::string kUnregisteredBlock =
    "ephone-2[1] Mac:0007.0E81.10F0 TCP socket:[-1] activeLine:0 whisperLine:0 UNREGISTERED\n"
    "mediaActive:0 whisper_mediaActive:0 startMedia:0 offhook:0 ringing:0 reset:0 reset_sent:0 "
    "paging 0 debug:0 caps:0\n"
    "IP:0.0.0.0 * 0 Unknown 0  keepalive 0 max_line 0 available_line 0\n";

const std::string kUnregisteredOne =
    "ephone-1[0] Mac:0023.5E18.23EC TCP socket:[-1] activeLine:0 whisperLine:0 UNREGISTERED\n"
    "mediaActive:0 whisper_mediaActive:0 startMedia:0 offhook:0 ringing:0 reset:0 reset_sent:0 "
    "paging 0 debug:0 caps:0\n"
    "IP:0.0.0.0 * 0 Unknown 0  keepalive 0 max_line 0 available_line 0\n";

const std::string kNoMatch = "No ephone in specified type/condition.\n";

}  // namespace

TEST_CASE("ephone show: show ephone and its filters with a running SCCP service",
          "[modes][ephone]") {
  SessionFixture f;
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  configure_phones(f);
  CHECK(f.ok("show ephone") == kRegisteredBlock + kUnregisteredBlock);
  CHECK(f.ok("show ephone registered") == kRegisteredBlock);
  CHECK(f.ok("show ephone unregistered") == kUnregisteredBlock);
  CHECK(f.ok("show ephone 0007.0e81.10f0") == kUnregisteredBlock);
  CHECK(f.ok("show ephone 1111.2222.3333") == kNoMatch);
  CHECK(f.ok("show ephone offhook") == kNoMatch);
  CHECK(f.ok("show ephone ringing") == kNoMatch);
  sccp.phones[0].ringing = true;
  sccp.phones[0].buttons[0].channels[0] = cme::model::ChannelState::Ringing;
  const auto ringing = f.ok("show ephone ringing");
  CHECK(ringing.find("ringing:1") != std::string::npos);
  CHECK(ringing.find("CH1   RINGING      CH2   IDLE") != std::string::npos);
}

TEST_CASE("ephone show: without an SCCP service every ephone is unregistered", "[modes][ephone]") {
  SessionFixture f;
  CHECK(f.ok("show ephone") == kNoMatch);
  configure_phones(f);
  CHECK(f.ok("show ephone") == kUnregisteredOne + kUnregisteredBlock);
  CHECK(f.ok("show ephone registered") == kNoMatch);
  CHECK(f.ok("show ephone attempted-registrations") ==
        "Attempting Mac address:\n"
        "Num    Mac Address         DateTime                          DeviceType\n" +
            std::string(77, '-') + "\n");
  CHECK(f.ok("show ephone phone-load") ==
        "DeviceName        CurrentPhoneload       PreviousPhoneload      LastReset\n" +
            std::string(69, '=') + "\n");
  CHECK(f.ok("clear telephony-service ephone-attempted-registrations").empty());
}

TEST_CASE("ephone show: attempted registrations and their clearing", "[modes][ephone]") {
  SessionFixture f;
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  const std::string header =
      "Attempting Mac address:\n"
      "Num    Mac Address         DateTime                          DeviceType\n" +
      std::string(77, '-') + "\n";
  // §1.C's rows 1 and 25, numbered 1 and 2.
  CHECK(f.ok("show ephone attempted-registrations") ==
        header +
            "1      C863.8475.5417      22:52:05 UTC Thu Apr 28 2005      SCCP Gateway (AN) \n"
            "2      000D.28D7.7222      22:52:17 UTC Thu Apr 28 2005      Telecaster 7960 \n");
  CHECK(f.ok("clear telephony-service ephone-attempted-registrations").empty());
  CHECK(sccp.attempted.empty());
  CHECK(f.ok("show ephone attempted-registrations") == header);
}

TEST_CASE("ephone show: dn, telephone-number, phone-load and summary", "[modes][ephone]") {
  SessionFixture f;
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  configure_phones(f);
  // §1.B and §1.N layouts.
  CHECK(f.ok("show ephone dn 1") ==
        "Tag 1, Normal or Intercom dn \n"
        "ephone 1, mac-address 0023.5E18.23EC, line 1\n"
        "ephone 2, mac-address 0007.0E81.10F0, line 2\n");
  CHECK(f.ok("show ephone dn 9") == kNoMatch);
  CHECK(f.ok("show ephone telephone-number 3102") ==
        "DP tag: 0, secondary\n"
        "Tag 2, Normal or Intercom dn\n"
        "  ephone 2, mac-address 0007.0E81.10F0, line 1\n");
  CHECK(f.ok("show ephone telephone-number 9999") == kNoMatch);
  CHECK(f.ok("show ephone phone-load") ==
        "DeviceName        CurrentPhoneload       PreviousPhoneload      LastReset\n" +
            std::string(69, '=') + "\n" +
            "SEP00235E1823EC   SCCP45.9-3-1SR1-1S     SCCP45.9-2-1S          TCP-timeout\n");
  CHECK(f.ok("show ephone summary") ==
        "hairpin_block:\n"
        "ephone-1[0] Mac:0023.5E18.23EC TCP socket:[1] activeLine:0 whisperLine:0 REGISTERED\n"
        "mediaActive:0 whisper_mediaActive:0 startMedia:0 offhook:0 ringing:0 reset:0 "
        "reset_sent:0 debug:0  primary_dn: 1*\n"
        "IP:10.10.202.2 * 7965  keepalive 186   music 0  1:1\n"
        "ephone-2[1] Mac:0007.0E81.10F0 TCP socket:[-1] activeLine:0 whisperLine:0 UNREGISTERED\n"
        "mediaActive:0 whisper_mediaActive:0 startMedia:0 offhook:0 ringing:0 reset:0 "
        "reset_sent:0 debug:0\n"
        "IP:0.0.0.0 * Unknown 0  keepalive 0   music 0\n"
        "Max 24, Registered 1, Unregistered 1, Deceased 0, Sockets 1\n"
        "Max Conferences 4 with 0 active (4 allowed)\n");
}

TEST_CASE("ephone show: a deceased phone and the debug field", "[modes][ephone]") {
  SessionFixture f;
  FakeSccpStatus sccp;
  sccp.phones[0].state = cme::model::EphoneState::Deceased;
  sccp.phones[0].socket = -1;
  f.device.set_sccp(&sccp);
  configure_phones(f);
  f.ok("debug ephone state mac-address 0023.5e18.23ec");
  const auto out = f.ok("show ephone 0023.5E18.23EC");
  CHECK(
      out.starts_with("ephone-1[0] Mac:0023.5E18.23EC TCP socket:[-1] activeLine:0 "
                      "whisperLine:0 DECEASED\n"));
  CHECK(out.find("paging 0 debug:1 caps:9\n") != std::string::npos);
  CHECK(f.ok("show ephone unregistered").starts_with("ephone-1[0]"));
  CHECK(f.ok("show ephone summary").find("Unregistered 1, Deceased 1, Sockets 0") !=
        std::string::npos);
}

TEST_CASE("ephone show: a bad show ephone line is refused", "[modes][ephone]") {
  SessionFixture f;
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  CHECK(f.fails("show ephone 0023.5E18").column == 12);
  CHECK(f.fails("show ephone dn 15001").column == 15);
  CHECK(f.fails("show ephone registered extra").column == 23);
  CHECK(f.fails("clear telephony-service ephone-attempted-registrations now").column == 55);
  CHECK(sccp.attempted.size() == 2);
}
