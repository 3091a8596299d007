#pragma once
// Helpers of the option tables of sip-ua, the Extension Mobility profiles, voice service voip /
// sip and dial-peer (sip_ua_options.cpp ... dial_peer_options.cpp) for two shapes that
// ObjectTable::option() cannot express:
// - a setting identified by its first words, so that a different keyword choice replaces the
//   line instead of adding a second one (`session transport tcp` after `... udp`);
// - a value checked or respelled before it is stored: SIP addresses (`ipv4:A.B.C.D[:port]`,
//   `dns:host[:port]`) and feature-button identifiers, which IOS spells in mixed case (`Cfwdall`)
//   while spec keywords are lower case.

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/values/values.hpp"
#include "modes/object_table.hpp"

namespace cme::modes::voice_options {

/// The line to store (from the bound arguments), or the error message without "% ".
using Rewrite = std::function<Result<std::string, std::string>(const parser::Args&)>;

/// An option identified by the first `key_words` words of its line and stored as `rewrite` gives
/// it (its canonical text when empty): ObjectTable::option with a rule.
template <class Obj>
void setting(ObjectTable<Obj>& t, std::string_view spec, std::vector<std::string> help,
             std::size_t key_words, Rewrite rewrite = {}) {
  t.option(spec, std::move(help), OptionRule{first_words(key_words), 0, std::move(rewrite)});
}

/// `media ...` (voice service voip and dial-peer). The two flow modes replace each other; the
/// reference gives no range for `monitoring max-calls`: 1-65535 is used.
template <class Obj>
void add_media_options(ObjectTable<Obj>& t) {
  setting(t, "media {flow-around | flow-through}",
          {"How RTP media is handled for VoIP calls", "Media flows directly between the endpoints",
           "Media is terminated and re-originated by the router"},
          1);
  t.option("media {forking | monitoring [<1-65535>] | statistics | transcoder high-density}",
           {"", "Fork the media of all calls", "Score the audio of calls",
            "Maximum number of calls monitored", "Collect media statistics", "Transcode media",
            "High-density transcoding"});
}

/// `fax protocol ...` (voice service voip; with `system` in dial-peer, where it means "as set
/// under voice service voip").
template <class Obj>
void add_fax_protocol(ObjectTable<Obj>& t, bool with_system) {
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
  setting(t, spec + "}", std::move(help), 2);
}

/// True for `ipv4:A.B.C.D[:port]`, `dns:host[:port]` and `ipv6:[addr][:port]` (port 1-65535).
inline bool sip_address(std::string_view text) {
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

/// The canonical text, the value bound to `arg` (when bound) checked as a SIP address.
inline Rewrite sip_address_arg(std::string arg) {
  return [arg](const parser::Args& args) -> Result<std::string, std::string> {
    if (args.has(arg) && !sip_address(args.get(arg))) {
      return Err{std::string("Invalid address, use ipv4:A.B.C.D[:port] or dns:host[:port]")};
    }
    return option_text(args);
  };
}

/// The feature identifiers of `feature-button` in ephone, ephone-template and the profiles.
inline const std::vector<std::string>& feature_identifiers() {
  static const std::vector<std::string> ids = {
      "Redial",  "Hold",    "Trnsfer",  "Cfwdall", "Privacy",  "MeetMe", "Confrn",   "Park",
      "Pickup",  "Gpickup", "Mobility", "Dnd",     "ConfList", "RmLstC", "CallBack", "NewCall",
      "EndCall", "HLog",    "NiteSrv",  "Acct",    "Flash",    "Login",  "TrnsfVM",  "LiveRcd"};
  return ids;
}

/// The canonical text with the value bound to `arg` (the line's second value) respelled as one of
/// feature_identifiers() (matched in any case).
inline Rewrite feature_identifier_arg(std::string arg) {
  return [arg](const parser::Args& args) -> Result<std::string, std::string> {
    const std::string_view given = args.get(arg);
    for (const auto& id : feature_identifiers()) {
      const bool same = id.size() == given.size() &&
                        std::equal(id.begin(), id.end(), given.begin(), [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) ==
                                 std::tolower(static_cast<unsigned char>(b));
                        });
      if (!same) {
        continue;
      }
      // The identifier is the second value of the line (after the button index).
      std::string text;
      unsigned values = 0;
      const auto& words = args.words();
      for (std::size_t i = 0; i < words.size(); ++i) {
        const bool is_id = args.value_words()[i] && ++values == 2;
        text += (text.empty() ? "" : " ") + (is_id ? id : words[i]);
      }
      return text;
    }
    return Err{"Invalid feature identifier: " + std::string(given)};
  };
}

/// `feature-button` and `privacy-button`: the options both Extension Mobility profiles have.
template <class Obj>
void add_profile_options(ObjectTable<Obj>& t) {
  setting(t, "feature-button <1-24> WORD$id [label LINE]",
          {"Program a line key as a feature button", "Feature button index",
           "Feature: Redial, Hold, Trnsfer, Cfwdall, Privacy, MeetMe, Confrn, Park, Pickup, ...",
           "Text shown next to the button", "Label text"},
          2, feature_identifier_arg("id"));
  t.option("privacy-button", {"Add a Privacy feature button"});
}

/// `supplementary-service sip moved-temporarily|refer` (voice service voip and dial-peer; both
/// on by default).
template <class Obj>
void add_supplementary_sip_options(ObjectTable<Obj>& t) {
  t.option("supplementary-service sip moved-temporarily",
           {"Supplementary services", "SIP supplementary services",
            "Send 302 Moved Temporarily for call forwarding"},
           0, OptionDefault::On);
  t.option("supplementary-service sip refer", {"", "", "Send REFER for call transfer"}, 0,
           OptionDefault::On);
}

}  // namespace cme::modes::voice_options
