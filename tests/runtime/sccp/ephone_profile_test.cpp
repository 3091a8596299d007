#include <catch2/catch.hpp>

#include "runtime/sccp/session/ephone_profile.hpp"

using namespace cme::runtime::sccp;
using cme::model::Button;

namespace {

cme::model::CmeConfig office() {
  cme::model::CmeConfig c;
  for (unsigned tag : {10u, 11u, 12u, 13u, 14u, 15u}) {
    cme::model::EphoneDn dn;
    dn.tag = tag;
    dn.number = cme::model::DnNumber{std::to_string(1000 + tag), {}, {}};
    c.ephone_dns[tag] = dn;
  }
  c.ephone_dns[11].label = "\"Sales\"";
  c.ephone_dns[11].name = "Front desk";
  return c;
}

}  // namespace

TEST_CASE("ephone profile: buttons of every separator are lines, in button order",
          "[runtime][sccp][profile]") {
  auto c = office();
  cme::model::Ephone e;
  e.tag = 1;
  e.button = {Button{1, ':', {10}}, Button{2, 'b', {11}}, Button{3, 'f', {12}},
              Button{4, 'o', {13, 14, 15}}, Button{5, 'x', {4}}, Button{6, 'm', {10}}};
  const auto p = build_profile(c, e, model_by_type("7960"));
  REQUIRE(p.buttons.size() == 6);
  for (unsigned i = 0; i < 6; ++i) {
    CHECK(p.buttons[i] == ButtonSlot{ButtonKind::Line, i + 1});
  }
  REQUIRE(p.lines.size() == 6);
  CHECK(p.lines[0].number == "1010");
  CHECK(p.lines[0].label == "1010");
  CHECK(p.lines[1].label == "Sales");
  CHECK(p.lines[1].name == "Front desk");
  CHECK(p.lines[1].separator == 'b');
  CHECK(p.lines[3].dns == std::vector<unsigned>{13, 14, 15});
  CHECK(p.lines[4].dns == std::vector<unsigned>{13, 14, 15});  // 5x4 expands button 4
  CHECK(p.lines[5].separator == 'm');
}

TEST_CASE("ephone profile: speed-dials take the free buttons, what the model lacks is dropped",
          "[runtime][sccp][profile]") {
  auto c = office();
  cme::model::Ephone e;
  e.tag = 2;
  e.button = {Button{1, ':', {10}}, Button{3, ':', {11}}};
  e.speed_dial = {{1, "5001", "\"Bob\"", false}, {2, "5002", std::nullopt, false}};
  e.blf_speed_dial = {{1, "1012", "\"Carol\"", false}};
  SECTION("a 7960 has six buttons") {
    const auto p = build_profile(c, e, model_by_type("7960"));
    REQUIRE(p.buttons.size() == 6);
    CHECK(p.buttons[0] == ButtonSlot{ButtonKind::Line, 1});
    CHECK(p.buttons[1] == ButtonSlot{ButtonKind::SpeedDial, 1});
    CHECK(p.buttons[2] == ButtonSlot{ButtonKind::Line, 2});
    CHECK(p.buttons[3] == ButtonSlot{ButtonKind::SpeedDial, 2});
    CHECK(p.buttons[4] == ButtonSlot{ButtonKind::BlfSpeedDial, 3});
    CHECK(p.buttons[5] == ButtonSlot{});
    REQUIRE(p.speed_dials.size() == 3);
    CHECK(p.speed_dials[0].label == "Bob");
    CHECK(p.speed_dials[2].blf);
  }
  SECTION("a 7941 has two: button 3 is dropped and no speed-dial fits") {
    const auto p = build_profile(c, e, model_by_type("7941"));
    REQUIRE(p.buttons.size() == 2);
    CHECK(p.buttons[0] == ButtonSlot{ButtonKind::Line, 1});
    CHECK(p.buttons[1] == ButtonSlot{ButtonKind::SpeedDial, 1});
    CHECK(p.lines.size() == 1);
  }
  SECTION("the configured type wins over the reported model; add-ons add buttons") {
    e.type = cme::model::PhoneType{"7941", {"7914"}};
    const auto p = build_profile(c, e, model_by_type("7960"));
    CHECK(p.model == model_by_type("7941"));
    CHECK(p.buttons.size() == 16);
  }
  SECTION("a 7911 gets its Hold button") {
    const auto p = build_profile(c, e, model_by_device_type(307));
    REQUIRE(p.buttons.size() == 2);
    CHECK(p.buttons[1] == ButtonSlot{ButtonKind::Hold, 1});
  }
}

TEST_CASE("ephone profile: keepalive precedence, date template and soft keys",
          "[runtime][sccp][profile]") {
  auto c = office();
  cme::model::Ephone e;
  e.tag = 3;
  CHECK(build_profile(c, e, nullptr).keepalive.seconds == 30);
  CHECK(build_profile(c, e, nullptr).date_template == "M/D/YA");
  c.telephony_service.emplace();
  c.telephony_service->keepalive = 45;
  c.telephony_service->options.set({1, "date-format", "date-format dd-mm-yy"});
  c.telephony_service->options.set({2, "time-format", "time-format 24"});
  CHECK(build_profile(c, e, nullptr).keepalive.seconds == 45);
  CHECK(build_profile(c, e, nullptr).date_template == "D/M/Y");
  cme::model::EphoneTemplate t;
  t.tag = 1;
  t.keepalive = 20;
  t.options.set({1, "softkeys idle", "softkeys idle Redial Dnd"});
  c.ephone_templates[1] = t;
  e.ephone_template = 1;
  auto p = build_profile(c, e, nullptr);
  CHECK(p.keepalive.seconds == 20);
  const auto& states = p.soft_keys->states;
  REQUIRE(states.size() == 7);
  CHECK(states[0].state == "idle");
  CHECK(states[0].keys == std::vector<std::string>{"Redial", "Dnd"});
  CHECK(states[1].keys.front() == "Redial");  // seized: the default
  // Each key once: the 2 idle keys and the defaults of the other states (CallBack = Callback).
  CHECK(p.soft_keys->templ.soft_key_count == 18);
  CHECK(build_profile(c, cme::model::Ephone{}, nullptr).soft_keys ==
        build_profile(c, cme::model::Ephone{}, nullptr).soft_keys);  // the defaults are shared
  e.keepalive = 15;
  CHECK(build_profile(c, e, nullptr).keepalive.seconds == 15);
}
