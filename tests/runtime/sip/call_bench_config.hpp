#pragma once
// The running configuration of the call tests (CallBench), as a model::Config value: the runtime
// test executable links only cme_runtime, so it is built here rather than parsed.

#include <memory>
#include <string>

#include "model/config.hpp"
#include "model/values.hpp"

namespace cme::test {

/// The configuration the call tests use: dns 1-3 (3001-3003), pools 1-3 by `id ip`, and
/// dial-peer 100 (`destination-pattern 9T`, target 10.0.0.50:5070).
inline std::shared_ptr<const model::Config> call_config(bool passthru) {
  auto c = std::make_shared<model::Config>();
  model::VoiceServiceVoip voip;
  voip.sip.emplace();
  voip.sip->midcall_signaling_passthru = passthru;
  c->cme.voice_service_voip = voip;
  for (unsigned n = 1; n <= 3; ++n) {
    model::VoiceRegisterDn dn;
    dn.tag = n;
    dn.number = std::to_string(3000 + n);
    c->cme.voice_register_dns[n] = dn;
    model::VoiceRegisterPool& pool = c->cme.voice_register_pools[n];
    pool.tag = n;
    model::PoolId id;
    id.kind = model::PoolId::Kind::Ip;
    id.address = *model::ipv4_from_text("10.0.0." + std::to_string(10 + n));
    id.mask = *model::ipv4_from_text("255.255.255.255");
    pool.id = id;
    model::PoolNumber line;
    line.tag = 1;
    line.dn = n;
    pool.number.push_back(line);
  }
  model::DialPeer peer;
  peer.tag = 100;
  peer.destination_pattern = "9T";
  peer.session_protocol = "sipv2";
  peer.session_target = model::SessionTarget{model::SessionTarget::Kind::Ipv4,
                                             *model::ipv4_from_text("10.0.0.50"), "", 5070};
  c->cme.dial_peers[100] = peer;
  return c;
}

}  // namespace cme::test
