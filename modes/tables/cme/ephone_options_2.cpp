// Reference commands shared by `ephone` and `ephone-template` (../shared/reference/
// cme-commands.md, modes config-ephone and config-ephone-template), and the rule options they
// use (ephone_options_2.hpp).
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
#include "modes/tables/cme/ephone_options_2.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "parser/text.hpp"

namespace cme::modes {

namespace {

/// The name `word` stands for: an exact match in any case, else the one name it abbreviates.
/// Error text when there is none or several.
std::string match_name(const std::vector<std::string>& names, std::string_view word,
                       const std::string& what, std::string& error) {
  std::vector<std::string> hits;
  for (const auto& n : names) {
    if (parser::equal_ci(n, word)) {
      return n;
    }
    if (parser::common_prefix_ci(n, word) == word.size()) {
      hits.push_back(n);
    }
  }
  if (hits.size() == 1) {
    return hits.front();
  }
  error = fmt::format("% {} {} \"{}\"", hits.empty() ? "Invalid" : "Ambiguous", what, word);
  return {};
}

}  // namespace

OptionRule option_rule(CanonRule rule) {
  OptionRule r;
  if (!rule.key.empty()) {
    r.key = fixed_key(rule.key);
  }
  r.key_values = rule.key_values;
  r.by_default = rule.default_on ? OptionDefault::On : OptionDefault::Off;
  if (rule.canon) {
    r.rewrite = [canon = rule.canon](const parser::Args& args) -> Result<std::string, std::string> {
      std::vector<std::string> words = args.words();
      if (auto error = canon(words); !error.empty()) {
        return Err{error.rfind("% ", 0) == 0 ? error.substr(2) : error};
      }
      return join_words(words);
    };
  }
  return r;
}

OptionCanon one_of(std::size_t first, std::size_t last, std::vector<std::string> names,
                   std::string what) {
  return [=](std::vector<std::string>& words) -> std::string {
    std::vector<std::string> seen;
    for (std::size_t i = first; i <= last && i < words.size(); ++i) {
      std::string error;
      std::string name = match_name(names, words[i], what, error);
      if (!error.empty()) {
        return error;
      }
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        return fmt::format("% Duplicate {} \"{}\"", what, name);
      }
      seen.push_back(name);
      words[i] = name;
    }
    return {};
  };
}

OptionCanon digits(std::size_t at, std::size_t min, std::size_t max, std::string what) {
  return [=](std::vector<std::string>& words) -> std::string {
    if (at >= words.size()) {
      return {};
    }
    const auto& w = words[at];
    const bool all_digits =
        std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!all_digits || w.size() < min || w.size() > max) {
      return fmt::format("% The {} must be {} to {} digits", what, min, max);
    }
    return {};
  };
}

OptionCanon text_limit(std::size_t at, std::size_t max, std::string banned, std::string what) {
  return [=](std::vector<std::string>& words) -> std::string {
    if (at >= words.size()) {
      return {};
    }
    const auto& w = words[at];
    if (w.size() > max) {
      return fmt::format("% The {} is longer than {} characters", what, max);
    }
    if (w.find_first_of(banned) != std::string::npos) {
      return fmt::format("% The {} may not contain any of {}", what, banned);
    }
    return {};
  };
}

OptionCanon all_of(std::initializer_list<OptionCanon> canons) {
  return [list = std::vector<OptionCanon>(canons)](std::vector<std::string>& words) {
    for (const auto& c : list) {
      if (std::string error = c(words); !error.empty()) {
        return error;
      }
    }
    return std::string();
  };
}

