// The global-configuration commands that enter the CME modes (command reference, "config" mode
// table). Entering a mode creates its object; the `no` form removes it with the references to
// it (model/cme_edit.hpp). Tags above the configured maximum (max-ephones, max-dn, max-pool)
// are refused; while no maximum is configured the reference's platform range applies.
#include <fmt/format.h>

#include "model/cme_edit.hpp"
#include "modes/registry.hpp"
#include "modes/session.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::CmeConfig;
using model::Section;
using parser::NoForm;

/// The configured maximum for a tag, or nullopt.
using Limit = std::optional<unsigned> (*)(const CmeConfig&);

void enter_frame(CommandContext& ctx, ModeId mode, std::int64_t id) {
  ModeFrame f;
  f.mode = mode;
  f.id = id;
  ctx.session.push_mode(f);
}

/// An entry command for a singleton object (`telephony-service`, `presence` ...).
template <class Obj>
Action enter_single(ModeId mode, Section section, std::optional<Obj> CmeConfig::*member) {
  return [=](CommandContext& ctx) -> ActionResult {
    ctx.session.touch(section);
    auto& object = ctx.edit().cme.*member;
    if (ctx.negated()) {
      object.reset();
      return Unit{};
    }
    if (!object) {
      object.emplace();
    }
    enter_frame(ctx, mode, 0);
    return Unit{};
  };
}

struct Tagged {
  ModeId mode;
  Section section;
  const char* what;     ///< "ephone", for messages
  const char* maximum;  ///< "max-ephones in telephony-service", for messages
  Limit limit = nullptr;
  void (*remove)(CmeConfig&, unsigned) = nullptr;
};

/// An entry command for a tagged object (`ephone 5` ...). `prepare` may refuse or adjust.
template <class Obj, class Prepare>
Action enter_tagged(Tagged t, std::map<unsigned, Obj> CmeConfig::*member, Prepare prepare) {
  return [=](CommandContext& ctx) -> ActionResult {
    ctx.session.touch(t.section);
    const auto tag = static_cast<unsigned>(ctx.args.get_int("tag"));
    auto& cme = ctx.edit().cme;
    auto& objects = cme.*member;
    if (ctx.negated()) {
      if (t.remove != nullptr) {
        t.remove(cme, tag);
      } else {
        objects.erase(tag);
      }
      return Unit{};
    }
    if (t.limit != nullptr) {
      if (const auto max = t.limit(cme); max && tag > *max) {
        return Err{make_semantic(fmt::format("% {} {} exceeds {} {}: raise {} first", t.what, tag,
                                             t.maximum, *max, t.maximum))};
      }
    }
    auto it = objects.find(tag);
    const bool created = it == objects.end();
    if (created) {
      it = objects.emplace(tag, Obj{}).first;
      it->second.tag = tag;
    }
    if (auto r = prepare(ctx, it->second, created); !r) {
      if (created) {
        objects.erase(it);
      }
      return r;
    }
    enter_frame(ctx, t.mode, tag);
    return Unit{};
  };
}

constexpr auto kNoPrepare = [](CommandContext&, auto&, bool) -> ActionResult { return Unit{}; };

std::optional<unsigned> max_ephones(const CmeConfig& c) {
  return c.telephony_service ? c.telephony_service->max_ephones : std::nullopt;
}
std::optional<unsigned> max_dn(const CmeConfig& c) {
  if (c.telephony_service && c.telephony_service->max_dn) {
    return c.telephony_service->max_dn->count;
  }
  return std::nullopt;
}
std::optional<unsigned> max_register_dn(const CmeConfig& c) {
  return c.voice_register_global ? c.voice_register_global->max_dn : std::nullopt;
}
std::optional<unsigned> max_pool(const CmeConfig& c) {
  return c.voice_register_global ? c.voice_register_global->max_pool : std::nullopt;
}

ActionResult prepare_ephone_dn(CommandContext& ctx, model::EphoneDn& dn, bool created) {
  auto mode = model::LineMode::Single;
  if (ctx.args.keyword("dual-line")) {
    mode = model::LineMode::Dual;
  } else if (ctx.args.keyword("octo-line")) {
    mode = model::LineMode::Octo;
  } else if (!created) {
    return Unit{};  // `ephone-dn 5` enters an existing dn whatever its line mode
  }
  if (!created && dn.line_mode != mode) {
    return Err{make_semantic(fmt::format(
        "% ephone-dn {} is already configured with a different line mode; remove it with "
        "\"no ephone-dn {}\" to change it",
        dn.tag, dn.tag))};
  }
  dn.line_mode = mode;
  return Unit{};
}

ActionResult prepare_dial_peer(CommandContext& ctx, model::DialPeer& peer, bool created) {
  const bool voip = ctx.args.keyword("voip");
  if (!created && peer.voip != voip) {
    return Err{make_semantic(
        fmt::format("% dial-peer {} already exists with a different encapsulation", peer.tag))};
  }
  peer.voip = voip;
  return Unit{};
}

}  // namespace

