#include <catch2/catch.hpp>

#include "model/config_diff.hpp"

using cme::model::ChangeKind;
using cme::model::Config;
using cme::model::ConfigDiff;
using cme::model::ObjectChange;
using cme::model::Section;

namespace {

Config with_ephones(std::initializer_list<std::pair<unsigned, unsigned>> tag_keepalive) {
  Config c;
  for (const auto& [tag, keepalive] : tag_keepalive) {
    cme::model::Ephone e;
    e.tag = tag;
    e.keepalive = keepalive;
    c.cme.ephones[tag] = e;
  }
  return c;
}

}  // namespace

TEST_CASE("config diff: equal configurations differ in nothing", "[model][config_diff]") {
  const auto c = with_ephones({{1, 30}, {2, 40}});
  const auto d = ConfigDiff::between(c, c);
  CHECK(d.empty());
  CHECK_FALSE(d.touches(Section::Ephones));
}

TEST_CASE("config diff: tagged objects added, changed and removed, in tag order",
          "[model][config_diff]") {
  const auto before = with_ephones({{1, 30}, {2, 40}, {4, 10}});
  const auto after = with_ephones({{2, 40}, {3, 20}, {4, 15}});
  const auto d = ConfigDiff::between(before, after);
  CHECK(d.changes() == std::vector<ObjectChange>{{Section::Ephones, 1u, ChangeKind::Removed},
                                                 {Section::Ephones, 3u, ChangeKind::Added},
                                                 {Section::Ephones, 4u, ChangeKind::Changed}});
  CHECK(d.change_of(Section::Ephones, 4) == ChangeKind::Changed);
  CHECK_FALSE(d.change_of(Section::Ephones, 2));
  CHECK_FALSE(d.touches(Section::Telephony));
}

TEST_CASE("config diff: single objects and the parts outside CME", "[model][config_diff]") {
  Config before;
  Config after;
  after.hostname = "CME1";
  after.cme.telephony_service.emplace();
  auto d = ConfigDiff::between(before, after);
  CHECK(d.changes() == std::vector<ObjectChange>{{Section::Hostname, std::nullopt,
                                                  ChangeKind::Changed},
                                                 {Section::Telephony, std::nullopt,
                                                  ChangeKind::Added}});
  const std::array sip_sections = {Section::RegisterPools, Section::Telephony};
  CHECK(d.touches_any(sip_sections));
  const std::array other = {Section::RegisterPools, Section::DialPeers};
  CHECK_FALSE(d.touches_any(other));

  before = after;
  after.cme.telephony_service->max_ephones = 24;
  d = ConfigDiff::between(before, after);
  CHECK(d.changes(Section::Telephony) ==
        std::vector<ObjectChange>{{Section::Telephony, std::nullopt, ChangeKind::Changed}});

  before = after;
  after.cme.telephony_service.reset();
  d = ConfigDiff::between(before, after);
  CHECK(d.changes() == std::vector<ObjectChange>{{Section::Telephony, std::nullopt,
                                                  ChangeKind::Removed}});
}

TEST_CASE("config diff: a first configuration is a diff from an empty one",
          "[model][config_diff]") {
  const auto c = with_ephones({{7, 30}});
  const auto d = ConfigDiff::between(Config{}, c);
  CHECK(d.changes() ==
        std::vector<ObjectChange>{{Section::Ephones, 7u, ChangeKind::Added}});
}
