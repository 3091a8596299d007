#include "runtime/sip/registrar/expires_limits.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>

#include "model/config.hpp"
#include "model/voice_service_voip.hpp"

namespace cme::runtime::sip {

ExpiresLimits expires_limits(const model::Config& config) {
  ExpiresLimits limits;
  limits.min = std::chrono::seconds{model::kRegistrarExpiresMinDefault};
  limits.max = std::chrono::seconds{model::kRegistrarExpiresMaxDefault};
  const auto& voip = config.cme.voice_service_voip;
  if (voip && voip->sip && voip->sip->registrar_server) {
    const model::RegistrarServer& server = *voip->sip->registrar_server;
    if (server.min) {
      limits.min = std::chrono::seconds{*server.min};
    }
    if (server.max) {
      limits.max = std::chrono::seconds{*server.max};
    }
  }
  limits.fallback = std::min(limits.fallback, limits.max);
  return limits;
}

bool registrar_enabled(const model::Config& config) {
  const auto& voip = config.cme.voice_service_voip;
  return voip && voip->sip && voip->sip->registrar_server.has_value();
}

GrantedExpires grant_expires(std::optional<std::uint32_t> requested, const ExpiresLimits& limits) {
  if (!requested) {
    return {ExpiresKind::Grant, std::min(limits.fallback, limits.max)};
  }
  if (*requested == 0) {
    return {ExpiresKind::Remove, std::chrono::seconds{0}};
  }
  const std::chrono::seconds asked{*requested};
  if (asked < limits.min) {
    return {ExpiresKind::TooBrief, std::chrono::seconds{0}};
  }
  return {ExpiresKind::Grant, std::min(asked, limits.max)};
}

}  // namespace cme::runtime::sip
