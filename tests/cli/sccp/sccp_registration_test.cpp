// End to end: SCCP test phones register with the router over loopback TCP (issue 17 tests).
#include "tests/cli/sccp/sccp_router.hpp"

using cme::test::SccpModel;
using cme::test::SccpRouter;
using cme::test::SccpTestPhone;
namespace sccp = cme::runtime::sccp;

namespace {

const std::string kOffice = R"(telephony-service
 max-ephones 10
 max-dn 20
 ip source-address 127.0.0.1 port 2000
 keepalive 45
ephone-template 1
 keepalive 20
ephone-dn 1
 number 1001
 label "Front desk"
ephone-dn 2 dual-line
 number 1002
ephone-dn 3
 number 1003
ephone 1
 mac-address 0011.2233.4401
 type 7941
 button 1:1 2:2
ephone 2
 mac-address 0011.2233.4402
 button 1:3 2b1 3o2,3
 speed-dial 1 5001 label "Bob"
 keepalive 15
ephone 3
 mac-address 0011.2233.4403
 ephone-template 1
)";

// `show ephone H.H.H` of the registered 7941 (the CME 8.x+ form of ios-texts.md §1.A/§1.G; the
// phone's TCP port masked).
// Both dns are shared: ephone 2 (the 7960, registered too) shows them on buttons 2 and 3.
const std::string kShowRegistered7941 =
    "ephone-1[0] Mac:0011.2233.4401 TCP socket:[1] activeLine:0 whisperLine:0 REGISTERED in "
    "SCCP ver 17/17 max_streams=5\n"
    "mediaActive:0 whisper_mediaActive:0 startMedia:0 offhook:0 ringing:0 reset:0 reset_sent:0 "
    "paging 0 debug:0 caps:3\n"
    "IP:127.0.0.1 * PORT 7941  keepalive 0 max_line 2 available_line 0\n"
    "button 1: cw:1 ccw:(0) \n"
    "  dn 1  number 1001 CH1   IDLE         shared \n"
    "button 2: cw:1 ccw:(0 0) \n"
    "  dn 2  number 1002 CH1   IDLE         CH2   IDLE         shared \n"
    "Preferred Codec: g711ulaw \n"
    "Lpcor Type: none\n";

void connect(SccpRouter& router, SccpTestPhone& phone) {
  REQUIRE(router.started());
  auto c = phone.connect("127.0.0.1", router.port());
  INFO((c.ok() ? std::string() : c.error()));
  REQUIRE(c.ok());
}

void register_phone(SccpRouter& router, SccpTestPhone& phone, SccpModel model,
                    const std::string& mac) {
  connect(router, phone);
  auto r = phone.register_as(model, mac);
  INFO((r.ok() ? std::string() : r.error()));
  REQUIRE(r.ok());
}

}  // namespace

TEST_CASE("sccp e2e: a 7941 (protocol 17) and a 7960 (protocol 11) register with their buttons",
          "[cli][sccp][loopback]") {
  SccpRouter router(kOffice);
  SccpTestPhone p1941;
  SccpTestPhone p7960;
  register_phone(router, p1941, SccpModel::Phone7941, "001122334401");
  register_phone(router, p7960, SccpModel::Phone7960, "001122334402");
  CHECK(p1941.protocol_version() == 17);
  CHECK(p7960.protocol_version() == 11);

  REQUIRE(p1941.button_template());
  const auto& t41 = *p1941.button_template();
  CHECK(t41.total_button_count == 2);  // a 7941 has two buttons
  CHECK(t41.buttons[0] == sccp::ButtonDefinition{1, 0x09});
  CHECK(t41.buttons[1] == sccp::ButtonDefinition{2, 0x09});
  REQUIRE(p1941.lines().count(1));
  CHECK(p1941.lines().at(1).dir_number == "1001");
  CHECK(p1941.lines().at(1).text_label == "Front desk");

  REQUIRE(p7960.button_template());
  const auto& t60 = *p7960.button_template();
  CHECK(t60.total_button_count == 6);  // no `type`: the model the phone reported
  CHECK(t60.buttons[0] == sccp::ButtonDefinition{1, 0x09});
  CHECK(t60.buttons[1] == sccp::ButtonDefinition{2, 0x09});
  CHECK(t60.buttons[2] == sccp::ButtonDefinition{3, 0x09});
  CHECK(t60.buttons[3] == sccp::ButtonDefinition{1, 0x02});  // the speed-dial
  REQUIRE(p7960.speed_dials().count(1));
  CHECK(p7960.speed_dials().at(1).label == "Bob");

  CHECK(router.logged_with(
      "%IPPHONE-6-REGISTER: ephone-1:SEP001122334401 IP:127.0.0.1 Socket:1 DeviceType:Phone "
      "has registered."));
  CHECK(router.logged_with("%IPPHONE-6-REGISTER: ephone-2:SEP001122334402 IP:127.0.0.1"));
  auto one = router.exec("show ephone 0011.2233.4401");
  const std::string ip = "IP:127.0.0.1 * ";
  const auto port_at = one.find(ip);
  REQUIRE(port_at != std::string::npos);
  const auto port_end = one.find(' ', port_at + ip.size());
  one.replace(port_at + ip.size(), port_end - port_at - ip.size(), "PORT");  // ephemeral
  CHECK(one == kShowRegistered7941);
  const auto shown = router.exec("show ephone registered");
  CHECK(shown.find("0011.2233.4401") != std::string::npos);
  CHECK(shown.find("0011.2233.4402") != std::string::npos);
  CHECK(shown.find("REGISTERED") != std::string::npos);
}