namespace {

template <class Obj>
void add_blocking_and_codec(ObjectTable<Obj>& t) {
  t.option("after-hour exempt", {"Set after-hours call blocking for this phone",
                                 "Exempt this phone from after-hours call blocking"});
  t.option("after-hour login http", {"", "Lift after-hours call blocking by logging in",
                                     "Log in through the phone's HTTP user interface"});
  t.option("audible-tone", {"Play a tone when joining or leaving a hunt group"});
  t.option("busy-trigger-per-button <1-8>",
           {"Calls per octo-line dn before callers get busy or forwarded", "Number of calls"});
  rule_option(
      t, "codec {g711ulaw | g722r64 | g729r8 [dspfarm-assist] | ilbc}",
      {"Set the preferred codec of the phone", "G.711 mu-law 64 kbps", "G.722 64 kbps",
       "G.729 8 kbps", "Transcode with the DSP farm when G.711 is negotiated", "iLBC 20 ms"},
      canon_key("codec"));
}

template <class Obj>
void add_conference(ObjectTable<Obj>& t) {
  rule_option(t, "conference add-mode [creator]",
              {"Set ad hoc hardware conference behaviour", "Who may add parties",
               "Only the creator of the conference"},
              canon_key("conference add-mode"));
  t.option("conference admin", {"", "Make this phone the conference administrator"});
  rule_option(t, "conference drop-mode [creator | local]",
              {"", "When the conference ends", "When the creator hangs up",
               "When the last local party leaves"},
              canon_key("conference drop-mode"));
  t.option("conference max-length <3-16>",
           {"", "Longest number that may be conferenced in", "Number of digits"});
  t.option("conference-pattern blocked", {"Conferencing of transfer-pattern numbers",
                                          "Block conferencing of transfer-pattern numbers"});
  t.option("emergency response location <1-2147483647>",
           {"Emergency (E911) settings", "Emergency response location",
            "Assign an emergency response location", "Emergency response location tag"});
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
  rule_option(
      t, "exclude " + level + " [" + level + " [" + level + " [" + level + "]]]", std::move(help),
      canon_key("exclude",
                one_of(1, 4, {"em", "myphoneapp", "directory", "call-history"}, "service")));
  rule_option(
      t, "feature-button <1-24> WORD [label LINE]",
      {"Program a line key as a feature button", "Feature button index",
       "Feature: Redial, Hold, Trnsfer, Cfwdall, Privacy, MeetMe, Confrn, Park, Pickup, "
       "Gpickup, Mobility, Dnd, ConfList, RmLstC, CallBack, NewCall, EndCall, HLog, "
       "NiteSrv, Acct, Flash, Login, TrnsfVM or LiveRcd",
       "Text shown next to the key", "Label text"},
      CanonRule{"", 1,
                one_of(2, 2, {"Redial",   "Hold",   "Trnsfer",  "Cfwdall", "Privacy",  "MeetMe",
                              "Confrn",   "Park",   "Pickup",   "Gpickup", "Mobility", "Dnd",
                              "ConfList", "RmLstC", "CallBack", "NewCall", "EndCall",  "HLog",
                              "NiteSrv",  "Acct",   "Flash",    "Login",   "TrnsfVM",  "LiveRcd"},
                       "feature"),
                false});
  rule_option(t, "group {phone <1-5> [tapi <1-5>]}",
              {"Put the phone into a VRF group", "The phone's VRF group", "VRF group tag",
               "VRF group of the phone's TAPI client", "VRF group tag"},
              canon_key("group"));
}

template <class Obj>
void add_keys_and_lpcor(ObjectTable<Obj>& t) {
  rule_option(t, "keep-conference [drop-last] [endcall] [local-only]",
              {"Keep a three-party conference up when its initiator leaves",
               "Conference key drops the last party added",
               "Hanging up or EndCall leaves the others connected",
               "Only when one remaining party is a local extension"},
              canon_key("keep-conference"));
  t.option("keypad-normalize", {"Process one keypad message every 200 ms"});
  t.option("keyphone", {"Mark the phone as a key phone for the XML API"});
  t.option("lpcor incoming WORD", {"Logical partitioning class of restriction",
                                   "Policy for calls to the phone", "LPCOR resource group"});
  t.option("lpcor outgoing WORD", {"", "Policy for calls from the phone", "LPCOR resource group"});
  rule_option(t, "lpcor type {local | mobile | remote}",
              {"", "How the phone reaches the router", "Always through the LAN",
               "Through the LAN or the WAN", "Always through the WAN"},
              canon_key("lpcor type"));
  t.option("max-calls-per-button <1-8>",
           {"Most calls on each octo-line dn of the phone", "Number of calls"});
  rule_option(t, "mtp [video-only | both]",
              {"Send the phone's media through the router", "Video streams only",
               "Voice and video streams"},
              canon_key("mtp"));
}

template <class Obj>
void add_misc(ObjectTable<Obj>& t) {
  t.option("night-service bell",
           {"Night service settings", "Alert this phone when night-service dns ring"});
  t.option("nte-end-digit-delay [<10-200>]",
           {"Delay the digits of RFC 2833 NTE end events", "Delay in milliseconds"});
  t.option("overlap-signal", {"Send dialed digits one at a time (overlap dialing)"});
  rule_option(t, "paging-dn <1-15000> [multicast | unicast]",
              {"Answer pages of a paging dn in speaker mode", "Paging ephone-dn tag",
               "Multicast paging where possible", "Unicast paging"},
              canon_key("paging-dn"));
  rule_option(t, "park reservation-group WORD",
              {"Call park settings", "Park slots this phone may retrieve from",
               "Reservation group number (up to 32 digits)"},
              canon_key("park reservation-group", digits(2, 1, 32, "reservation group")));
  rule_option(t, "privacy [off | on]",
              {"Set privacy for the phone", "Disable privacy", "Enable privacy"},
              canon_key("privacy"));
  t.option("privacy-button", {"Add a Privacy feature button"});
  t.option("transfer-park blocked",
           {"Transfers to call park", "Block transfers to call park slots"});
  t.option("voice-class stun-usage <1-10000>",
           {"Voice class settings", "Apply a STUN usage voice class", "STUN usage class tag"});
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
