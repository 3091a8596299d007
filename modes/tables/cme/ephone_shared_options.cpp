// Reference commands shared by `ephone` and `ephone-template` (../shared/reference/
// cme-commands.md, modes config-ephone and config-ephone-template).
//
// Choices made where the reference leaves room:
// - `exclude`: the reference shows one service; IOS takes several, so 1-4 distinct services in
//   any order are accepted.
// - `feature-button`: the index range is not given; <1-24> (one per feature identifier). The
//   identifier is checked against the reference's 24 names and written in their spelling.
// - `group phone`: written `group {phone ...}` so that `no group` (the reference's no form)
//   is accepted.
// - `paging-dn`: {multicast | unicast} is optional (multicast is the default and configurations
//   commonly give the tag alone); the tag range is the one of `ephone-dn`.
// - `park reservation-group`: a string of 1-32 digits.
#include "modes/tables/cme/ephone_shared_options.hpp"

#include <fmt/format.h>

#include <array>

#include "modes/tables/cme/shared_options.hpp"
#include "parser/text.hpp"

namespace cme::modes {

namespace {

constexpr std::array<std::string_view, 4> kExcluded = {"em", "myphoneapp", "directory",
                                                       "call-history"};

template <class Obj>
void add_blocking_and_codec(ObjectTable<Obj>& t) {
  t.option("after-hour exempt", {"Set after-hours call blocking for this phone",
                                 "Exempt this phone from after-hours call blocking"});
  t.option("after-hour login http", {"", "Lift after-hours call blocking by logging in",
                                     "Log in through the phone's HTTP user interface"});
  t.option("audible-tone", {"Play a tone when joining or leaving a hunt group"});
  t.option("busy-trigger-per-button <1-8>",
           {"Calls per octo-line dn before callers get busy or forwarded", "Number of calls"});
  t.option("codec {g711ulaw | g722r64 | g729r8 [dspfarm-assist] | ilbc}",
           {"Set the preferred codec of the phone", "G.711 mu-law 64 kbps", "G.722 64 kbps",
            "G.729 8 kbps", "Transcode with the DSP farm when G.711 is negotiated", "iLBC 20 ms"},
           {fixed_key("codec")});
}

template <class Obj>
void add_conference(ObjectTable<Obj>& t) {
  t.option("conference add-mode [creator]",
           {"Set ad hoc hardware conference behaviour", "Who may add parties",
            "Only the creator of the conference"},
           {fixed_key("conference add-mode")});
  t.option("conference admin", {"", "Make this phone the conference administrator"});
  t.option("conference drop-mode [creator | local]",
           {"", "When the conference ends", "When the creator hangs up",
            "When the last local party leaves"},
           {fixed_key("conference drop-mode")});
  t.option("conference max-length <3-16>",
           {"", "Longest number that may be conferenced in", "Number of digits"});
  t.option("conference-pattern blocked", {"Conferencing of transfer-pattern numbers",
                                          "Block conferencing of transfer-pattern numbers"});
  add_emergency_location(t);
}

template <class Obj>
void add_exclude_and_buttons(ObjectTable<Obj>& t) {
  const std::string level = "{em | myphoneapp | directory | call-history}";
  const std::vector<std::string> level_help = {"Extension Mobility", "My Phone Apps",
                                               "Local directory", "Call history"};
  std::vector<std::string> help = {"Hide local services from the phone"};
  for (int i = 0; i < 4; ++i) {
    help.insert(help.end(), level_help.begin(), level_help.end());
  }
  t.option("exclude " + level + " [" + level + " [" + level + " [" + level + "]]]", std::move(help),
           {fixed_key("exclude"), {one_of(1, 4, kExcluded, "service")}});
  t.option("feature-button <1-24> WORD [label LINE]",
           {"Program a line key as a feature button", "Feature button index",
            list_help("Feature", ios_words::kSccpFeatureButtons), "Text shown next to the key",
            "Label text"},
           {leading(1), {one_of(2, 2, ios_words::kSccpFeatureButtons, "feature")}});
  t.option("group {phone <1-5> [tapi <1-5>]}",
           {"Put the phone into a VRF group", "The phone's VRF group", "VRF group tag",
            "VRF group of the phone's TAPI client", "VRF group tag"},
           {fixed_key("group")});
}

template <class Obj>
void add_keys_and_lpcor(ObjectTable<Obj>& t) {
  t.option("keep-conference [drop-last] [endcall] [local-only]",
           {"Keep a three-party conference up when its initiator leaves",
            "Conference key drops the last party added",
            "Hanging up or EndCall leaves the others connected",
            "Only when one remaining party is a local extension"},
           {fixed_key("keep-conference")});
  t.option("keypad-normalize", {"Process one keypad message every 200 ms"});
  t.option("keyphone", {"Mark the phone as a key phone for the XML API"});
  add_lpcor(t, true);
  t.option("max-calls-per-button <1-8>",
           {"Most calls on each octo-line dn of the phone", "Number of calls"});
  t.option("mtp [video-only | both]",
           {"Send the phone's media through the router", "Video streams only",
            "Voice and video streams"},
           {fixed_key("mtp")});
}

template <class Obj>
void add_misc(ObjectTable<Obj>& t) {
  add_night_service_bell(t);
  t.option("nte-end-digit-delay [<10-200>]",
           {"Delay the digits of RFC 2833 NTE end events", "Delay in milliseconds"});
  add_overlap_signal(t);
  t.option("paging-dn <1-15000> [multicast | unicast]",
           {"Answer pages of a paging dn in speaker mode", "Paging ephone-dn tag",
            "Multicast paging where possible", "Unicast paging"},
           {fixed_key("paging-dn")});
  t.option("park reservation-group WORD",
           {"Call park settings", "Park slots this phone may retrieve from",
            "Reservation group number (up to 32 digits)"},
           {fixed_key("park reservation-group"), {digits(2, 1, 32, "reservation group")}});
  t.option("privacy [off | on]", {"Set privacy for the phone", "Disable privacy", "Enable privacy"},
           {fixed_key("privacy")});
  t.option("privacy-button", {"Add a Privacy feature button"});
  t.option("transfer-park blocked",
           {"Transfers to call park", "Block transfers to call park slots"});
  add_stun_usage(t);
}

template <class Obj>
void add_shared(ObjectTable<Obj>& t) {
  add_blocking_and_codec(t);
  add_conference(t);
  add_exclude_and_buttons(t);
  add_keys_and_lpcor(t);
  add_misc(t);
}

}  // namespace

void add_ephone_shared_options(ObjectTable<model::Ephone>& t) {
  add_shared(t);
}
void add_ephone_shared_options(ObjectTable<model::EphoneTemplate>& t) {
  add_shared(t);
}

}  // namespace cme::modes
