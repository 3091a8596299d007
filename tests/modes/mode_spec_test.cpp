// The mode rows (modes/mode_specs.cpp) and the start-up checks of ObjectTable (issue 14).
#include <catch2/catch.hpp>

#include "model/cme_objects.hpp"
#include "modes/mode_spec.hpp"
#include "modes/object_table.hpp"

using namespace cme;
using namespace cme::modes;

namespace {

model::TelephonyService* no_object(CommandContext&) {
  return nullptr;
}

/// finish()'s errors for a telephony-service table filled by `fill`.
template <class Fill>
std::string errors_of(Fill fill) {
  CommandTable table(ModeId::Telephony);
  ObjectTable<model::TelephonyService> t(table, no_object, model::Section::Telephony);
  fill(t);
  auto r = table.finish(nullptr);
  return r.ok() ? std::string() : r.error();
}

}  // namespace

TEST_CASE("mode_spec: one row per mode, in ModeId order, each with its prompt", "[modes][mode_spec]") {
  const auto& rows = mode_specs();
  REQUIRE(rows.size() == kModeCount);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CHECK(static_cast<std::size_t>(rows[i].info.id) == i);
    CHECK(&mode_info(rows[i].info.id) == &rows[i].info);
  }
  CHECK(mode_info(ModeId::Ephone).prompt == "config-ephone");
  CHECK(mode_info(ModeId::VoiceServiceSip).parent == ModeId::VoiceServiceVoip);
  REQUIRE(rows[static_cast<std::size_t>(ModeId::Ephone)].entry);
  CHECK(rows[static_cast<std::size_t>(ModeId::Ephone)].entry->spec == "ephone <1-10000>$tag");
  CHECK_FALSE(rows[static_cast<std::size_t>(ModeId::Line)].entry);
}

TEST_CASE("mode_spec: the model's object rows give each object its section and head",
          "[modes][mode_spec]") {
  constexpr const auto& dn = model::cme_object<&model::CmeConfig::ephone_dns>();
  STATIC_REQUIRE(dn.section == model::Section::EphoneDns);
  STATIC_REQUIRE(dn.kTagged);
  CHECK(dn.head == "ephone-dn");
  CHECK(model::kCmeSections.front() == model::Section::VoiceServiceVoip);
  CHECK(model::kCmeSections.back() == model::Section::Ephones);
}

TEST_CASE("object_table: a typed field's spec binds one value and starts with its keyword",
          "[modes][object_table]") {
  using TS = model::TelephonyService;
  CHECK(errors_of([](auto& t) {
          t.field("keepalive <10-65535>$seconds", {"K", "s"}, &TS::keepalive);
        }).empty());
  CHECK(errors_of([](auto& t) {
          t.field("keepalives <10-65535>$seconds", {"K", "s"}, &TS::keepalive);
        }).find("renders as \"keepalive\"") != std::string::npos);
  CHECK(errors_of([](auto& t) {
          t.field("keepalive <10-65535>", {"K", "s"}, &TS::keepalive);
        }).find("must bind exactly one value") != std::string::npos);
  CHECK(sole_bind("max-conferences <1-32>$count [gain WORD$gain]").empty());
  CHECK(sole_bind("description LINE$text") == "text");
  CHECK(sole_bind("mode {cme | srst}$mode") == "mode");
}
