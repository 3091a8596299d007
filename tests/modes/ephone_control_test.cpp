// `debug ephone ...` (ios-texts.md §3.R) and `reset` / `restart` in ephone and telephony-service
// (modes/tables/ephone_show.hpp), with a fake SCCP service and with none.
#include <catch2/catch.hpp>
#include <string>

#include "modes/debug_flags.hpp"
#include "tests/modes/fake_sccp_status.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::model::ResetRequest;
using cme::model::ResetTarget;
using cme::model::ResetType;
using cme::test::FakeSccpStatus;
using cme::test::SessionFixture;
namespace m = cme::modes;

namespace Catch {
template <>
struct StringMaker<ResetRequest> {
  static std::string convert(const ResetRequest& r) {
    return "{type " + std::to_string(static_cast<unsigned>(r.type)) + " target " +
           std::to_string(static_cast<int>(r.target)) + " ephone " + std::to_string(r.ephone) +
           " mac " + cme::model::to_string(r.mac) + " interval " +
           std::to_string(r.interval.count()) + "}";
  }
};
}  // namespace Catch

namespace {

const char* kMac = "0030.94C3.E1A8";

void configure_phone(SessionFixture& f) {
  f.run({"configure terminal", "telephony-service", "ip source-address 10.1.1.1", "ephone-dn 1",
         "number 3001", "ephone 1", "mac-address 0023.5E18.23EC", "button 1:1", "end"});
}

ResetRequest request(ResetType type, ResetTarget target) {
  ResetRequest r;
  r.type = type;
  r.target = target;
  return r;
}

}  // namespace

TEST_CASE("ephone control: debug ephone acknowledgements and show debugging",
          "[modes][ephone][debug]") {
  SessionFixture f;
  const auto& flags = f.device.debug_flags();
  CHECK(f.ok("debug ephone register") == "Ephone registration debugging is enabled\n");
  CHECK(f.ok("debug ephone detail mac-address 0030.94c3.e1a8") ==
        "Ephone detail debugging is enabled\n");
  CHECK(f.ok("debug ephone state mac-address 0030.94c3.E1A8") ==
        "EPHONE state debugging is enabled for phone 0030.94C3.E1A8\n");
  CHECK(f.ok("debug ephone keepalive") == "EPHONE keepalive debugging is enabled\n");
  CHECK(f.ok("debug ephone raw mac-address 0030.94c3.E1A8") ==
        "EPHONE raw protocol debugging is enabled for phone 0030.94C3.E1A8\n");
  CHECK(flags.is_on(m::kDebugEphoneRegister, "1111.2222.3333"));
  CHECK(flags.is_on(m::kDebugEphoneState, kMac));
  CHECK_FALSE(flags.is_on(m::kDebugEphoneState, "1111.2222.3333"));
  CHECK_FALSE(flags.is_on(m::kDebugEphoneState));
  CHECK(flags.is_on(m::kDebugEphoneDetail, kMac));
  CHECK(f.ok("show debugging") ==
        "Ephone registration debugging is enabled\n"
        "EPHONE keepalive debugging is enabled\n"
        "EPHONE state debugging is enabled for phone 0030.94C3.E1A8\n"
        "Ephone detail debugging is enabled for phone 0030.94C3.E1A8\n"
        "EPHONE raw protocol debugging is enabled for phone 0030.94C3.E1A8\n");
  CHECK(f.ok("undebug ephone state mac-address 0030.94C3.E1A8") ==
        "EPHONE state debugging is disabled for phone 0030.94C3.E1A8\n");
  CHECK_FALSE(flags.is_on(m::kDebugEphoneState, kMac));
  CHECK(f.ok("no debug ephone register") == "Ephone registration debugging is disabled\n");
  CHECK_FALSE(flags.is_on(m::kDebugEphoneRegister, kMac));
  CHECK(f.ok("undebug all") == "All possible debugging has been turned off\n");
  CHECK(f.ok("show debugging").empty());
  CHECK_FALSE(flags.is_on(m::kDebugEphoneRaw, kMac));
  CHECK_FALSE(flags.is_on(m::kDebugEphoneKeepalive));
}

TEST_CASE("ephone control: a bad debug ephone line changes nothing", "[modes][ephone][debug]") {
  SessionFixture f;
  CHECK(f.fails("debug ephone state mac-address 0030.94c3").column == 31);
  CHECK(f.fails("debug ephone nonsense").column == 13);
  CHECK(f.device.debug_flags().macs(m::kDebugEphoneState).empty());
  CHECK_FALSE(f.device.debug_flags().is_on(m::kDebugEphoneState, kMac));
}

