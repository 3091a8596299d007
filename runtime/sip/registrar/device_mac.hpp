#pragma once
// Reading a phone's MAC address from what it puts in a REGISTER, for `id mac H.H.H` pools.
//
// What Cisco SIP phones send (research notes; PoolMatcher documents the precedence):
// - Cisco's CUCM Administration Guide ("Configuring Non-Cisco Phones That Are Running SIP",
//   table "Sends MAC Address") lists the 7905/7912, 7940/7960 and 7911-7971 as sending their MAC
//   address when they register, and third-party phones as not: those are identified by their
//   digest user name instead (the pool `username` match below).
// - The carrier seen in traces of Cisco SIP firmware (79x1/79x5/797x SIP41/SIP70 loads, 88xx,
//   ATA 19x) is the Contact's RFC 5626 instance id, a UUID whose node field is the MAC and whose
//   other fields are zero, next to a Cisco device-name parameter:
//     Contact: <sip:2201@10.0.0.5:5060;transport=udp>;
//       +sip.instance="<urn:uuid:00000000-0000-0000-0000-0024c4f12a01>";
//       +u.sip!devicename.ccm.cisco.com="SEP0024C4F12A01";+u.sip!model.ccm.cisco.com="30006"
//   Other vendors (Obihai, for one) use the same 00000000-0000-0000-0000-<MAC> form.
// - Which header older loads (7940/7960 P0S3-8, 7905/7912) carry the MAC in was not confirmed.
//   CME itself does not rely on headers for them: the command reference says `id mac` needs the
//   phone "in router LAN subnet/ARP cache", i.e. CME maps the source address to a MAC through
//   ARP. The caller may do the same (RegisterIdentity::arp_mac).
// - A device name "SEP<12 hex>" is also accepted as a URI user (some provisioning templates use
//   the device name as the SIP user), so Contact/From/To users of that shape are read too.
// Pure functions; nothing throws.

#include <optional>
#include <string_view>

#include "model/values.hpp"

namespace cme::runtime::sip {

/// The MAC in a +sip.instance value: `<urn:uuid:XXXXXXXX-XXXX-XXXX-XXXX-NNNNNNNNNNNN>` (angle
/// brackets and surrounding double quotes optional, any case) gives NNNNNNNNNNNN when the UUID is
/// Cisco's all-zero form above or a version-1 (time and node based, RFC 4122 §4.1.6) UUID whose
/// node is not a random multicast-flagged one. nullopt otherwise (random UUIDs, other URNs).
std::optional<model::MacAddress> mac_from_instance(std::string_view instance);

/// The MAC in a Cisco device name: "SEP" or "ATA" followed by exactly 12 hex digits (any case),
/// e.g. "SEP0024C4F12A01". nullopt otherwise.
std::optional<model::MacAddress> mac_from_device_name(std::string_view name);

}  // namespace cme::runtime::sip
