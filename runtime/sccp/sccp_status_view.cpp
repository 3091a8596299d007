#include "runtime/sccp/sccp_status_view.hpp"

#include <map>

#include "runtime/sccp/registry/ephone_registry.hpp"

namespace cme::runtime::sccp {

namespace {

std::size_t channels_of(const model::CmeConfig& c, unsigned dn) {
  const auto it = c.ephone_dns.find(dn);
  if (it == c.ephone_dns.end()) {
    return 1;
  }
  switch (it->second.line_mode) {
    case model::LineMode::Dual:
      return 2;
    case model::LineMode::Octo:
      return 8;
    case model::LineMode::Single:
      break;
  }
  return 1;
}

}  // namespace

std::vector<model::EphoneStatus> SccpStatusView::ephones() const {
  if (!registry_) {
    return {};
  }
  const auto running = host_.running();
  std::map<unsigned, unsigned> appearances;  // dn -> registered phones showing it
  auto out = registry_->ephones();
  for (const auto& e : out) {
    for (const auto& b : e.buttons) {
      ++appearances[b.dn];
    }
  }
  for (auto& e : out) {
    for (auto& b : e.buttons) {
      b.channels.assign(channels_of(running->cme, b.dn), model::ChannelState::Idle);
      b.shared = appearances[b.dn] > 1;
    }
  }
  return out;
}

std::vector<model::EphoneDnStatus> SccpStatusView::ephone_dns() const {
  std::map<unsigned, model::EphoneDnStatus> dns;
  for (const auto& e : ephones()) {
    if (e.state != model::EphoneState::Registered) {
      continue;
    }
    for (const auto& b : e.buttons) {
      dns[b.dn] = model::EphoneDnStatus{b.dn, b.channels};
    }
  }
  std::vector<model::EphoneDnStatus> out;
  for (auto& [tag, s] : dns) {
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<model::EphoneAttempt> SccpStatusView::attempts() const {
  return registry_ ? registry_->attempts() : std::vector<model::EphoneAttempt>{};
}

std::size_t SccpStatusView::clear_attempts() {
  return registry_ ? registry_->clear_attempts() : 0;
}

std::size_t SccpStatusView::reset(const model::ResetRequest& request) {
  return registry_ ? registry_->reset(request) : 0;
}

}  // namespace cme::runtime::sccp