void add_cme_mode_entries(CommandTable& config, CommandTable& voip) {
  using M = ModeId;
  using S = Section;
  config.config("telephony-service", {"Configure Cisco Unified CME (SCCP phones)"},
                enter_single(M::Telephony, S::Telephony, &CmeConfig::telephony_service),
                NoForm::Mandatory);
  config.config("ephone <1-1000>$tag", {"Configure an SCCP IP phone (ephone)", "ephone tag"},
                enter_tagged(Tagged{M::Ephone, S::Ephones, "ephone", "max-ephones", max_ephones},
                             &CmeConfig::ephones, kNoPrepare),
                NoForm::Mandatory);
  config.config("ephone-dn <1-15000>$tag [{dual-line | octo-line}$line_mode]",
                {"Configure an ephone directory number", "ephone-dn tag",
                 "Two calls per directory number", "Eight calls per directory number"},
                enter_tagged(Tagged{M::EphoneDn, S::EphoneDns, "ephone-dn", "max-dn", max_dn,
                                    model::remove_ephone_dn},
                             &CmeConfig::ephone_dns, prepare_ephone_dn),
                NoForm::Mandatory);
  config.config("ephone-template <1-20>$tag", {"Configure an ephone template", "template tag"},
                enter_tagged(Tagged{M::EphoneTemplate, S::EphoneTemplates, "ephone-template", "",
                                    nullptr, model::remove_ephone_template},
                             &CmeConfig::ephone_templates, kNoPrepare),
                NoForm::Mandatory);
  config.config("ephone-dn-template <1-15>$tag",
                {"Configure an ephone-dn template", "template tag"},
                enter_tagged(Tagged{M::EphoneDnTemplate, S::EphoneDnTemplates, "ephone-dn-template",
                                    "", nullptr, model::remove_ephone_dn_template},
                             &CmeConfig::ephone_dn_templates, kNoPrepare),
                NoForm::Mandatory);
  config.config(
      "voice register global",
      {"Voice configuration", "SIP phone registration", "Global SIP phone settings"},
      enter_single(M::RegisterGlobal, S::RegisterGlobal, &CmeConfig::voice_register_global),
      NoForm::Mandatory);
  config.config(
      "voice register pool <1-1000>$tag", {"", "", "Configure a pool of SIP phones", "pool tag"},
      enter_tagged(
          Tagged{M::RegisterPool, S::RegisterPools, "voice register pool", "max-pool", max_pool},
          &CmeConfig::voice_register_pools, kNoPrepare),
      NoForm::Mandatory);
  config.config("voice register dn <1-1000>$tag",
                {"", "", "Configure a SIP directory number", "dn tag"},
                enter_tagged(Tagged{M::RegisterDn, S::RegisterDns, "voice register dn", "max-dn",
                                    max_register_dn, model::remove_voice_register_dn},
                             &CmeConfig::voice_register_dns, kNoPrepare),
                NoForm::Mandatory);
  config.config(
      "voice register template <1-10>$tag",
      {"", "", "Configure a SIP phone template", "template tag"},
      enter_tagged(Tagged{M::RegisterTemplate, S::RegisterTemplates, "voice register template", "",
                          nullptr, model::remove_voice_register_template},
                   &CmeConfig::voice_register_templates, kNoPrepare),
      NoForm::Mandatory);
  config.config(
      "voice register session-server <1-1000>$tag",
      {"", "", "Configure a session manager for external feature servers", "session-server tag"},
      enter_tagged(
          Tagged{M::RegisterSessionServer, S::SessionServers, "voice register session-server", ""},
          &CmeConfig::session_servers, kNoPrepare),
      NoForm::Mandatory);
  config.config("voice logout-profile <1-1000>$tag",
                {"", "Configure an Extension Mobility logout profile", "profile tag"},
                enter_tagged(Tagged{M::LogoutProfile, S::LogoutProfiles, "voice logout-profile", "",
                                    nullptr, model::remove_logout_profile},
                             &CmeConfig::logout_profiles, kNoPrepare),
                NoForm::Mandatory);
  config.config("voice user-profile <1-3000>$tag",
                {"", "Configure an Extension Mobility user profile", "profile tag"},
                enter_tagged(Tagged{M::UserProfile, S::UserProfiles, "voice user-profile", ""},
                             &CmeConfig::user_profiles, kNoPrepare),
                NoForm::Mandatory);
  config.config(
      "voice service voip", {"", "Global voice services", "Voice over IP encapsulation"},
      enter_single(M::VoiceServiceVoip, S::VoiceServiceVoip, &CmeConfig::voice_service_voip),
      NoForm::Mandatory);
  config.config("presence", {"Configure the presence service (BLF)"},
                enter_single(M::Presence, S::Presence, &CmeConfig::presence), NoForm::Mandatory);
  config.config("sip-ua", {"SIP user agent configuration"},
                enter_single(M::SipUa, S::SipUa, &CmeConfig::sip_ua), NoForm::Mandatory);
  config.config("dial-peer voice <1-2147483647>$tag {pots | voip}$encapsulation",
                {"Dial plan configuration", "Voice dial peer", "dial peer tag",
                 "Telephony (POTS) dial peer", "Voice over IP dial peer"},
                enter_tagged(Tagged{M::DialPeer, S::DialPeers, "dial-peer", ""},
                             &CmeConfig::dial_peers, prepare_dial_peer),
                NoForm::Mandatory);
  add_voice_service_submodes(voip);
}

}  // namespace cme::modes
