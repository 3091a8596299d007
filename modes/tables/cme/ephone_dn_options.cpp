// Reference commands of `ephone-dn` (config-ephone-dn) kept as options (issue 3), from
// ../shared/reference/cme-commands.md. The typed table (ephone_dn_commands.cpp) implements
// number, preference, label, description, name, ephone-dn-template, call-forward busy/noan/all
// and allow watch. The commands that ephone-dn-template shares are added by
// add_dn_shared_options(), instantiated here for both modes.
//
// Not from the reference: `application WORD` (Cisco's example configurations use
// `application default` on an ephone-dn).
// Choices of values the reference leaves open:
// - `call-forward max-length`: 0-32 digits (the reference gives no bound; 32 is the longest
//   number OpenCME accepts).
// - `loopback-dn`: the paired tag takes the ephone-dn range, 1-15000 (platform dependent:
//   the largest documented max-dn).
// - `park-slot reservation-group`, `pickup-group`, `paging group`, `extension-range`,
//   `intercom` partner and label, `trunk monitor-port`: WORD (free text, letters or lists).
// - `conference unlocked` is a command of its own so that it may sit next to `conference meetme`.
// Left out: none (every reference row of this mode is a setting).
#include "modes/tables/cme/ephone_dn_options.hpp"

namespace cme::modes {

namespace {

template <class Obj>
void add_hunt_and_mwi(ObjectTable<Obj>& t) {
  t.option("huntstop", {"Stop hunting to other directory numbers when busy or unanswered"},
           {fixed_key("huntstop"), {}, OptionDefault::On});
  t.option("huntstop channel <1-8>",
           {"", "Stop hunting to further channels of this directory number",
            "Channels that accept incoming calls"});
  t.option("pickup-group WORD", {"Set the call pickup group", "Pickup group number"});
  t.option("mwi {off | on | on-off}",
           {"Message waiting indication", "Calls to this number turn the indicator off",
            "Calls to this number turn the indicator on",
            "Primary number turns it on, secondary number turns it off"},
           {fixed_key("mwi")});
  t.option("mwi qsig", {"", "Get the indication from a QSIG message center"});
  t.option("mwi sip", {"", "Subscribe to a SIP message waiting server"});
  t.option("mwi-type {visual | audio | both}",
           {"Set the message waiting indication type", "Message waiting lamp", "Stutter dial tone",
            "Lamp and stutter dial tone"},
           {fixed_key("mwi-type")});
  t.option(
      "hold-alert <15-300> {idle | originator | shared | shared-idle} "
      "[recurrence <2-300>] [ring-silent-dn]",
      {"Alert audibly for calls left on hold", "Seconds before the first alert",
       "Alert the holding phone when it is idle", "Alert the holding phone whether idle or busy",
       "Alert every phone sharing the line when the line is idle",
       "Alert the idle phones sharing the line", "Repeat the alert", "Seconds between alerts",
       "Also alert silent-ring buttons"});
}

template <class Obj>
void add_restriction_and_translation(ObjectTable<Obj>& t) {
  t.option("corlist {incoming | outgoing} WORD",
           {"Apply a class of restriction list", "List for incoming calls",
            "List for outgoing calls", "COR list name"});
  t.option("translation-profile {incoming | outgoing} WORD",
           {"Apply a voice translation profile", "Profile for incoming call legs",
            "Profile for outgoing call legs", "Translation profile name"});
  t.option("translate {called | calling} <1-2147483647>",
           {"Apply a translation rule", "Translate the called number",
            "Translate the calling number", "Translation rule tag"});
}

template <class Obj>
void add_call_handling(ObjectTable<Obj>& t) {
  t.option("call-forward max-length <0-32>",
           {"", "Limit the digits of a forward-all target set from the phone",
            "Number of digits (0 disables the soft key)"});
  t.option("call-forward night-service E164",
           {"", "Forward calls during night service", "Target number"});
  t.option("call-waiting beep [accept | generate]",
           {"Configure call waiting notification", "Beep for waiting calls",
            "Accept call waiting beeps", "Generate call waiting beeps"},
           0, OptionDefault::On);
  t.option("call-waiting ring", {"", "Ring instead of beeping for waiting calls"});
  t.option("caller-id block", {"Configure caller ID", "Hide the caller ID on outgoing calls"});
  t.option("timeouts transfer-recall <1-1800>",
           {"Set timeouts", "Recall an unanswered transferred call", "Seconds before the recall"});
  t.option("cti notify",
           {"Computer telephony integration", "Keep the number available to CTI clients"});
  t.option("cti watch", {"", "Let CTI clients monitor and control the number"});
}

void add_intercom_and_paging(ObjectTable<model::EphoneDn>& t) {
  t.option(
      "intercom WORD [barge-in [no-mute] | no-auto-answer | no-mute] [label WORD] "
      "[paging E164 ptt]",
      {"Make this an intercom line", "Intercom partner number",
       "Hold the current call and connect at once", "Do not mute the called speaker",
       "Ring without answering automatically", "Do not mute the called speaker",
       "Set the intercom line label", "Label text", "Push-to-talk paging", "Paging number",
       "Use push-to-talk"});
  t.option("paging [ip A.B.C.D port <2000-65535>]",
           {"Make this a paging number", "Page by IP multicast", "Multicast address",
            "Set the UDP port", "UDP port"},
           {fixed_key("paging")});
  t.option("paging group WORD",
           {"", "Combine paging sets into one group", "Paging ephone-dn tags separated by commas"});
}

void add_park_and_trunk(ObjectTable<model::EphoneDn>& t) {
  t.option(
      "park-slot [directed] [reservation-group WORD] [reserved-for E164] "
      "[timeout <0-65535> limit <1-65535>] [notify E164 [only]] [recall] "
      "[transfer E164] [alternate E164] [retry <0-65535> limit <1-65535>]",
      {"Make this a call park slot",
       "Slot for directed call park",
       "Restrict the slot to a reservation group",
       "Reservation group number",
       "Reserve the slot for one phone",
       "Primary extension of that phone",
       "Set the reminder interval",
       "Seconds between reminders",
       "Set how many reminders",
       "Number of reminders",
       "Also ring this extension with reminders",
       "Extension to notify",
       "Ring only that extension",
       "Return the call to the parking phone at the end",
       "Transfer the call at the end",
       "Transfer target",
       "Transfer here when the target is busy",
       "Alternate target",
       "Set the retry interval",
       "Seconds between retries",
       "Set how many retries",
       "Number of retries"},
      {fixed_key("park-slot")});
  t.option("trunk E164 [timeout <3-30>] [transfer-timeout <5-60000>] [monitor-port WORD]",
           {"Bind this number to an FXO trunk line", "Destination pattern of the trunk dial peer",
            "Set the dial timeout", "Seconds", "Recall a transferred call after a delay", "Seconds",
            "Monitor an FXO port", "Voice port"});
  t.option("application WORD",
           {"Set the application of this number's dial peers", "Application name"});
}

void add_music_and_loopback(ObjectTable<model::EphoneDn>& t) {
  t.option("moh [out-call E164] [ip A.B.C.D port <2000-65535> [route A.B.C.D]]",
           {"Use a live music-on-hold feed", "Call out to reach the feed", "Number to call",
            "Multicast the feed", "Multicast address", "Set the UDP port", "UDP port",
            "Interface to send from", "Interface address"},
           {fixed_key("moh")});
  t.option("moh-group <1-5>", {"Set the music-on-hold group", "Group tag"});
  t.option("extension-range WORD to WORD",
           {"Extensions that get this number's music-on-hold group", "First extension",
            "End of the range", "Last extension"},
           1);
  t.option("feed ip A.B.C.D port <2000-65535> [route A.B.C.D] [out-call E164]",
           {"Multicast a live audio feed", "Multicast destination", "Multicast address",
            "Set the UDP port", "UDP port", "Interface to send from", "Interface address",
            "Call out to reach the feed", "Number to call"});
  t.option(
      "loopback-dn <1-15000> [forward <1-32> | strip <1-32>] [prefix E164] "
      "[suffix {E164 | QUOTED}] [retry <0-32767>] [auto-con] [codec {g711alaw | g711ulaw}]",
      {"Pair with another ephone-dn as a loopback", "Paired ephone-dn tag",
       "Forward only the last digits", "Number of digits", "Strip leading digits",
       "Number of digits", "Add digits in front", "Prefix digits", "Add digits at the end",
       "Suffix digits", "Suffix digits in quotes", "Retry the outgoing call",
       "Seconds between retries", "Connect at once with in-band alerting",
       "Force the codec of sent packets", "G.711 A-law", "G.711 mu-law"});
}

void add_call_treatment(ObjectTable<model::EphoneDn>& t) {
  t.option(
      "conference {ad-hoc [video] | meetme [video] [homogeneous]}",
      {"Use this number for hardware conferences", "Ad hoc conference number", "Video conference",
       "Meet-me conference number", "Video conference", "All parties use the same video format"},
      {fixed_key("conference")});
  t.option("conference unlocked", {"", "Let the meet-me bridge start without the soft key"});
  t.option("caller-id {local | passthrough}",
           {"Configure caller ID", "Send the local caller ID on redirected calls",
            "Send the original caller ID on redirected calls"},
           {fixed_key("caller-id")});
  t.option("ring {external | feature | internal} [primary | secondary]",
           {"Force a ring pattern", "External ring", "Feature ring", "Internal ring",
            "Only when the primary number is called", "Only when the secondary number is called"},
           {fixed_key("ring")});
  t.option("transfer-mode {blind | consult}",
           {"Set the transfer type of this number", "Transfer without consultation",
            "Transfer after consultation"},
           {fixed_key("transfer-mode")});
  t.option("night-service bell",
           {"Configure night service", "Alert the night-service bell phones"});
  t.option("forward local-calls", {"Configure forwarding", "Forward calls from local extensions"},
           0, OptionDefault::On);
  t.option("shared-line sip [max-calls <2-16>]",
           {"Configure a shared line", "Share the line with SIP phones", "Limit the calls",
            "Number of calls"});
  t.option("mailbox-selection last-redirect-num",
           {"Select the voice-mail box", "Use the last redirecting number"});
}

void add_mobility_and_groups(ObjectTable<model::EphoneDn>& t) {
  t.option("mobility", {"Enable mobility for this number"});
  t.option(
      "snr E164 delay <0-10> timeout <5-60> [cfwd-noan E164]",
      {"Single number reach", "Remote number", "Set the delay before the remote ring", "Seconds",
       "Set the remote ringing time", "Seconds", "Forward unanswered calls", "Target number"},
      {fixed_key("snr")});
  t.option("snr answer-too-soon <1-5>", {"", "Drop remote answers that come too soon", "Seconds"});
  t.option("snr calling-number local",
           {"", "Calling number shown on the remote phone", "Show this extension's number"});
  t.option("snr mode [virtual]",
           {"", "Set the single number reach mode", "Work without a registered phone"},
           {fixed_key("snr mode")});
  t.option("snr ring-stop", {"", "Stop ringing here once the remote phone answers"});
  t.option("pickup-call any-group", {"Configure call pickup", "Pick up calls of any group"});
  t.option("ephone-hunt login",
           {"Ephone hunt groups", "Allow joining and leaving ephone hunt groups"});
  t.option("voice-hunt-groups login",
           {"Voice hunt groups", "Allow joining and leaving voice hunt groups"});
}

}  // namespace

template <class Obj>
void add_dn_shared_options(ObjectTable<Obj>& t) {
  add_hunt_and_mwi(t);
  add_restriction_and_translation(t);
  add_call_handling(t);
}

template void add_dn_shared_options(ObjectTable<model::EphoneDn>& t);
template void add_dn_shared_options(ObjectTable<model::EphoneDnTemplate>& t);

void add_ephone_dn_options(ObjectTable<model::EphoneDn>& t) {
  add_dn_shared_options(t);
  add_intercom_and_paging(t);
  add_park_and_trunk(t);
  add_call_treatment(t);
  add_music_and_loopback(t);
  add_mobility_and_groups(t);
}

}  // namespace cme::modes
