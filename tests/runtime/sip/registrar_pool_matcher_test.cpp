// PoolMatcher, device MAC extraction and pool credentials, on the example configurations.

#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "model/secret.hpp"
#include "runtime/sip/registrar/device_mac.hpp"
#include "runtime/sip/registrar/pool_credentials.hpp"
#include "runtime/sip/registrar/pool_matcher.hpp"
#include "tests/runtime/sip/registrar_seed_configs.hpp"

using cme::runtime::sip::authenticate_realm;
using cme::runtime::sip::authenticate_register;
using cme::runtime::sip::candidate_macs;
using cme::runtime::sip::mac_from_device_name;
using cme::runtime::sip::mac_from_instance;
using cme::runtime::sip::password_for;
using cme::runtime::sip::pool_password_lookup;
using cme::runtime::sip::PoolMatch;
using cme::runtime::sip::PoolMatcher;
using cme::runtime::sip::PoolMatchKind;
using cme::runtime::sip::ReachableDn;
using cme::runtime::sip::RegisterIdentity;
namespace seeds = cme::test::seeds;
namespace model = cme::model;

namespace {

/// A 7970 of small-office.cfg as it registers: MAC in the instance id, line number as user.
RegisterIdentity office_phone(const char* mac_hex) {
  RegisterIdentity id;
  id.instance = std::string("<urn:uuid:00000000-0000-0000-0000-") + mac_hex + ">";
  id.contact_user = "2201";
  id.from_user = "2201";
  id.to_user = "2201";
  id.source_address = "10.10.10.21";
  return id;
}

/// Pools identified by address and by user name only (no seed has them).
std::shared_ptr<const model::Config> address_pools() {
  auto c = std::make_shared<model::Config>();
  seeds::add_dn(*c, 5, "3005");
  auto add = [&](unsigned tag, model::PoolId::Kind kind, const char* a, const char* m) {
    auto& pool = c->cme.voice_register_pools[tag];
    pool.tag = tag;
    pool.id = model::PoolId{kind, {}, seeds::ipv4(a), seeds::ipv4(m), std::nullopt};
    return &pool;
  };
  add(10, model::PoolId::Kind::Network, "192.168.0.0", "255.255.0.0");
  add(11, model::PoolId::Kind::Network, "192.168.1.0", "255.255.255.0");
  add(12, model::PoolId::Kind::Ip, "192.168.1.20", "255.255.255.255");
  auto& user_pool = c->cme.voice_register_pools[20];
  user_pool.tag = 20;
  user_pool.username = model::Credential{"alice", 7, model::type7_encode("wonder", 3)};
  seeds::add_line(user_pool, 1, 5);
  auto& mac_pool = seeds::add_mac_pool(*c, 30, "0024.C4F1.2A09");
  mac_pool.username = model::Credential{"bob", 6, "encrypted-with-master-key"};
  return c;
}

}  // namespace

TEST_CASE("pool matcher: the mirrored seed lines are in the example files",
          "[runtime][sip][registrar]") {
  for (const auto& m : seeds::mirrored_lines()) {
    std::ifstream file(std::string(OPENCME_SOURCE_DIR) + "/" + m.file);
    REQUIRE(file);
    bool found = false;
    for (std::string line; std::getline(file, line);) {
      const auto start = line.find_first_not_of(' ');
      found = found || (start != std::string::npos && line.substr(start) == m.line);
    }
    INFO(m.file << ": " << m.line);
    CHECK(found);
  }
}

