// `voice service voip` / `sip` commands kept as options (issue 3): the reference's rows for
// conf-serv-sip plus the generic IOS SIP service commands a CME configuration usually carries.
// Typed already (voice_service_sip_commands.cpp): registrar server, midcall-signaling passthru.
//
// Left out:
// - rel1xx, url, localhost, privacy, pass-thru, sip-profiles, g729 annexb-all, options-ping,
//   transport switch, call-route: CUBE interworking settings whose forms vary between IOS
//   releases; not modelled rather than guessed.
// The bind interface is one token as IOS prints it (`GigabitEthernet0/0`, `Loopback0`); the
// outbound proxy is `ipv4:A.B.C.D[:port]` or `dns:host[:port]`, checked when stored.
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

void add_voice_service_sip_options(ObjectTable<model::VoiceServiceSip>& t) {
  t.option(
      "bind {control | media | all} source-interface WORD [ipv4-address A.B.C.D | "
      "ipv6-address WORD]",
      {"Source address of SIP signaling and media", "SIP signaling", "RTP media",
       "Signaling and media", "Take the source address from an interface", "Interface name",
       "Use this IPv4 address of the interface", "IPv4 address",
       "Use this IPv6 address of the interface", "IPv6 address"});
  t.option("video screening", {"Video settings", "Transcode and resize mismatched video"});
  t.option("early-offer forced", {"Early offer", "Always send SDP in the outgoing INVITE"});
  t.option("session refresh", {"Session settings", "Refresh sessions with re-INVITE"});
  t.option("session transport {udp | tcp [tls]}",
           {"", "Transport of outgoing SIP calls", "UDP", "TCP", "TLS over TCP"}, {first_words(2)});
  t.option("header-passing", {"Pass SIP headers to applications"});
  t.option("error-passthru", {"Pass SIP error responses from one call leg to the other"});
  t.option(
      "asserted-id {pai | ppi}",
      {"Header that carries the asserted identity", "P-Asserted-Identity", "P-Preferred-Identity"},
      {first_words(1)});
  t.option(
      "outbound-proxy WORD$address",
      {"Send outgoing SIP requests through a proxy", "Proxy address, ipv4:A.B.C.D or dns:host"},
      {first_words(1), {sip_address_of("address")}});
  t.option("min-se <90-86400>",
           {"Minimum session expiry accepted", "Minimum session expiry in seconds"});
}

}  // namespace cme::modes
