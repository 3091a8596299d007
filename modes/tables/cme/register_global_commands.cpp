// voice register global commands with typed fields (command reference, config-register-global;
// seed 001 for mode, source-address, load, authenticate presence/credential; seed 000 for
// keepalive).
#include <fmt/format.h>

#include "modes/detail/cme_values.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::VoiceRegisterGlobal;
namespace d = detail;

ActionResult source_address(CommandContext& ctx, VoiceRegisterGlobal& g) {
  if (ctx.negated()) {
    g.source_address.reset();
    return Unit{};
  }
  g.source_address = d::source_address_arg(ctx.args, false);
  return Unit{};
}

ActionResult load(CommandContext& ctx, VoiceRegisterGlobal& g) {
  const std::string type(ctx.args.get("type"));
  if (ctx.negated()) {
    std::erase_if(g.load,
                  [&](const model::Load& l) { return type.empty() || l.phone_type == type; });
    return Unit{};
  }
  model::set_or_append(g.load, model::Load{type, std::string(ctx.args.get("firmware"))},
                       [](const model::Load& l) { return l.phone_type; });
  return Unit{};
}

/// `max-dn` / `max-pool`: not below a configured tag.
template <class Map>
ObjectTable<VoiceRegisterGlobal>::Edit maximum(std::optional<unsigned> VoiceRegisterGlobal::*member,
                                               Map model::CmeConfig::*objects, const char* what,
                                               const char* keyword) {
  return [=](CommandContext& ctx, VoiceRegisterGlobal& g) -> ActionResult {
    if (ctx.negated()) {
      (g.*member).reset();
      return Unit{};
    }
    const auto count = static_cast<unsigned>(ctx.args.get_int("count"));
    const auto& existing = ctx.view().cme.*objects;
    if (!existing.empty() && existing.rbegin()->first > count) {
      const auto tag = existing.rbegin()->first;
      return Err{make_semantic(
          fmt::format("% {} {} is configured: {} must be at least {}", what, tag, keyword, tag))};
    }
    g.*member = count;
    return Unit{};
  };
}

ActionResult credential(CommandContext& ctx, VoiceRegisterGlobal& g) {
  if (ctx.negated()) {
    const auto tag = d::number_arg(ctx.args, "tag");
    std::erase_if(g.authenticate_credential,
                  [&](const model::CredentialFile& f) { return !tag || f.tag == *tag; });
    return Unit{};
  }
  model::set_keyed(g.authenticate_credential,
                   model::CredentialFile{static_cast<unsigned>(ctx.args.get_int("tag")),
                                         std::string(ctx.args.get("location"))},
                   [](const model::CredentialFile& f) { return f.tag; });
  return Unit{};
}

}  // namespace

void add_register_global_commands(ObjectTable<VoiceRegisterGlobal>& t) {
  t.field("mode {cme | cme-app | esrst}$mode",
          {"Operating mode for SIP phones", "Cisco Unified CME", "CME appliance", "Enhanced SRST"},
          &VoiceRegisterGlobal::mode);
  t.config("source-address A.B.C.D$ip [{port <2000-9999>$port | secondary A.B.C.D$secondary}]",
           {"Address the SIP phones register to", "IP address", "SIP port (default 5060)",
            "Port number", "Secondary Cisco Unified CME router", "IP address"},
           source_address);
  t.config("max-dn <1-1000>$count", {"Maximum number of voice register dns", "Number of dns"},
           maximum(&VoiceRegisterGlobal::max_dn, &model::CmeConfig::voice_register_dns,
                   "voice register dn", "max-dn"));
  t.config("max-pool <1-1000>$count", {"Maximum number of voice register pools", "Number of pools"},
           maximum(&VoiceRegisterGlobal::max_pool, &model::CmeConfig::voice_register_pools,
                   "voice register pool", "max-pool"));
  t.config("load WORD$type WORD$firmware",
           {"Associate a firmware file with a SIP phone type", "Phone type",
            "Firmware file name without its extension"},
           load);
  t.flag("authenticate presence",
         {"Authentication of incoming requests",
          "Authenticate SUBSCRIBEs from a remote presence server"},
         &VoiceRegisterGlobal::authenticate_presence);
  t.config("authenticate credential <1-5>$tag WORD$location",
           {"", "Credential file for presence authentication", "Credential file tag",
            "Location of the file (tftp://, http:// or flash:)"},
           credential);
  t.field("keepalive <120-65535>$seconds",
          {"Keepalive (registration refresh) interval of SIP phones", "Seconds (default 120)"},
          &VoiceRegisterGlobal::keepalive);
}

}  // namespace cme::modes