TEST_CASE("device mac: instance ids and device names", "[runtime][sip][registrar]") {
  const auto mac = seeds::mac("0024.C4F1.2A01");
  CHECK(mac_from_instance("<urn:uuid:00000000-0000-0000-0000-0024c4f12a01>") == mac);
  CHECK(mac_from_instance("\"<urn:uuid:00000000-0000-0000-0000-0024C4F12A01>\"") == mac);
  CHECK(mac_from_instance("URN:UUID:00000000-0000-0000-0000-0024c4f12a01") == mac);
  // RFC 4122 version 1 (time-based): the node is the MAC.
  CHECK(mac_from_instance("<urn:uuid:6ba7b810-9dad-11d1-80b4-0024c4f12a01>") == mac);
  // Version 4 (random) and a multicast-flagged node are not MACs.
  CHECK_FALSE(mac_from_instance("<urn:uuid:f81d4fae-7dec-41d0-a765-0024c4f12a01>"));
  CHECK_FALSE(mac_from_instance("<urn:uuid:6ba7b810-9dad-11d1-80b4-0124c4f12a01>"));
  CHECK_FALSE(mac_from_instance("<urn:uuid:00000000-0000-0000-0000-0024c4f12a0>"));
  CHECK_FALSE(mac_from_instance("<urn:uuid:00000000-0000-0000-0000-0024c4f12a0g>"));
  CHECK_FALSE(mac_from_instance("<urn:ietf:params:00000000-0000-0000-0000-0024c4f12a01>"));
  CHECK_FALSE(mac_from_instance(""));

  CHECK(mac_from_device_name("SEP0024C4F12A01") == mac);
  CHECK(mac_from_device_name("sep0024c4f12a01") == mac);
  CHECK(mac_from_device_name("ATA0024C4F12A01") == mac);
  CHECK_FALSE(mac_from_device_name("SEP0024C4F12A0"));
  CHECK_FALSE(mac_from_device_name("SEP0024C4F12A011"));
  CHECK_FALSE(mac_from_device_name("XYZ0024C4F12A01"));
  CHECK_FALSE(mac_from_device_name("2201"));
}

TEST_CASE("pool matcher: by MAC on the small-office seed", "[runtime][sip][registrar]") {
  const PoolMatcher matcher(seeds::small_office());
  const auto mac2 = seeds::mac("0024.C4F1.2A02");

  SECTION("from the Contact's +sip.instance") {
    CHECK(matcher.match(office_phone("0024c4f12a01")) ==
          PoolMatch{1, PoolMatchKind::Mac, seeds::mac("0024.C4F1.2A01")});
    CHECK(matcher.match(office_phone("0024c4f12a02")) == PoolMatch{2, PoolMatchKind::Mac, mac2});
  }
  SECTION("from the Cisco device name, a SEP user, or the ARP cache") {
    RegisterIdentity id;
    id.device_name = "SEP0024C4F12A02";
    CHECK(matcher.match(id) == PoolMatch{2, PoolMatchKind::Mac, mac2});
    id = {};
    id.contact_user = "SEP0024C4F12A02";
    CHECK(matcher.match(id) == PoolMatch{2, PoolMatchKind::Mac, mac2});
    id = {};
    id.to_user = "2202";
    id.arp_mac = mac2;
    CHECK(matcher.match(id) == PoolMatch{2, PoolMatchKind::Mac, mac2});
  }
  SECTION("the instance id wins over the other sources") {
    RegisterIdentity id = office_phone("0024c4f12a01");
    id.device_name = "SEP0024C4F12A02";
    id.arp_mac = mac2;
    CHECK(matcher.match(id)->pool == 1);
    CHECK(candidate_macs(id).size() == 2);
  }
  SECTION("an unknown MAC falls through to the username") {
    RegisterIdentity id = office_phone("0024c4f12aff");
    CHECK_FALSE(matcher.match(id));
    id.auth_username = "lee";
    CHECK(matcher.match(id) == PoolMatch{2, PoolMatchKind::Username, std::nullopt});
  }
  SECTION("the pool's lines") {
    CHECK(matcher.reachable_dns(1) == std::vector<ReachableDn>{{1, 1, "2201"}});
    CHECK(matcher.reachable_dns(2) == std::vector<ReachableDn>{{1, 2, "2202"}});
    CHECK(matcher.reachable_dns(9).empty());
  }
}

TEST_CASE("pool matcher: by MAC on seeds 001 and 002", "[runtime][sip][registrar]") {
  const PoolMatcher presence(seeds::presence_router());
  RegisterIdentity id;
  id.instance = "<urn:uuid:00000000-0000-0000-0000-00156247ef90>";
  CHECK(presence.match(id)->pool == 1);
  CHECK(presence.reachable_dns(1) == std::vector<ReachableDn>{{1, 1, "2101"}});
  id.instance = "<urn:uuid:00000000-0000-0000-0000-001200078d82>";
  CHECK(presence.match(id)->pool == 2);

  const PoolMatcher mobility(seeds::extension_mobility());
  id = {};
  id.device_name = "SEP001200340056";  // `id mac 12.34.56`
  CHECK(mobility.match(id)->pool == 1);
  CHECK(mobility.reachable_dns(1).empty());
}