TEST_CASE("sccp e2e: keepalive precedence ephone > ephone-template > telephony-service > 30 s",
          "[cli][sccp][loopback]") {
  SccpRouter router(kOffice + "ephone 4\n mac-address 0011.2233.4404\n");
  SccpTestPhone from_ephone, from_template, from_global;
  register_phone(router, from_ephone, SccpModel::Phone7960, "001122334402");
  register_phone(router, from_template, SccpModel::Phone7941, "001122334403");
  register_phone(router, from_global, SccpModel::Phone7941, "001122334404");
  CHECK(from_ephone.keepalive_interval() == 15);
  CHECK(from_template.keepalive_interval() == 20);
  CHECK(from_global.keepalive_interval() == 45);
  router.apply("telephony-service\n no keepalive\n");
  SccpTestPhone from_default;
  from_global.close();
  REQUIRE(router.wait_logged("%IPPHONE-6-UNREGISTER_ABNORMAL: ephone-4"));
  register_phone(router, from_default, SccpModel::Phone7941, "001122334404");
  CHECK(from_default.keepalive_interval() == 30);
}

TEST_CASE("sccp e2e: keepalives are answered, and 3 missed intervals unregister the phone",
          "[cli][sccp][loopback]") {
  SccpRouter router(kOffice);
  SccpTestPhone phone;
  register_phone(router, phone, SccpModel::Phone7960, "001122334402");  // keepalive 15
  for (int i = 0; i < 4; ++i) {
    router.advance(std::chrono::seconds(14));
    REQUIRE(phone.keepalive().ok());
  }
  router.advance(std::chrono::seconds(44));
  CHECK(router.registered() == 1);  // 44 s < 3 x 15 s
  router.advance(std::chrono::seconds(1));
  CHECK(phone.expect_closed().ok());
  CHECK(router.registered() == 0);
  CHECK(router.logged_with(
      "%IPPHONE-6-UNREGISTER_ABNORMAL: ephone-2:SEP001122334402 IP:127.0.0.1 Socket:1 "
      "DeviceType:Phone has unregistered abnormally."));
  CHECK(router.exec("show ephone").find("DECEASED") != std::string::npos);
}

TEST_CASE("sccp e2e: Unregister is acknowledged and logged as normal", "[cli][sccp][loopback]") {
  SccpRouter router(kOffice);
  SccpTestPhone phone;
  register_phone(router, phone, SccpModel::Phone7941, "001122334401");
  auto status = phone.unregister();
  REQUIRE(status.ok());
  CHECK(*status == 0);
  CHECK(phone.expect_closed().ok());
  CHECK(router.logged_with("%IPPHONE-6-UNREGISTER_NORMAL: ephone-1:SEP001122334401"));
  CHECK(router.exec("show ephone").find("UNREGISTERED") != std::string::npos);
}
