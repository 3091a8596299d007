// The shared option commands of shared_options.hpp that are not templates.
#include "modes/tables/cme/shared_options.hpp"

#include "grammar/values/values.hpp"

namespace cme::modes {

namespace {

template <class Obj>
void add_fax(ObjectTable<Obj>& t, bool with_system) {
  std::string spec =
      "fax protocol {t38 [nse [force]] [version {0 | 3}] [ls-redundancy <0-5> "
      "[hs-redundancy <0-2>]] [fallback {cisco | none | pass-through {g711ulaw | g711alaw}}] | "
      "pass-through {g711ulaw | g711alaw} | cisco | none";
  std::vector<std::string> help = {"Fax settings",
                                   "Fax relay or pass-through protocol",
                                   "ITU-T T.38 fax relay",
                                   "Switch to T.38 with NSE signaling",
                                   "Switch to T.38 even when the peer is not Cisco",
                                   "T.38 version",
                                   "Version 0",
                                   "Version 3",
                                   "Low-speed redundancy",
                                   "Redundant low-speed packets",
                                   "High-speed redundancy",
                                   "Redundant high-speed packets",
                                   "Protocol used when T.38 cannot be negotiated",
                                   "Cisco fax relay",
                                   "No fallback",
                                   "G.711 fax pass-through",
                                   "G.711 mu-law",
                                   "G.711 A-law",
                                   "G.711 fax pass-through",
                                   "G.711 mu-law",
                                   "G.711 A-law",
                                   "Cisco fax relay",
                                   "No fax relay or pass-through"};
  if (with_system) {
    spec += " | system";
    help.emplace_back("Use the protocol set under voice service voip");
  }
  t.option(spec + "}", std::move(help), {first_words(2)});
}

}  // namespace

bool sip_address(std::string_view text) {
  auto port_ok = [](std::string_view p) {
    if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != p.npos) {
      return false;
    }
    const unsigned long n = std::stoul(std::string(p));
    return n >= 1 && n <= 65535;
  };
  auto split = [&](std::string_view rest, std::size_t colon) {
    return colon == rest.npos || port_ok(rest.substr(colon + 1));
  };
  if (text.starts_with("ipv4:")) {
    const auto rest = text.substr(5);
    const auto colon = rest.find(':');
    return grammar::values::parse_ipv4(rest.substr(0, colon)).ok() && split(rest, colon);
  }
  if (text.starts_with("dns:")) {
    const auto rest = text.substr(4);
    const auto colon = rest.find(':');
    return colon != 0 && !rest.empty() && split(rest, colon);
  }
  if (text.starts_with("ipv6:[")) {
    const auto close = text.find(']');
    return close != text.npos && close > 6 &&
           (close + 1 == text.size() ||
            (text[close + 1] == ':' && port_ok(text.substr(close + 2))));
  }
  return false;
}

OptionCheck sip_address_of(std::string arg) {
  return [arg](const parser::Args& args, std::vector<std::string>&) -> std::optional<std::string> {
    if (args.has(arg) && !sip_address(args.get(arg))) {
      return "Invalid address, use ipv4:A.B.C.D[:port] or dns:host[:port]";
    }
    return std::nullopt;
  };
}

void add_fax_protocol(ObjectTable<model::VoiceServiceVoip>& t) {
  add_fax(t, false);
}

void add_fax_protocol(ObjectTable<model::DialPeer>& t) {
  add_fax(t, true);
}

}  // namespace cme::modes
