// Effective settings: CME's precedence ephone > ephone-template > telephony-service > default
// (seed 000, keepalive).
#include "model/effective.hpp"

#include <catch2/catch.hpp>

namespace cme::model {

TEST_CASE("effective: keepalive follows ephone, template, telephony-service, default",
          "[model][effective]") {
  CmeConfig c;
  Ephone e;
  e.tag = 1;
  SECTION("nothing configured: the reference's 30 seconds") {
    const auto k = effective_keepalive(c, e);
    CHECK(k.seconds == 30);
    CHECK(k.source == SettingSource::Default);
  }
  c.telephony_service.emplace().keepalive = 40;  // seed 000: telephony-service keepalive 40
  SECTION("telephony-service") {
    CHECK(effective_keepalive(c, e).seconds == 40);
    CHECK(effective_keepalive(c, e).source == SettingSource::TelephonyService);
  }
  EphoneTemplate t;
  t.tag = 2;
  t.keepalive = 60;
  c.ephone_templates[2] = t;
  e.ephone_template = 2;
  SECTION("the template wins over telephony-service") {
    CHECK(effective_keepalive(c, e).seconds == 60);
    CHECK(effective_keepalive(c, e).source == SettingSource::EphoneTemplate);
  }
  SECTION("the ephone's own setting wins over its template (seed 000: ephone 1 keepalive 300)") {
    e.keepalive = 300;
    CHECK(effective_keepalive(c, e).seconds == 300);
    CHECK(effective_keepalive(c, e).source == SettingSource::Ephone);
  }
  SECTION("a template without keepalive falls through to telephony-service") {
    c.ephone_templates[2].keepalive.reset();
    CHECK(effective_keepalive(c, e).seconds == 40);
  }
}

TEST_CASE("effective: SIP phones' keepalive is voice register global's or 120",
          "[model][effective]") {
  CmeConfig c;
  CHECK(effective_register_keepalive(c) == 120);
  c.voice_register_global.emplace().keepalive = 200;  // seed 000
  CHECK(effective_register_keepalive(c) == 200);
}

}  // namespace cme::model
