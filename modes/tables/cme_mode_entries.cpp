// The global-configuration commands that enter the CME modes (command reference, "config" mode
// table; ranges from the reference where it gives them). Issue 2 builds the mode tree and its
// prompts; the objects and their sub-commands are typed in the CME model (issue 3).
#include "modes/registry.hpp"
#include "modes/session.hpp"

namespace cme::modes {

namespace {

Action enter(ModeId mode, std::string_view id_name = "") {
  return [mode, id_name = std::string(id_name)](CommandContext& ctx) -> ActionResult {
    if (ctx.negated()) {
      return Unit{};
    }
    ModeFrame f;
    f.mode = mode;
    f.id = id_name.empty() ? 0 : ctx.args.get_int(id_name);
    ctx.session.push_mode(f);
    return Unit{};
  };
}

}  // namespace

void add_cme_mode_entries(CommandTable& config, CommandTable& voip) {
  using parser::NoForm;
  config.config("telephony-service", {"Configure Cisco Unified CME (SCCP phones)"},
                enter(ModeId::Telephony), NoForm::Mandatory);
  config.config("ephone <1-1000>$tag", {"Configure an SCCP IP phone (ephone)", "ephone tag"},
                enter(ModeId::Ephone, "tag"), NoForm::Mandatory);
  config.config("ephone-dn <1-15000>$tag [{dual-line | octo-line}$line_mode]",
                {"Configure an ephone directory number", "ephone-dn tag",
                 "Two calls per directory number", "Eight calls per directory number"},
                enter(ModeId::EphoneDn, "tag"), NoForm::Mandatory);
  config.config("ephone-template <1-20>$tag", {"Configure an ephone template", "template tag"},
                enter(ModeId::EphoneTemplate, "tag"), NoForm::Mandatory);
  config.config("ephone-dn-template <1-15>$tag",
                {"Configure an ephone-dn template", "template tag"},
                enter(ModeId::EphoneDnTemplate, "tag"), NoForm::Mandatory);
  config.config("voice register global",
                {"Voice configuration", "SIP phone registration", "Global SIP phone settings"},
                enter(ModeId::RegisterGlobal), NoForm::Mandatory);
  config.config("voice register pool <1-1000>$tag",
                {"", "", "Configure a pool of SIP phones", "pool tag"},
                enter(ModeId::RegisterPool, "tag"), NoForm::Mandatory);
  config.config("voice register dn <1-1000>$tag",
                {"", "", "Configure a SIP directory number", "dn tag"},
                enter(ModeId::RegisterDn, "tag"), NoForm::Mandatory);
  config.config("voice register template <1-10>$tag",
                {"", "", "Configure a SIP phone template", "template tag"},
                enter(ModeId::RegisterTemplate, "tag"), NoForm::Mandatory);
  config.config("voice register session-server <1-1000>$tag",
                {"", "", "Configure a session manager for external feature servers",
                 "session-server tag"},
                enter(ModeId::RegisterSessionServer, "tag"), NoForm::Mandatory);
  config.config("voice logout-profile <1-1000>$tag",
                {"", "Configure an Extension Mobility logout profile", "profile tag"},
                enter(ModeId::LogoutProfile, "tag"), NoForm::Mandatory);
  config.config("voice user-profile <1-3000>$tag",
                {"", "Configure an Extension Mobility user profile", "profile tag"},
                enter(ModeId::UserProfile, "tag"), NoForm::Mandatory);
  config.config("voice service voip",
                {"", "Global voice services", "Voice over IP encapsulation"},
                enter(ModeId::VoiceServiceVoip), NoForm::Mandatory);
  config.config("presence", {"Configure the presence service (BLF)"}, enter(ModeId::Presence),
                NoForm::Mandatory);
  config.config("sip-ua", {"SIP user agent configuration"}, enter(ModeId::SipUa),
                NoForm::Mandatory);
  config.config("dial-peer voice <1-2147483647>$tag {pots | voip}$encapsulation",
                {"Dial plan configuration", "Voice dial peer", "dial peer tag",
                 "Telephony (POTS) dial peer", "Voice over IP dial peer"},
                enter(ModeId::DialPeer, "tag"), NoForm::Mandatory);
  voip.config("sip", {"SIP configuration"}, enter(ModeId::VoiceServiceSip), NoForm::Mandatory);
}

}  // namespace cme::modes