TEST_CASE("ephone control: reset and restart reach the SCCP service", "[modes][ephone]") {
  SessionFixture f;
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  configure_phone(f);
  const auto before = f.rendered();
  f.ok("configure terminal");
  f.ok("ephone 1");
  CHECK(f.ok("reset").empty());
  CHECK(f.ok("restart").empty());
  f.ok("ephone 2");
  CHECK(f.ok("reset") == "% ephone 2 is not registered\n");
  f.ok("telephony-service");
  CHECK(f.ok("reset all").empty());
  CHECK(f.ok("restart all 0").empty());
  CHECK(f.ok("reset mac-address 0023.5e18.23ec").empty());
  CHECK(f.ok("restart mac-address 1111.2222.3333") ==
        "% No ephone registered with MAC address 1111.2222.3333\n");
  CHECK(f.ok("reset sequence-all").empty());
  CHECK(f.ok("reset cancel").empty());
  CHECK(f.ok("no reset sequence-all").empty());
  CHECK(f.ok("no restart all").empty());
  f.ok("end");

  std::vector<ResetRequest> want;
  auto ephone = [](ResetType type, unsigned tag) {
    auto r = request(type, ResetTarget::Ephone);
    r.ephone = tag;
    return r;
  };
  auto mac = [](ResetType type, const char* text) {
    auto r = request(type, ResetTarget::Mac);
    r.mac = *cme::model::mac_from_text(text);
    return r;
  };
  want.push_back(ephone(ResetType::Reset, 1));
  want.push_back(ephone(ResetType::Restart, 1));
  want.push_back(ephone(ResetType::Reset, 2));
  want.push_back(request(ResetType::Reset, ResetTarget::All));
  want.push_back(request(ResetType::Restart, ResetTarget::All));
  want.back().interval = std::chrono::seconds{0};
  want.push_back(mac(ResetType::Reset, "0023.5E18.23EC"));
  want.push_back(mac(ResetType::Restart, "1111.2222.3333"));
  want.push_back(request(ResetType::Reset, ResetTarget::SequenceAll));
  want.push_back(request(ResetType::Reset, ResetTarget::Cancel));
  want.push_back(request(ResetType::Reset, ResetTarget::Cancel));
  want.push_back(request(ResetType::Restart, ResetTarget::Cancel));
  CHECK(sccp.requests == want);
  // Actions, not configuration: ephone 2 was created by `ephone 2`, nothing else changed.
  CHECK(f.rendered() != before);
  f.ok("configure terminal");
  f.ok("no ephone 2");
  f.ok("end");
  CHECK(f.rendered() == before);
  CHECK(f.rendered().find("reset") == std::string::npos);
  CHECK(f.rendered().find("restart") == std::string::npos);
}

TEST_CASE("ephone control: reset without an SCCP service", "[modes][ephone]") {
  SessionFixture f;
  configure_phone(f);
  const auto before = f.rendered();
  f.ok("configure terminal");
  f.ok("ephone 1");
  CHECK(f.ok("reset") == "% SCCP service is not running: no ephone was reset\n");
  CHECK(f.ok("restart") == "% SCCP service is not running: no ephone was restarted\n");
  f.ok("telephony-service");
  CHECK(f.ok("reset all 5") == "% SCCP service is not running: no ephone was reset\n");
  CHECK(f.ok("restart mac-address 0023.5E18.23EC") ==
        "% SCCP service is not running: no ephone was restarted\n");
  f.ok("end");
  CHECK(f.rendered() == before);
}

TEST_CASE("ephone control: bad reset lines are refused", "[modes][ephone]") {
  SessionFixture f;
  FakeSccpStatus sccp;
  f.device.set_sccp(&sccp);
  configure_phone(f);
  f.ok("configure terminal");
  f.ok("telephony-service");
  CHECK(f.fails("reset all 61").column == 10);
  CHECK(f.fails("restart sequence-all").column == 8);
  CHECK(f.fails("restart cancel").column == 8);
  CHECK(f.fails("reset mac-address 0023.5E18").column == 18);
  f.ok("ephone 1");
  CHECK(f.fails("reset all").column == 6);
  CHECK(sccp.requests.empty());
}
