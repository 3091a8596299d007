#pragma once
// Reference commands that several CME modes accept, declared once with one help text: the
// mode tables add them where the mode's own list puts them (that place is their render order).
// The command reference gives the same syntax for each of these in every mode named.

#include <string>
#include <vector>

#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

/// True for `ipv4:A.B.C.D[:port]`, `dns:host[:port]` and `ipv6:[addr][:port]` (port 1-65535):
/// the SIP addresses of sip-ua `registrar`, `sip-server` and voice service voip `outbound-proxy`.
bool sip_address(std::string_view text);
/// The check that the value bound as `arg` (when bound) is a SIP address.
OptionCheck sip_address_of(std::string arg);

/// `feature-button <1-24> WORD [label LINE]` and `privacy-button` (the Extension Mobility
/// profiles).
template <class Obj>
void add_profile_options(ObjectTable<Obj>& t) {
  t.option("feature-button <1-24> WORD$id [label LINE]",
           {"Program a line key as a feature button", "Feature button index",
            "Feature: Redial, Hold, Trnsfer, Cfwdall, Privacy, MeetMe, Confrn, Park, Pickup, ...",
            "Text shown next to the button", "Label text"},
           {first_words(2), {one_of(2, 2, ios_words::kSccpFeatureButtons, "feature")}});
  t.option("privacy-button", {"Add a Privacy feature button"});
}

/// `overlap-signal` (telephony-service, ephone, ephone-template, voice register global, pool and
/// template).
template <class Obj>
void add_overlap_signal(ObjectTable<Obj>& t) {
  t.option("overlap-signal", {"Send dialed digits one at a time (overlap dialing)"});
}

/// `night-service bell` (ephone, ephone-template, voice register pool and template).
template <class Obj>
void add_night_service_bell(ObjectTable<Obj>& t) {
  t.option("night-service bell",
           {"Night service settings", "Alert this phone when night-service numbers ring"});
}

/// `lpcor incoming|outgoing WORD` and, with `with_type`, `lpcor type` (ephone,
/// ephone-template, voice register pool and template; incoming only in voice service voip).
template <class Obj>
void add_lpcor(ObjectTable<Obj>& t, bool outgoing_and_type) {
  t.option("lpcor incoming WORD", {"Logical partitioning class of restriction",
                                   "Policy for incoming calls", "LPCOR resource group"});
  if (!outgoing_and_type) {
    return;
  }
  t.option("lpcor outgoing WORD", {"", "Policy for outgoing calls", "LPCOR resource group"});
  t.option("lpcor type {local | mobile | remote}",
           {"", "Where the phone registers from", "Always over the LAN", "Over the LAN or the WAN",
            "Always over the WAN"},
           {first_words(2)});
}

/// `emergency response location <1-2147483647>` (ephone, ephone-template, voice register pool
/// and template, dial-peer).
template <class Obj>
void add_emergency_location(ObjectTable<Obj>& t) {
  t.option("emergency response location <1-2147483647>",
           {"Emergency (E911) settings", "Emergency response settings",
            "Assign an emergency response location", "Emergency response location tag"});
}

/// `voice-class stun-usage <1-10000>` (ephone, ephone-template, voice register pool and
/// template).
template <class Obj>
void add_stun_usage(ObjectTable<Obj>& t) {
  t.option("voice-class stun-usage <1-10000>",
           {"Voice class settings", "Apply a STUN usage class for firewall traversal",
            "STUN usage class tag"});
}

/// `call-forward b2bua all|busy|mailbox|noan|unreachable` (voice register pool and dn; the dn
/// also has `night-service`). `what` is "line" or "phone" for the help texts.
template <class Obj>
void add_b2bua_forwarding(ObjectTable<Obj>& t, const std::string& what, bool night_service) {
  t.option("call-forward b2bua all E164",
           {"Configure call forwarding", "Forward through the back-to-back user agent",
            "Forward every incoming call", "Number to forward to"});
  t.option("call-forward b2bua busy E164",
           {"", "", "Forward calls when the " + what + " is busy", "Number to forward to"});
  t.option("call-forward b2bua mailbox E164",
           {"", "", "Mailbox at the end of a forwarding chain", "Voice-mail number"});
  if (night_service) {
    t.option("call-forward b2bua night-service E164",
             {"", "", "Forward calls during night-service hours", "Number to forward to"});
  }
  // The reference writes the timeout as mandatory; Cisco's SRST guide as optional.
  t.option("call-forward b2bua noan E164 [timeout <3-60000>]",
           {"", "", "Forward calls that are not answered", "Number to forward to",
            "Set the ring time before forwarding", "Ring time in seconds"});
  t.option(
      "call-forward b2bua unreachable E164",
      {"", "", "Forward calls while the " + what + " is not registered", "Number to forward to"});
}

/// `media ...` (voice service voip and dial-peer). The two flow modes replace each other; the
/// reference gives no range for `monitoring max-calls`: 1-65535 is used.
template <class Obj>
void add_media_options(ObjectTable<Obj>& t) {
  t.option("media {flow-around | flow-through}",
           {"How RTP media is handled for VoIP calls", "Media flows directly between the endpoints",
            "Media is terminated and re-originated by the router"},
           {first_words(1)});
  t.option("media {forking | monitoring [<1-65535>] | statistics | transcoder high-density}",
           {"", "Fork the media of all calls", "Score the audio of calls",
            "Maximum number of calls monitored", "Collect media statistics", "Transcode media",
            "High-density transcoding"});
}

/// `fax protocol ...` (voice service voip; with `system` in dial-peer, where it means "as set
/// under voice service voip").
void add_fax_protocol(ObjectTable<model::VoiceServiceVoip>& t);
void add_fax_protocol(ObjectTable<model::DialPeer>& t);

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

}  // namespace cme::modes
