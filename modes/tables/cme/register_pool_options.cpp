// Reference commands of `voice register pool` kept as options (issue 3), from
// ../shared/reference/cme-commands.md. Typed elsewhere (register_pool_commands.cpp): id, type,
// number, username, description, speed-dial, blf-speed-dial, template, logout-profile,
// presence call-list.
//
// Left out:
//   apply-config  action: pushes the configuration to the phone now, nothing to store
//   reset         action: reboots the phone
//   restart       action: restarts the phone
//
// Not in the reference but added: `codec codec-type [bytes]` (CME/SRST configuration guide;
// the types it lists, bytes bounded like the dial-peer payload sizes).
//
// Where the spec language cannot say it: a leading `0` or `6` (encryption type) next to a
// password or PIN would also read as the secret itself, so a bare secret is written as a range
// that starts at its shortest length (a bare PIN cannot start with 0: write `pin 0 0123`); the
// `-` of a cor number range is a WORD checked by the action.
#include <algorithm>
#include <array>
#include <cctype>

#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

namespace {

using Pool = model::VoiceRegisterPool;
using Check = ActionResult (*)(const parser::Args&);

std::optional<std::string> check_cor_range(const parser::Args& args, std::vector<std::string>&) {
  if (args.has("dash") && args.get("dash") != "-") {
    return "Separate the first and last number of a range with '-'";
  }
  return std::nullopt;
}

void add_forwarding(ObjectTable<Pool>& t) {
  add_b2bua_forwarding(t, "phone", false);
}

void add_conference(ObjectTable<Pool>& t) {
  t.option("conference add-mode [creator]",
           {"Configure ad hoc hardware conferences", "Set who may add parties to a conference",
            "Only the conference creator may add parties"},
           {first_words(2)});
  t.option("conference admin", {"", "Make this phone the conference administrator"});
  t.option("conference drop-mode {creator | local}",
           {"", "Set when an ad hoc conference ends", "End it when the creator hangs up",
            "End it when the last local party hangs up"},
           {first_words(2)});
  t.option("conference max-length <3-16>",
           {"", "Limit the length of numbers that may be conferenced", "Maximum number of digits"});
  t.option("conference-pattern blocked", {"Control conferencing to external numbers",
                                          "Block conferencing to transfer-pattern numbers"});
  t.option("keep-conference",
           {"Keep the other parties connected when the conference creator hangs up"}, 0,
           OptionDefault::On);
  t.option("transfer max-length <3-16>",
           {"Configure call transfer", "Limit the length of numbers calls may be transferred to",
            "Maximum number of digits"});
  t.option("transfer-pattern blocked",
           {"Control transfers to external numbers", "Block every trunk-to-trunk transfer"});
}

void add_media(ObjectTable<Pool>& t) {
  t.option("codec {g711alaw | g711ulaw | g729r8} [<10-240>]",
           {"Set the codec of the phone's dial peer", "G.711 A-law 64000 bps",
            "G.711 mu-law 64000 bps", "G.729 8000 bps", "Voice payload bytes per frame"},
           {first_words(1)});
  t.option("dtmf-relay [cisco-rtp] [rtp-nte] [sip-notify] [sip-kpml]",
           {"Select how DTMF digits are relayed", "Cisco proprietary RTP relay",
            "RTP named telephone events (RFC 2833)", "SIP NOTIFY messages",
            "KPML over SIP SUBSCRIBE/NOTIFY"},
           {first_words(1)});
  t.option("vad", {"Enable voice activity detection on the phone's dial peer"}, 0,
           OptionDefault::On);
  t.option("voice-class codec <1-10000>",
           {"", "Apply a codec preference list", "Voice class codec tag"});
  add_stun_usage(t);
  t.option("video", {"Enable video on the phone"});
  t.option("camera", {"Enable the USB camera of the phone"});
  t.option("digit collect kpml",
           {"Configure digit collection", "Collect the digits the phone dials",
            "Report digits with KPML"},
           0, OptionDefault::On);
  add_overlap_signal(t);
}

void add_calling(ObjectTable<Pool>& t) {
  t.option("application WORD",
           {"Set the session application of the phone's dial peer", "Application name"});
  t.option("busy-trigger-per-button <1-50>",
           {"Limit the calls per line before busy treatment", "Maximum number of calls"});
  t.option("call-waiting", {"Enable call waiting on the phone"}, 0, OptionDefault::On);
  t.option("dnd", {"Enable do-not-disturb on the phone"});
  t.option("dialplan <1-24>",
           {"Apply a SIP dial plan to the phone", "Voice register dialplan tag"});
  t.option("preference <0-10>",
           {"Set the dial-peer preference of the pool's numbers", "Preference, 0 is highest"});
  t.option("translate-outgoing {called | calling} <1-2147483>",
           {"Translate numbers on the phone's dial peer", "Translate the called number",
            "Translate the calling number", "Translation rule tag"});
  t.option(
      "cor {incoming | outgoing} WORD {<1-4> E164 [WORD$dash E164] | default}",
      {"Apply a class of restriction to the phone's dial peers", "List for incoming dial peers",
       "List for outgoing dial peers", "COR list name", "COR list number", "First number",
       "Range separator '-'", "Last number", "Use the default COR list"},
      {first_words(3), {check_cor_range}});
  add_lpcor(t, true);
  add_emergency_location(t);
}

void add_features(ObjectTable<Pool>& t) {
  t.option("feature-button <1-24> WORD$feature",
           {"Program a line key as a feature button", "Feature button index",
            list_help("Feature", ios_words::kSipFeatureButtons)},
           {first_words(2), {one_of(2, 2, ios_words::kSipFeatureButtons, "feature")}});
  t.option("fastdial <1-100> E164 name LINE",
           {"Add a personal speed-dial entry", "Entry number", "Number to dial", "Name the entry",
            "Entry name"},
           1);
  t.option("exclude [em | myphoneapps | directory]",
           {"Hide a local service of the phone", "Extension mobility", "My Phone Apps",
            "Local directory"});
  t.option("group <1-5>", {"Put the phone in a VRF group", "Voice register global group tag"});
  add_night_service_bell(t);
  // The paging ephone-dn tag is bounded like `ephone-dn` itself (max-dn, platform dependent).
  t.option("paging-dn <1-15000> {multicast | unicast}",
           {"Join an ephone-dn paging number", "Paging ephone-dn tag", "Page by multicast",
            "Page by unicast"});
  t.option("park reservation-group E164",
           {"Configure call park", "Retrieve only from park slots of this group",
            "Reservation group number"});
  t.option("phone-mode phone-only",
           {"Set the Jabber client mode", "Run the Jabber client as a phone only"});
  t.option("privacy {off | on}",
           {"Set the initial privacy state of the phone", "Privacy off", "Privacy on"},
           {first_words(1)});
  t.option("privacy-button", {"Add a privacy feature button"});
  t.option("provision-tag <1-2147483647>",
           {"Set the tag the extension assigner uses for this phone", "Provision tag"});
}

void add_secrets(ObjectTable<Pool>& t) {
  t.option("ata-ivr-pwd {<1000-9999> | 0 <0-9999> | 6 WORD}",
           {"Set the IVR password of an ATA", "Password of 4 digits",
            "The password follows in clear text", "Password of 4 digits",
            "The password follows encrypted", "Encrypted password"});
  t.option("pin {<1000-99999999> | 0 <0-99999999> | 6 WORD}",
           {"Set the PIN that bypasses after-hours call blocking", "PIN of 4 to 8 digits",
            "The PIN follows in clear text", "PIN of 4 to 8 digits", "The PIN follows encrypted",
            "Encrypted PIN"});
}

}  // namespace

void add_register_pool_options(ObjectTable<model::VoiceRegisterPool>& t) {
  add_calling(t);
  add_forwarding(t);
  add_media(t);
  add_conference(t);
  add_features(t);
  add_secrets(t);
}

}  // namespace cme::modes
