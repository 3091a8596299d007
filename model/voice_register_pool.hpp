#pragma once
// `voice register pool N`: one SIP phone, or a set of phones identified by address (command
// reference, config-register-pool).

#include <optional>
#include <string>
#include <vector>

#include "model/cme_values.hpp"
#include "model/option_list.hpp"

namespace cme::model {

/// `id {mac H.H.H | ip A mask M | network A mask M} [device-id-name NAME]`.
struct PoolId {
  enum class Kind { Mac, Ip, Network };
  Kind kind = Kind::Mac;
  MacAddress mac;
  Ipv4 address;
  Ipv4 mask;
  std::optional<std::string> device_id_name;
  bool operator==(const PoolId&) const = default;
};
std::string args(const PoolId& v);

/// `number tag dn dn-tag` (CME) or `number tag pattern [preference P] [huntstop]` (SRST). Key: tag.
struct PoolNumber {
  unsigned tag = 0;
  std::optional<unsigned> dn;          ///< voice register dn tag
  std::optional<std::string> pattern;  ///< SRST number pattern
  std::optional<unsigned> preference;
  bool huntstop = false;
  bool operator==(const PoolNumber&) const = default;
};
std::string args(const PoolNumber& v);

struct VoiceRegisterPool {
  unsigned tag = 0;
  std::optional<PoolId> id;
  std::optional<PhoneType> type;
  std::vector<PoolNumber> number;  ///< by tag
  std::optional<Credential> username;
  std::optional<std::string> description;
  std::vector<SpeedDial> speed_dial;
  std::vector<BlfSpeedDial> blf_speed_dial;
  std::optional<unsigned> template_tag;  ///< `template N`
  std::optional<unsigned> logout_profile;
  bool presence_call_list = false;
  OptionList options;
  bool operator==(const VoiceRegisterPool&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, VoiceRegisterPool>
void visit_fields(T& p, V&& v) {
  v("id", p.id);
  v("type", p.type);
  v("number", p.number);
  v("username", p.username);
  v("description", p.description);
  v("speed-dial", p.speed_dial);
  v("blf-speed-dial", p.blf_speed_dial);
  v("template", p.template_tag);
  v("logout-profile", p.logout_profile);
  v("presence call-list", p.presence_call_list);
}

}  // namespace cme::model
