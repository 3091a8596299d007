// ExpiresLimits from `registrar server expires max M min N`, and grant_expires().

#include <catch2/catch.hpp>
#include <chrono>

#include "model/config.hpp"
#include "runtime/sip/registrar/expires_limits.hpp"
#include "tests/runtime/sip/registrar_seed_configs.hpp"

using cme::runtime::sip::expires_limits;
using cme::runtime::sip::ExpiresKind;
using cme::runtime::sip::ExpiresLimits;
using cme::runtime::sip::grant_expires;
using cme::runtime::sip::GrantedExpires;
using cme::runtime::sip::registrar_enabled;
using namespace std::chrono_literals;

TEST_CASE("expires limits: read from the configuration", "[runtime][sip][registrar]") {
  SECTION("seed 001: max 240 min 60") {
    const auto config = cme::test::seeds::presence_router();
    CHECK(registrar_enabled(*config));
    CHECK(expires_limits(*config) == ExpiresLimits{60s, 240s, 240s});
  }
  SECTION("small office: max 3600 min 60") {
    CHECK(expires_limits(*cme::test::seeds::small_office()) == ExpiresLimits{60s, 3600s, 3600s});
  }
  SECTION("defaults when expires is not given, or no registrar at all") {
    cme::model::Config config;
    CHECK_FALSE(registrar_enabled(config));
    CHECK(expires_limits(config) == ExpiresLimits{60s, 3600s, 3600s});
    cme::test::seeds::set_registrar(config, 600, 120);
    config.cme.voice_service_voip->sip->registrar_server = cme::model::RegistrarServer{};
    CHECK(registrar_enabled(config));
    CHECK(expires_limits(config) == ExpiresLimits{60s, 3600s, 3600s});
    config.cme.voice_service_voip->sip->registrar_server->max = 86400;
    config.cme.voice_service_voip->sip->registrar_server->min = 3600;
    CHECK(expires_limits(config) == ExpiresLimits{3600s, 86400s, 3600s});
  }
}

TEST_CASE("expires limits: grant, shorten, refuse", "[runtime][sip][registrar]") {
  const ExpiresLimits limits{60s, 240s, 240s};
  CHECK(grant_expires(0, limits) == GrantedExpires{ExpiresKind::Remove, 0s});
  CHECK(grant_expires(1, limits).kind == ExpiresKind::TooBrief);
  CHECK(grant_expires(59, limits).kind == ExpiresKind::TooBrief);
  CHECK(grant_expires(60, limits) == GrantedExpires{ExpiresKind::Grant, 60s});
  CHECK(grant_expires(240, limits) == GrantedExpires{ExpiresKind::Grant, 240s});
  CHECK(grant_expires(241, limits) == GrantedExpires{ExpiresKind::Grant, 240s});
  CHECK(grant_expires(4294967295u, limits) == GrantedExpires{ExpiresKind::Grant, 240s});
  CHECK(grant_expires(std::nullopt, limits) == GrantedExpires{ExpiresKind::Grant, 240s});
}
