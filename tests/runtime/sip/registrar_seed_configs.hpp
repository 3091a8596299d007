#pragma once
// The registrar-relevant parts of the example configurations (examples/*.cfg) as model::Config
// values. The runtime test executable links only cme_runtime (STYLE.md §7), so it cannot load
// the files through the command engine; instead these builders mirror them line by line, and
// registrar_pool_matcher_test.cpp checks that every mirrored line is still in its file.

#include <memory>
#include <string>
#include <vector>

#include "model/config.hpp"
#include "model/values.hpp"

namespace cme::test::seeds {

struct MirroredLine {
  std::string file;  ///< relative to the source tree
  std::string line;  ///< the line's text without its indentation
};

inline model::MacAddress mac(const char* text) {
  return *model::mac_from_text(text);
}
inline model::Ipv4 ipv4(const char* text) {
  return *model::ipv4_from_text(text);
}

inline void add_dn(model::Config& c, unsigned tag, const char* number) {
  model::VoiceRegisterDn dn;
  dn.tag = tag;
  dn.number = number;
  c.cme.voice_register_dns[tag] = dn;
}

inline model::VoiceRegisterPool& add_mac_pool(model::Config& c, unsigned tag, const char* text) {
  model::VoiceRegisterPool& pool = c.cme.voice_register_pools[tag];
  pool.tag = tag;
  model::PoolId id;
  id.kind = model::PoolId::Kind::Mac;
  id.mac = mac(text);
  pool.id = id;
  return pool;
}

inline void add_line(model::VoiceRegisterPool& pool, unsigned line, unsigned dn) {
  model::PoolNumber n;
  n.tag = line;
  n.dn = dn;
  pool.number.push_back(n);
}

inline void set_registrar(model::Config& c, unsigned max, unsigned min) {
  model::VoiceServiceVoip voip;
  voip.sip.emplace();
  voip.sip->registrar_server = model::RegistrarServer{max, min};
  c.cme.voice_service_voip = voip;
}

/// examples/small-office.cfg: two 7970 pools with MACs, usernames and one dn each.
inline std::shared_ptr<const model::Config> small_office() {
  auto c = std::make_shared<model::Config>();
  set_registrar(*c, 3600, 60);
  add_dn(*c, 1, "2201");
  add_dn(*c, 2, "2202");
  auto& p1 = add_mac_pool(*c, 1, "0024.C4F1.2A01");
  add_line(p1, 1, 1);
  p1.username = model::Credential{"sam", std::nullopt, "s1pphone"};
  auto& p2 = add_mac_pool(*c, 2, "0024.C4F1.2A02");
  add_line(p2, 1, 2);
  p2.username = model::Credential{"lee", std::nullopt, "s1pphone"};
  return c;
}

/// examples/seed-001-presence-router.cfg: registrar expires max 240 min 60, two MAC pools.
inline std::shared_ptr<const model::Config> presence_router() {
  auto c = std::make_shared<model::Config>();
  set_registrar(*c, 240, 60);
  add_dn(*c, 1, "2101");
  add_dn(*c, 2, "2102");
  add_line(add_mac_pool(*c, 1, "0015.6247.EF90"), 1, 1);
  add_line(add_mac_pool(*c, 2, "0012.0007.8D82"), 1, 2);
  return c;
}

/// examples/seed-002-extension-mobility.cfg: pool 1 with the short-form MAC 12.34.56, no lines.
inline std::shared_ptr<const model::Config> extension_mobility() {
  auto c = std::make_shared<model::Config>();
  add_mac_pool(*c, 1, "12.34.56");
  return c;
}

inline std::vector<MirroredLine> mirrored_lines() {
  const std::string office = "examples/small-office.cfg";
  const std::string presence = "examples/seed-001-presence-router.cfg";
  const std::string mobility = "examples/seed-002-extension-mobility.cfg";
  return {
      {office, "registrar server expires max 3600 min 60"},
      {office, "voice register dn 1"},
      {office, "number 2201"},
      {office, "voice register dn 2"},
      {office, "number 2202"},
      {office, "voice register pool 1"},
      {office, "id mac 0024.C4F1.2A01"},
      {office, "number 1 dn 1"},
      {office, "username sam password s1pphone"},
      {office, "voice register pool 2"},
      {office, "id mac 0024.C4F1.2A02"},
      {office, "number 1 dn 2"},
      {office, "username lee password s1pphone"},
      {presence, "registrar server expires max 240 min 60"},
      {presence, "number 2101"},
      {presence, "number 2102"},
      {presence, "id mac 0015.6247.EF90"},
      {presence, "id mac 0012.0007.8D82"},
      {presence, "number 1 dn 1"},
      {presence, "number 1 dn 2"},
      {mobility, "id mac 12.34.56"},
  };
}

}  // namespace cme::test::seeds