TEST_CASE("pool matcher: by source address", "[runtime][sip][registrar]") {
  const PoolMatcher matcher(address_pools());
  auto from = [&](const char* address) {
    RegisterIdentity id;
    id.source_address = address;
    return matcher.match(id);
  };
  CHECK(from("192.168.1.20") == PoolMatch{12, PoolMatchKind::Ip, std::nullopt});
  CHECK(from("192.168.1.21") == PoolMatch{11, PoolMatchKind::Network, std::nullopt});
  CHECK(from("192.168.7.1") == PoolMatch{10, PoolMatchKind::Network, std::nullopt});
  CHECK_FALSE(from("10.0.0.1"));
  CHECK_FALSE(from("::1"));
  CHECK_FALSE(from(""));
  SECTION("a MAC match still comes first") {
    RegisterIdentity id;
    id.source_address = "192.168.1.20";
    id.device_name = "SEP0024C4F12A09";
    CHECK(matcher.match(id)->pool == 30);
  }
}

TEST_CASE("pool matcher: by username", "[runtime][sip][registrar]") {
  const PoolMatcher matcher(address_pools());
  RegisterIdentity id;
  id.to_user = "alice";
  CHECK(matcher.match(id) == PoolMatch{20, PoolMatchKind::Username, std::nullopt});
  id.to_user = "Alice";  // user names are case-sensitive
  CHECK_FALSE(matcher.match(id));
  id.auth_username = "alice";
  CHECK(matcher.match(id)->pool == 20);
  CHECK(matcher.reachable_dns(20) == std::vector<ReachableDn>{{1, 5, "3005"}});
}

TEST_CASE("pool credentials: passwords for digest", "[runtime][sip][registrar]") {
  const auto office = seeds::small_office();
  CHECK(password_for(*office, "sam") == std::optional<std::string>("s1pphone"));
  CHECK(password_for(*office, "lee") == std::optional<std::string>("s1pphone"));
  CHECK_FALSE(password_for(*office, "nobody"));
  CHECK_FALSE(password_for(*office, "Sam"));

  const auto pools = address_pools();
  CHECK(password_for(*pools, "alice") == std::optional<std::string>("wonder"));  // type 7
  CHECK_FALSE(password_for(*pools, "bob"));  // type 6: no master key

  SECTION("a pool's lookup knows only its own user") {
    const auto lookup = pool_password_lookup(*office, 1);
    CHECK(lookup("sam") == std::optional<std::string>("s1pphone"));
    CHECK_FALSE(lookup("lee"));
    CHECK_FALSE(pool_password_lookup(*office, 9)("sam"));
  }
  SECTION("authenticate register and realm") {
    model::Config config;
    CHECK_FALSE(authenticate_register(config));
    CHECK_FALSE(authenticate_realm(config));
    config.cme.voice_register_global.emplace();
    config.cme.voice_register_global->options.set(
        {1, "authenticate register", "authenticate register"});
    config.cme.voice_register_global->options.set(
        {2, "authenticate realm", "authenticate realm cme.example.com"});
    CHECK(authenticate_register(config));
    CHECK(authenticate_realm(config) == std::optional<std::string>("cme.example.com"));
  }
}

