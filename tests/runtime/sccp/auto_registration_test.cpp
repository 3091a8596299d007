#include <catch2/catch.hpp>

#include "runtime/sccp/registry/auto_registration.hpp"

using namespace cme::runtime::sccp;

namespace {

cme::model::MacAddress mac(std::uint8_t last) {
  return cme::model::MacAddress{{0x00, 0x11, 0x22, 0x33, 0x44, last}};
}

cme::model::Config with_dns(unsigned max_ephones) {
  cme::model::Config c;
  c.cme.telephony_service.emplace();
  c.cme.telephony_service->max_ephones = max_ephones;
  for (unsigned tag = 1; tag <= 4; ++tag) {
    cme::model::EphoneDn dn;
    dn.tag = tag;
    c.cme.ephone_dns[tag] = dn;
  }
  return c;
}

}  // namespace

TEST_CASE("auto registration: the lowest free tag, a free dn of a matching range, cfw",
          "[runtime][sccp][autoreg]") {
  auto c = with_dns(3);
  c.cme.telephony_service->options.set({1, "auto assign 1", "auto assign 1 to 2 type 7941"});
  c.cme.telephony_service->options.set(
      {1, "auto assign 3", "auto assign 3 to 4 cfw 5000 timeout 20"});
  cme::model::Ephone existing;
  existing.tag = 1;
  existing.button = {cme::model::Button{1, ':', {1}}};
  c.cme.ephones[1] = existing;

  auto r = auto_register(c, mac(1), model_by_type("7941"));
  REQUIRE(r);
  CHECK(r->tag == 2);
  CHECK(r->dn == 2);  // dn 1 is on ephone 1's button
  const auto& e = r->config.cme.ephones.at(2);
  CHECK(e.mac_address == mac(1));
  REQUIRE(e.type);
  CHECK(e.type->type == "7941");
  CHECK(e.button == std::vector<cme::model::Button>{{1, ':', {2}}});

  auto r2 = auto_register(r->config, mac(2), model_by_type("7960"));  // not a 7941: range 3-4
  REQUIRE(r2);
  CHECK(r2->tag == 3);
  CHECK(r2->dn == 3);
  const auto& dn3 = r2->config.cme.ephone_dns.at(3);
  REQUIRE(dn3.call_forward_noan);
  CHECK(dn3.call_forward_noan->number == "5000");
  CHECK(dn3.call_forward_noan->timeout == 20u);
  REQUIRE(dn3.call_forward_busy);

  auto r3 = auto_register(r2->config, mac(3), nullptr);
  REQUIRE_FALSE(r3);
  CHECK(r3.error() == "max-ephones 3 reached");
}

TEST_CASE("auto registration: refused with no auto-reg-ephone and without max-ephones",
          "[runtime][sccp][autoreg]") {
  auto c = with_dns(5);
  c.cme.telephony_service->options.set({1, "auto-reg-ephone", "no auto-reg-ephone"});
  auto r = auto_register(c, mac(1), nullptr);
  REQUIRE_FALSE(r);
  CHECK(r.error() == "auto-reg-ephone disabled");
  auto unset = with_dns(0);
  unset.cme.telephony_service->max_ephones.reset();
  auto r2 = auto_register(unset, mac(1), nullptr);
  REQUIRE_FALSE(r2);
  CHECK(r2.error() == "max-ephones 0 reached");
  auto ok = auto_register(with_dns(5), mac(1), nullptr);
  REQUIRE(ok);
  CHECK(ok->dn == 0);  // no auto assign: no line
  CHECK(ok->config.cme.ephones.at(1).button.empty());
}
