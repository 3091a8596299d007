// sip-ua commands with typed fields (seed 001: authentication username … password …,
// presence enable).
#include "modes/detail/cme_values.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

using model::SipUa;

void add_sip_ua_commands(ObjectTable<SipUa>& t) {
  t.config("authentication username WORD$name password [{0 | 7}$type] WORD$password",
           {"Digest credentials of the SIP user agent", "User name", "The user name", "Password",
            "The password that follows is in clear text",
            "The password that follows is encrypted (type 7)", "The password"},
           [](CommandContext& ctx, SipUa& s) -> ActionResult {
             if (ctx.negated()) {
               s.authentication.reset();
             } else {
               s.authentication = model::Credential{std::string(ctx.args.get("name")),
                                                    detail::number_arg(ctx.args, "type"),
                                                    std::string(ctx.args.get("password"))};
             }
             return Unit{};
           });
  t.flag("presence enable", {"Presence settings", "Accept incoming presence requests (SUBSCRIBE)"},
         &SipUa::presence_enable);
}

}  // namespace cme::modes
