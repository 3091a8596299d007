// Reference commands of `voice register dn` kept as options (issue 3), from
// ../shared/reference/cme-commands.md. Typed elsewhere (register_dn_commands.cpp): number,
// preference, name, label, allow watch.
//
// Left out: nothing; every other command of the mode is a setting.
//
// The intercom destination is a WORD: intercom numbers may hold letters (A5001) so that they
// cannot be dialed by hand.
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

namespace {

using Dn = model::VoiceRegisterDn;

void add_forwarding(ObjectTable<Dn>& t) {
  add_b2bua_forwarding(t, "line", true);
}

void add_snr(ObjectTable<Dn>& t) {
  t.option("snr E164 delay <0-30> timeout <30-60> [cfwd-noan E164]",
           {"Configure single number reach", "Remote number to ring",
            "Set the delay before the remote number rings", "Delay in seconds",
            "Set how long the remote number rings", "Ring time in seconds",
            "Forward unanswered calls at the end", "Number to forward to"});
  t.option("snr answer-too-soon <1-5>",
           {"", "Ignore answers sooner than this (remote voice mail)", "Time in seconds"});
  t.option("snr calling-number local",
           {"", "Set the caller ID sent to the remote number", "Send the local number"});
  t.option("snr ring-stop", {"", "Stop ringing the phone once the remote number answers"});
  t.option("mobility", {"Enable mobility on the line"});
}

void add_features(ObjectTable<Dn>& t) {
  t.option("auto-answer", {"Make the line an intercom line that answers by itself"});
  t.option("huntstop [channel <1-50>]",
           {"Stop calls to this line from hunting to other lines",
            "Limit the channels that accept incoming calls", "Number of channels"});
  t.option("intercom [speed-dial WORD] [label {QUOTED | WORD}]",
           {"Enable intercom calls on the line", "Dial a fixed destination",
            "Destination number ('+' locks it, '#' lets the user set it)", "Set the button text",
            "Button text with blanks", "Button text"},
           {first_words(1)});
  t.option("mwi", {"Enable message-waiting indication"});
  t.option("night-service bell",
           {"Configure night service", "Alert night-service phones for calls to this line"});
  t.option("no-reg", {"Do not register the number with the external SIP registrar"});
  t.option("pickup-call any-group",
           {"Configure call pickup", "Pick up calls of any group with the group pickup key"});
  t.option("pickup-group WORD", {"Put the line in a call pickup group", "Pickup group number"});
  t.option("refer target dial-peer", {"Configure SIP REFER handling", "Set the Refer-To target",
                                      "Use the address of the dial peer"});
  t.option("shared-line [max-calls <2-16>]",
           {"Share the line among several phones", "Limit the calls on the shared line",
            "Maximum number of calls"},
           {first_words(1)});
  t.option("timeouts transfer-recall <1-1800>",
           {"Set timeouts", "Recall transferred calls that are not answered", "Time in seconds"});
  t.option("translation-profile incoming WORD",
           {"Apply a translation profile", "Translate incoming calls", "Translation profile name"});
  t.option("voice-hunt-groups login",
           {"Configure voice hunt groups", "Let the line join and leave voice hunt groups"});
}

}  // namespace

void add_register_dn_options(ObjectTable<model::VoiceRegisterDn>& t) {
  add_forwarding(t);
  add_features(t);
  add_snr(t);
}

}  // namespace cme::modes