TEST_CASE("pool matcher: ties between pools go to the lowest tag", "[runtime][sip][registrar]") {
  auto c = std::make_shared<model::Config>();
  auto add = [&](unsigned tag, const char* a, const char* m) {
    auto& pool = c->cme.voice_register_pools[tag];
    pool.tag = tag;
    pool.id = model::PoolId{model::PoolId::Kind::Network, {}, seeds::ipv4(a), seeds::ipv4(m),
                            std::nullopt};
    return &pool;
  };
  add(7, "10.1.0.0", "255.255.0.0");
  add(3, "10.1.9.9", "255.255.0.0");  // same subnet as pool 7 once masked
  // Two different masks of the same length (16 bits), both matching 10.2.0.5: 255.0.255.0 and
  // 255.255.0.0. The lower tag wins whichever mask it uses.
  add(9, "10.0.0.0", "255.0.255.0");
  add(8, "10.2.0.0", "255.255.0.0");
  add(20, "10.2.0.5", "255.255.255.255")->username =
      model::Credential{"carol", 0, "x"};  // the longest mask beats both
  c->cme.voice_register_pools[21].tag = 21;
  c->cme.voice_register_pools[21].username = model::Credential{"carol", 0, "y"};
  c->cme.voice_register_pools[15].tag = 15;
  c->cme.voice_register_pools[15].username = model::Credential{"carol", 0, "z"};
  const PoolMatcher matcher(c);
  auto from = [&](const char* address) {
    RegisterIdentity id;
    id.source_address = address;
    return matcher.match(id);
  };
  CHECK(from("10.1.200.1") == PoolMatch{3, PoolMatchKind::Network, std::nullopt});
  CHECK(from("10.2.0.6") == PoolMatch{8, PoolMatchKind::Network, std::nullopt});
  CHECK(from("10.9.0.1") == PoolMatch{9, PoolMatchKind::Network, std::nullopt});
  CHECK(from("10.2.0.5") == PoolMatch{20, PoolMatchKind::Network, std::nullopt});
  RegisterIdentity id;
  id.source_address = "192.0.2.1";
  id.to_user = "carol";
  CHECK(matcher.match(id) == PoolMatch{15, PoolMatchKind::Username, std::nullopt});
}

TEST_CASE("pool matcher: pools sharing an address are told apart by user",
          "[runtime][sip][registrar]") {
  // Three softphones on one host (or behind one NAT): `id ip` the same for all, and pool 4 by
  // `id network` on a shorter mask, which the longer `id ip` mask beats.
  auto c = std::make_shared<model::Config>();
  auto add = [&](unsigned tag, model::PoolId::Kind kind, const char* a, const char* m,
                 const char* user) {
    auto& pool = c->cme.voice_register_pools[tag];
    pool.tag = tag;
    pool.id = model::PoolId{kind, {}, seeds::ipv4(a), seeds::ipv4(m), std::nullopt};
    pool.username = model::Credential{user, 0, "secret"};
  };
  const auto host = model::PoolId::Kind::Ip;
  add(1, host, "127.0.0.1", "255.255.255.255", "2001");
  add(2, host, "127.0.0.1", "255.255.255.255", "2002");
  add(3, host, "127.0.0.0", "255.255.255.0", "2003");  // same host, another mask group
  add(4, model::PoolId::Kind::Network, "127.0.0.0", "255.0.0.0", "2004");
  add(5, host, "127.0.7.9", "255.255.0.255", "2005");  // 24 bits, like pool 3
  const PoolMatcher matcher(c);
  auto from = [&](const char* auth, const char* to) {
    RegisterIdentity id;
    id.source_address = "127.0.0.1";
    id.auth_username = auth;
    id.to_user = to;
    return matcher.match(id);
  };
  SECTION("the digest username picks the pool") {
    CHECK(from("2002", "2001") == PoolMatch{2, PoolMatchKind::Ip, std::nullopt});
    CHECK(from("2001", "2002") == PoolMatch{1, PoolMatchKind::Ip, std::nullopt});
  }
  SECTION("without credentials, the To user picks it") {
    CHECK(from("", "2002") == PoolMatch{2, PoolMatchKind::Ip, std::nullopt});
    CHECK(from("nobody", "2002") == PoolMatch{2, PoolMatchKind::Ip, std::nullopt});
  }
  SECTION("no user of the longest mask: its lowest tag") {
    CHECK(from("", "") == PoolMatch{1, PoolMatchKind::Ip, std::nullopt});
    CHECK(from("2003", "") == PoolMatch{1, PoolMatchKind::Ip, std::nullopt});
    CHECK(from("2004", "2004") == PoolMatch{1, PoolMatchKind::Ip, std::nullopt});
  }
  SECTION("two mask groups of one length are one set of candidates") {
    RegisterIdentity id;
    id.source_address = "127.0.0.9";  // only pools 3 and 5 (24 bits) match
    CHECK(matcher.match(id) == PoolMatch{3, PoolMatchKind::Ip, std::nullopt});
    id.auth_username = "2005";
    CHECK(matcher.match(id) == PoolMatch{5, PoolMatchKind::Ip, std::nullopt});
  }
}
