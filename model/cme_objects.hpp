#pragma once
// The CME objects of the model, one row each, in show running-config order (seed 001's example
// configuration; model/section.hpp says why that order applies cleanly to an empty router).
// A row names the CmeConfig member that holds the object, the section its block anchors
// verbatim lines to, the block's head text (also its JSON key, docs/json-schema.md) and the
// number of "!" lines CME prints after the block. Rendering (render_cme.cpp), JSON writing
// (json.cpp) and JSON reading (json_read.cpp) loop over this list; modes/mode_specs.cpp names a
// row's member to say which object a configuration mode edits.
//
// A few blocks need more than their typed fields and options; each has a small hook beside the
// generic code, chosen by overload on the object type:
// - head words after the tag: `ephone-dn  5  dual-line`, `dial-peer voice 10 voip` (head_words());
// - sub-blocks: `sip` and `h323` inside `voice service voip` (render_cme.cpp, json*.cpp).

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "model/cme_config.hpp"

namespace cme::model {

/// An object configured at most once (`telephony-service`): an optional member of CmeConfig.
template <class Obj>
struct SingleObject {
  using Type = Obj;
  std::optional<Obj> CmeConfig::*member;
  Section section;
  std::string_view head;  ///< the block's first line and the JSON key
  int bangs;              ///< "!" lines after the block
  static constexpr bool kTagged = false;
};

/// An object configured per tag (`ephone 5`): a map member of CmeConfig, keyed by tag.
template <class Obj>
struct TaggedObject {
  using Type = Obj;
  std::map<unsigned, Obj> CmeConfig::*member;
  Section section;
  std::string_view head;  ///< "ephone": a block starts "ephone  5"; also the JSON key
  int bangs;              ///< "!" lines after each block
  /// Blanks between the head, the tag and the head words: IOS writes two in `ephone  5`,
  /// `ephone-dn  1  dual-line` and the voice register dn, pool and template heads.
  std::string_view gap = " ";
  static constexpr bool kTagged = true;
};

/// Every CME object, in rendering order.
inline constexpr auto kCmeObjects = std::make_tuple(
    SingleObject<VoiceServiceVoip>{&CmeConfig::voice_service_voip, Section::VoiceServiceVoip,
                                   "voice service voip", 1},
    SingleObject<VoiceRegisterGlobal>{&CmeConfig::voice_register_global, Section::RegisterGlobal,
                                      "voice register global", 1},
    TaggedObject<VoiceRegisterDn>{&CmeConfig::voice_register_dns, Section::RegisterDns,
                                  "voice register dn", 1, "  "},
    TaggedObject<VoiceRegisterTemplate>{&CmeConfig::voice_register_templates,
                                        Section::RegisterTemplates, "voice register template", 1,
                                        "  "},
    TaggedObject<VoiceRegisterPool>{&CmeConfig::voice_register_pools, Section::RegisterPools,
                                    "voice register pool", 1, "  "},
    TaggedObject<VoiceRegisterSessionServer>{&CmeConfig::session_servers, Section::SessionServers,
                                             "voice register session-server", 1},
    TaggedObject<DialPeer>{&CmeConfig::dial_peers, Section::DialPeers, "dial-peer voice", 1},
    SingleObject<Presence>{&CmeConfig::presence, Section::Presence, "presence", 1},
    SingleObject<SipUa>{&CmeConfig::sip_ua, Section::SipUa, "sip-ua", 2},
    SingleObject<TelephonyService>{&CmeConfig::telephony_service, Section::Telephony,
                                   "telephony-service", 2},
    TaggedObject<EphoneDnTemplate>{&CmeConfig::ephone_dn_templates, Section::EphoneDnTemplates,
                                   "ephone-dn-template", 2},
    TaggedObject<EphoneTemplate>{&CmeConfig::ephone_templates, Section::EphoneTemplates,
                                 "ephone-template", 2},
    TaggedObject<EphoneDn>{&CmeConfig::ephone_dns, Section::EphoneDns, "ephone-dn", 2, "  "},
    TaggedObject<LogoutProfile>{&CmeConfig::logout_profiles, Section::LogoutProfiles,
                                "voice logout-profile", 1},
    TaggedObject<UserProfile>{&CmeConfig::user_profiles, Section::UserProfiles,
                              "voice user-profile", 1},
    TaggedObject<Ephone>{&CmeConfig::ephones, Section::Ephones, "ephone", 3, "  "});

/// The sections of the CME blocks, in rendering order.
inline constexpr auto kCmeSections =
    std::apply([](const auto&... row) { return std::array{row.section...}; }, kCmeObjects);

/// Calls `f(row)` for each row of kCmeObjects, in order.
template <class F>
constexpr void for_each_cme_object(F&& f) {
  std::apply([&](const auto&... row) { (f(row), ...); }, kCmeObjects);
}

/// The row of kCmeObjects whose member is `Member` (found at compile time by the member's type,
/// which is unique per row; a member that is not listed does not compile).
template <auto Member, std::size_t I = 0>
constexpr const auto& cme_object() {
  static_assert(I < std::tuple_size_v<decltype(kCmeObjects)>, "not a CME object member");
  if constexpr (std::is_same_v<decltype(std::get<I>(kCmeObjects).member), decltype(Member)>) {
    return std::get<I>(kCmeObjects);
  } else {
    return cme_object<Member, I + 1>();
  }
}

/// Appends the CME blocks of `section` to `out` in show running-config form (one space of
/// indent for sub-mode lines, "!" lines after each block as CME prints them, seed 001).
void render_cme_section(std::string& out, const CmeConfig& cme, Section section);

/// Words after the tag in a block's head; none for most objects.
template <class Obj>
std::string head_words(const Obj&) {
  return {};
}
/// `dual-line` or `octo-line`; none for a single-line dn.
std::string head_words(const EphoneDn& dn);
/// `pots` or `voip`.
std::string head_words(const DialPeer& peer);

}  // namespace cme::model
