// End to end: auto-registration, reset/restart, the configuration following, bad input.
#include "tests/cli/sccp/sccp_router.hpp"

using cme::test::SccpModel;
using cme::test::SccpRouter;
using cme::test::SccpTestPhone;
namespace sccp = cme::runtime::sccp;

namespace {

const std::string kSmall = R"(telephony-service
 max-ephones 3
 ip source-address 127.0.0.1 port 2000
 auto assign 1 to 2
ephone-dn 1
 number 2001
ephone-dn 2
 number 2002
ephone 1
 mac-address 0011.2233.4401
 button 1:1
)";

SccpTestPhone& connected(SccpRouter& router, SccpTestPhone& phone) {
  REQUIRE(router.started());
  REQUIRE(phone.connect("127.0.0.1", router.port()).ok());
  return phone;
}

}  // namespace

TEST_CASE("sccp e2e: an unknown phone is auto-registered into the running configuration",
          "[cli][sccp][loopback]") {
  SccpRouter router(kSmall);
  SccpTestPhone phone;
  auto r = connected(router, phone).register_as(SccpModel::Phone7941, "00AABBCCDD01");
  INFO((r.ok() ? std::string() : r.error()));
  REQUIRE(r.ok());
  CHECK(
      router.logged_with("%IPPHONE-6-REGISTER_NEW: ephone-2:SEP00AABBCCDD01 IP:127.0.0.1 Socket:1 "
                         "DeviceType:Phone has registered."));
  const auto config = router.exec("show running-config");
  CHECK(config.find("ephone  2\n mac-address 00AA.BBCC.DD01\n type 7941\n button  1:2\n") !=
        std::string::npos);
  REQUIRE(phone.lines().count(1));
  CHECK(phone.lines().at(1).dir_number == "2002");  // dn 1 is ephone 1's
}

TEST_CASE("sccp e2e: with no auto-reg-ephone an unknown phone is rejected and listed",
          "[cli][sccp][loopback]") {
  SccpRouter router(kSmall + "telephony-service\n no auto-reg-ephone\n");
  SccpTestPhone phone;
  auto r = connected(router, phone).register_as(SccpModel::Phone7960, "00AABBCCDD02");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().find("auto-reg-ephone disabled") != std::string::npos);
  CHECK(phone.expect_closed().ok());
  const auto attempts = router.exec("show ephone attempted-registrations");
  CHECK(attempts.find("00AA.BBCC.DD02") != std::string::npos);
  router.exec("clear telephony-service ephone-attempted-registrations");
  CHECK(router.exec("show ephone attempted-registrations").find("00AA.BBCC.DD02") ==
        std::string::npos);
}

TEST_CASE("sccp e2e: reset and restart reach the phone", "[cli][sccp][loopback]") {
  SccpRouter router(kSmall);
  SccpTestPhone phone;
  REQUIRE(connected(router, phone).register_as(SccpModel::Phone7941, "001122334401").ok());
  router.exec("configure terminal");
  router.exec("ephone 1");
  router.exec("restart");
  auto m = phone.expect(sccp::MessageId::Reset);
  REQUIRE(m.ok());
  CHECK(std::get<sccp::Reset>(*m).value == 2);
  router.exec("end");
  router.exec("configure terminal");
  router.exec("telephony-service");
  router.exec("reset all");
  m = phone.expect(sccp::MessageId::Reset);
  REQUIRE(m.ok());
  CHECK(std::get<sccp::Reset>(*m).value == 1);
  router.exec("end");
  phone.close();  // the phone drops the connection after a Reset
  CHECK(router.wait_logged("%IPPHONE-6-UNREGISTER_NORMAL: ephone-1:SEP001122334401"));
}

TEST_CASE("sccp e2e: removing the ephone or changing its mac-address disconnects the phone",
          "[cli][sccp][loopback]") {
  SccpRouter router(kSmall);
  SccpTestPhone phone;
  REQUIRE(connected(router, phone).register_as(SccpModel::Phone7941, "001122334401").ok());
  router.apply("ephone 1\n mac-address 0011.2233.4499\n");
  CHECK(phone.expect_closed().ok());
  CHECK(router.registered() == 0);
}

TEST_CASE("sccp e2e: a phone sending garbage is closed alone", "[cli][sccp][loopback]") {
  SccpRouter router(kSmall);
  SccpTestPhone good;
  SccpTestPhone bad;
  REQUIRE(connected(router, good).register_as(SccpModel::Phone7941, "001122334401").ok());
  connected(router, bad);
  REQUIRE(bad.send_raw({0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0, 1, 0, 0, 0}).ok());  // length 2 GB
  CHECK(bad.expect_closed().ok());
  SccpTestPhone impostor;  // a Register whose deviceName is not SEP + 12 hex digits
  connected(router, impostor);
  sccp::Register reg;
  reg.device_name = "SEPXYZ";
  reg.device_type = 115;
  REQUIRE(impostor.send(reg).ok());
  CHECK(impostor.expect_closed().ok());
  REQUIRE(good.keepalive().ok());
  CHECK(router.registered() == 1);
  CHECK(router.counters().protocol_errors == 2);
  CHECK(router.logged_with("%SCCP-4-BADMSG: socket [2] 127.0.0.1: "));
  CHECK(router.logged_with("Register with a bad DeviceName: connection closed"));
}

TEST_CASE("sccp e2e: a second connection of a registered phone from its own address replaces it",
          "[cli][sccp][loopback]") {
  SccpRouter router(kSmall);
  SccpTestPhone first;
  SccpTestPhone rebooted;
  REQUIRE(connected(router, first).register_as(SccpModel::Phone7941, "001122334401").ok());
  REQUIRE(connected(router, rebooted).register_as(SccpModel::Phone7941, "001122334401").ok());
  CHECK(first.expect_closed().ok());
  CHECK(router.registered() == 1);
}

TEST_CASE("sccp e2e: a connection that never registers is closed after 30 s",
          "[cli][sccp][loopback]") {
  SccpRouter router(kSmall);
  SccpTestPhone silent;
  connected(router, silent);
  REQUIRE(router.settle([&] { return router.registry().unregistered() == 1; }));
  router.advance(std::chrono::seconds(29));
  CHECK(router.unregistered() == 1);
  router.advance(std::chrono::seconds(1));
  CHECK(silent.expect_closed().ok());
}

TEST_CASE("sccp e2e: without ip source-address no phone registers, setting it starts SCCP",
          "[cli][sccp][loopback]") {
  SccpRouter router("telephony-service\n max-ephones 2\n");
  CHECK_FALSE(router.started());
  router.apply("telephony-service\n ip source-address 127.0.0.1 port 2000\n");
  CHECK(router.port() != 0);
  CHECK(router.logged_with("%SCCP-3-SOCKET") == false);
}
