#pragma once
// `ephone N`: one SCCP phone (command reference, config-ephone).

#include <optional>
#include <string>
#include <vector>

#include "model/cme_values.hpp"
#include "model/option_list.hpp"

namespace cme::model {

struct Ephone {
  unsigned tag = 0;
  std::optional<MacAddress> mac_address;
  std::optional<unsigned> ephone_template;
  std::optional<Credential> username;
  std::optional<std::string> description;
  std::vector<SpeedDial> speed_dial;         ///< by tag
  std::vector<FastDial> fastdial;            ///< by tag
  std::vector<BlfSpeedDial> blf_speed_dial;  ///< by tag
  std::optional<PhoneType> type;
  std::vector<Button> button;         ///< by button index; one `button` line
  std::optional<unsigned> keepalive;  ///< seconds, 10-65535
  std::optional<unsigned> logout_profile;
  bool presence_call_list = false;
  OptionList options;
  bool operator==(const Ephone&) const = default;
};

template <class T, class V>
requires std::same_as<std::remove_const_t<T>, Ephone>
void visit_fields(T& e, V&& v) {
  v("mac-address", e.mac_address);
  v("ephone-template", e.ephone_template);
  v("username", e.username);
  v("description", e.description);
  v("speed-dial", e.speed_dial);
  v("fastdial", e.fastdial);
  v("blf-speed-dial", e.blf_speed_dial);
  v("type", e.type);
  v("button", e.button);
  v("keepalive", e.keepalive);
  v("logout-profile", e.logout_profile);
  v("presence call-list", e.presence_call_list);
}

}  // namespace cme::model
