// `voice service voip` commands kept as options (issue 3): the reference's rows for
// conf-voi-serv plus the generic IOS voice-service commands a CME configuration usually carries
// (fax protocol, modem passthrough, supplementary-service, redirect ip2ip). Typed already
// (voice_service_commands.cpp, voice_service_submodes.cpp): allow-connections, sip, h323.
//
// Left out:
// - ip address trusted list, vpn-group, vpn-profile: they enter sub-modes of their own (trusted
//   address list, SSL VPN gateway group, VPN client profile), not modelled yet.
// - mode border-element, srtp, rtp-port, h323 call start, qsig, shutdown / call service stop:
//   CUBE or platform settings, rarely in a CME configuration.
// The `media monitoring` call count has no documented range: 1-65535 is used.
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

namespace {

using Voip = ObjectTable<model::VoiceServiceVoip>;

void add_reference_options(Voip& t) {
  t.option("cti csta mode basic", {"CTI interface settings", "CSTA interface", "CTI interface mode",
                                   "Basic mode, without the enhanced extensions"});
  t.option("cti message device-id suppress-conversion",
           {"", "CTI message settings", "Device ID in CTI messages",
            "Convert only the requested extension"});
  t.option("direct-inward-dial isdn", {"Direct inward dialing", "For ISDN calls"}, 0,
           OptionDefault::On);
  t.option("ip address trusted authenticate",
           {"IP settings", "Address settings", "Trusted source addresses for VoIP calls",
            "Reject calls from untrusted source addresses"},
           0, OptionDefault::On);
  t.option("ip address trusted call-block cause <1-127>",
           {"", "", "", "Calls blocked by trusted-address authentication",
            "Q.850 cause code returned", "Cause code"});
  add_lpcor(t, false);
  add_media_options(t);
}

void add_supplementary_options(Voip& t) {
  add_supplementary_sip_options(t);
  t.option("supplementary-service sip handle-replaces",
           {"", "", "Handle the Replaces header of INVITE as a new call"});
  t.option("supplementary-service h450.2", {"", "H.450.2 call transfer"}, 0, OptionDefault::On);
  t.option("supplementary-service h450.3", {"", "H.450.3 call diversion"}, 0, OptionDefault::On);
  t.option("supplementary-service h450.12 [advertise-only]",
           {"", "H.450.12 supplementary service capabilities",
            "Advertise the capabilities without discovering the peer's"},
           {first_words(2)});
  t.option("supplementary-service media-renegotiate",
           {"", "Renegotiate media after a supplementary service"});
}

}  // namespace

void add_voice_service_options(Voip& t) {
  add_reference_options(t);
  add_fax_protocol(t);
  t.option(
      "modem passthrough nse [payload-type <96-119>] codec {g711ulaw | g711alaw} "
      "[redundancy [maximum-sessions <1-16>]]",
      {"Modem settings", "Modem pass-through over VoIP", "Switch to pass-through with NSE",
       "NSE payload type", "Payload type", "Codec for modem pass-through", "G.711 mu-law",
       "G.711 A-law", "Send redundant packets", "Maximum number of redundant sessions",
       "Number of sessions"},
      {first_words(2)});
  add_supplementary_options(t);
  t.option("redirect ip2ip", {"Redirection of VoIP calls", "Redirect VoIP to VoIP calls"});
}

}  // namespace cme::modes
