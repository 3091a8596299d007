// show running-config text of the shared CME settings (command reference syntax of each).
#include "model/cme_values.hpp"

#include <algorithm>

#include "model/dial_peer.hpp"
#include "model/ephone_dn.hpp"
#include "model/mobility_profile.hpp"
#include "model/presence.hpp"
#include "model/telephony_service.hpp"
#include "model/voice_register_global.hpp"
#include "model/voice_register_pool.hpp"
#include "model/voice_service_voip.hpp"

namespace cme::model {

namespace {

/// Appends " keyword value" when `v` is set.
template <class T>
void opt(std::string& s, const char* keyword, const std::optional<T>& v) {
  if (v) {
    s += ' ';
    s += keyword;
    s += ' ';
    if constexpr (std::is_same_v<T, std::string>) {
      s += *v;
    } else if constexpr (std::is_same_v<T, Ipv4>) {
      s += to_string(*v);
    } else {
      s += std::to_string(*v);
    }
  }
}

std::string password_args(const std::optional<unsigned>& type, const std::string& password) {
  return (type ? std::to_string(*type) + ' ' : std::string()) + password;
}

}  // namespace

std::string args(const Load& v) {
  return v.phone_type + ' ' + v.firmware;
}

std::string args(const SourceAddress& v) {
  std::string s = to_string(v.address);
  opt(s, "port", v.port);
  opt(s, "secondary", v.secondary);
  opt(s, "rehome", v.rehome);
  if (v.match) {
    s += ' ' + *v.match;
  }
  return s;
}

std::string args(const Credential& v) {
  std::string s = v.username;
  if (v.password) {
    s += " password " + password_args(v.password_type, *v.password);
  }
  return s;
}

std::string args(const SpeedDial& v) {
  std::string s = std::to_string(v.tag) + ' ' + v.number;
  opt(s, "label", v.label);
  if (v.blf) {
    s += " blf";
  }
  return s;
}

std::string args(const BlfSpeedDial& v) {
  return std::to_string(v.tag) + ' ' + v.number + " label " + v.label + (v.device ? " device" : "");
}

std::string args(const FastDial& v) {
  std::string s = std::to_string(v.tag) + ' ' + v.number;
  opt(s, "name", v.name);
  return s;
}

std::string args(const std::vector<Button>& v) {
  std::string s;
  for (const auto& b : v) {
    if (!s.empty()) {
      s += ' ';
    }
    s += std::to_string(b.index);
    s += b.separator;
    for (std::size_t i = 0; i < b.dns.size(); ++i) {
      s += (i > 0 ? "," : "") + std::to_string(b.dns[i]);
    }
  }
  return s;
}

std::string args(const PhoneType& v) {
  std::string s = v.type;
  if (!v.addons.empty()) {
    s += " addon";
    for (std::size_t i = 0; i < v.addons.size(); ++i) {
      s += ' ' + std::to_string(i + 1) + ' ' + v.addons[i];
    }
  }
  return s;
}

std::string args(const CallForward& v) {
  std::string s = v.number;
  opt(s, "timeout", v.timeout);
  if (v.scope) {
    s += ' ' + *v.scope;
  }
  if (v.dialplan_pattern) {
    s += " dialplan-pattern";
  }
  return s;
}

std::string args(const MaxDn& v) {
  std::string s = std::to_string(v.count);
  opt(s, "preference", v.preference);
  opt(s, "no-reg", v.no_reg);
  return s;
}

std::string args(const MaxConferences& v) {
  std::string s = std::to_string(v.count);
  if (v.gain) {
    s += " gain " + std::to_string(*v.gain);
  }
  return s;
}

std::string args(const DnNumber& v) {
  std::string s = v.number;
  opt(s, "secondary", v.secondary);
  if (v.no_reg) {
    s += v.no_reg->empty() ? " no-reg" : " no-reg " + *v.no_reg;
  }
  return s;
}

std::string args(const CredentialFile& v) {
  return std::to_string(v.tag) + ' ' + v.location;
}

std::string args(const PoolId& v) {
  std::string s;
  switch (v.kind) {
    case PoolId::Kind::Mac:
      s = "mac " + to_string(v.mac);
      break;
    case PoolId::Kind::Ip:
    case PoolId::Kind::Network:
      s = (v.kind == PoolId::Kind::Ip ? "ip " : "network ") + to_string(v.address) + " mask " +
          to_string(v.mask);
      break;
  }
  opt(s, "device-id-name", v.device_id_name);
  return s;
}

std::string args(const PoolNumber& v) {
  std::string s = std::to_string(v.tag);
  if (v.dn) {
    s += " dn " + std::to_string(*v.dn);
  } else if (v.pattern) {
    s += ' ' + *v.pattern;
    opt(s, "preference", v.preference);
    if (v.huntstop) {
      s += " huntstop";
    }
  }
  return s;
}

std::string args(const BlfRetry& v) {
  return "retry-interval " + std::to_string(v.interval) + " limit " + std::to_string(v.limit);
}

std::string args(const Pin& v) {
  return password_args(v.type, v.digits);
}

std::string args(const ProfileNumber& v) {
  return v.numbers + " type " + v.type;
}

std::string args(const RegistrarServer& v) {
  std::string s;
  if (v.max || v.min) {
    s = "expires";
    opt(s, "max", v.max);
    opt(s, "min", v.min);
  }
  return s;
}

std::string args(const AllowConnections& v) {
  return v.from + " to " + v.to;
}

std::string args(const TrustedAddress& v) {
  return v.mask ? to_string(v.address) + ' ' + to_string(*v.mask) : to_string(v.address);
}

bool is_network_mask(Ipv4 mask) {
  const std::uint32_t hosts = ~mask.address;
  return (hosts & (hosts + 1)) == 0;
}

bool TrustedList::trusts(Ipv4 source) const {
  return std::any_of(ipv4.begin(), ipv4.end(), [&](const TrustedAddress& e) {
    const std::uint32_t mask = e.mask ? e.mask->address : 0xFFFFFFFFu;
    return (source.address & mask) == (e.address.address & mask);
  });
}

std::string args(const SessionTarget& v) {
  std::string s;
  switch (v.kind) {
    case SessionTarget::Kind::Ipv4:
      s = "ipv4:" + to_string(v.address);
      break;
    case SessionTarget::Kind::Dns:
      s = "dns:" + v.host;
      break;
    case SessionTarget::Kind::Registrar:
      return "registrar";
    case SessionTarget::Kind::SipServer:
      return "sip-server";
  }
  if (v.port) {
    s += ':' + std::to_string(*v.port);
  }
  return s;
}

const char* line_mode_word(LineMode mode) {
  switch (mode) {
    case LineMode::Single:
      return "";
    case LineMode::Dual:
      return "dual-line";
    case LineMode::Octo:
      return "octo-line";
  }
  return "";
}

}  // namespace cme::model
