// `voice register template`: the command reference's commands for this mode, kept as options
// (the mode has no typed commands).
//
// Left out: nothing. Notes:
//   cor ... starting-number [- ending-number]: the number or range is read as the rest of the
//     line and checked here (a spec keyword cannot start with '-').
//   keep-conference is stored when given (Off by default) although the reference says
//     "enabled": Cisco's examples print it in running-config.
//   softkeys, feature-button, exclude: lists of IOS words in any order, stored in IOS spelling
//     (register_options.hpp).
#include <array>

#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

namespace {

using Table = ObjectTable<model::VoiceRegisterTemplate>;

/// `ringIn`, `appDialRule`, `dirLookupRule`, `ldapServer` as IOS writes them.
constexpr std::array<std::string_view, 4> kMixedCase = {"ringIn", "AppDialRule", "DirLookupRule",
                                                        "ldapServer"};
constexpr std::array<std::string_view, 3> kExcluded = {"em", "myphoneapps", "directory"};

/// `button-layout`: the button string holds button numbers and ranges ("2,5", "8,10-11").
std::optional<std::string> button_string(const parser::Args& args, std::vector<std::string>&) {
  if (args.get("buttons").find_first_not_of("0123456789,-") != std::string_view::npos) {
    return "Invalid button list: " + std::string(args.get("buttons"));
  }
  return std::nullopt;
}

/// `cor`: a directory number or a range of them ("8000", "8000 - 8099", "8000-8099").
std::optional<std::string> cor_numbers(const parser::Args& args, std::vector<std::string>&) {
  if (!args.has("numbers")) {
    return std::nullopt;
  }
  std::string digits;
  for (char c : args.get("numbers")) {
    if (c != ' ') {
      digits += c;
    }
  }
  const auto dash = digits.find('-');
  auto all_digits = [](std::string_view s) {
    return !s.empty() && s.size() <= 32 && s.find_first_not_of("0123456789") == s.npos;
  };
  const bool ok = dash == std::string::npos
                      ? all_digits(digits)
                      : all_digits(digits.substr(0, dash)) && all_digits(digits.substr(dash + 1));
  if (!ok) {
    return "Invalid number range: " + std::string(args.get("numbers"));
  }
  return std::nullopt;
}

void add_calls(Table& t) {
  t.option("anonymous block", {"Anonymous calls", "Reject calls without caller ID"});
  t.option("caller-id block", {"Caller ID", "Hide caller ID on outgoing calls"});
  t.option("dnd-control", {"Let users control do-not-disturb"}, 0, OptionDefault::On);
  t.option("transfer-attended", {"Attended transfer soft key"}, 0, OptionDefault::On);
  t.option("transfer-blind", {"Blind transfer soft key"}, 0, OptionDefault::On);
  t.option(
      "transfer max-length <3-16>",
      {"Transfer restrictions", "Longest number a call may be transferred to", "Number of digits"});
  t.option("transfer-pattern blocked",
           {"Trunk-to-trunk transfers", "Block every trunk-to-trunk transfer"});
  t.option("keep-conference", {"Keep the other parties connected when the initiator leaves"});
  t.option("voicemail E164 timeout <5-60000>",
           {"Forward unanswered calls to voicemail", "Voicemail number", "Time before forwarding",
            "Seconds"});
  t.option("dialplan <1-24>", {"SIP dial plan of the phones", "Dial plan tag"});
  t.option("digit collect kpml", {"Digit collection", "Collect digits", "Report digits with KPML"},
           0, OptionDefault::On);
  add_overlap_signal(t);
  t.option("park reservation-group E164",
           {"Call park settings", "Park slots the phones may retrieve from", "Group number"});
  t.option("paging-dn <1-15000> {multicast | unicast}",
           {"Paging number the phones answer", "Paging ephone-dn tag", "Multicast paging",
            "Unicast paging"});
  add_night_service_bell(t);
}

void add_conference(Table& t) {
  t.option("conference", {"Conference soft key"}, 0, OptionDefault::On);
  t.option(
      "conference add-mode [creator]",
      {"Conference soft key", "Who may add parties to a hardware conference", "Only the creator"},
      {first_words(2)});
  t.option("conference admin",
           {"Conference soft key", "Make the phones hardware conference administrators"});
  t.option("conference drop-mode {creator | local}",
           {"Conference soft key", "When a hardware conference ends", "When the creator hangs up",
            "When the last local party hangs up"},
           {first_words(2)});
  t.option("conference max-length <3-16>",
           {"Conference soft key", "Longest number a conference may add", "Number of digits"});
  t.option("conference-pattern blocked",
           {"External conference parties", "Block external numbers in conferences"});
}

void add_restrictions(Table& t) {
  // cor-list-number: the reference gives no bound (up to 4 lists per configuration).
  t.option("cor {incoming | outgoing} WORD {<1-20> LINE$numbers | default}",
           {"Class of restriction of the phones' dial peers", "Incoming calls", "Outgoing calls",
            "COR list name", "COR list number", "Directory number or range (first - last)",
            "Use the default COR list"},
           {first_words(2), {cor_numbers}});
  add_lpcor(t, true);
  add_emergency_location(t);
  add_stun_usage(t);
  t.option("group <1-5>", {"VRF group of the phones", "Group tag"});
}

void add_privacy(Table& t) {
  t.option("privacy {off | on}",
           {"Privacy on shared lines", "Privacy off at start", "Privacy on at start"},
           {first_words(1)});
  t.option("privacy-button", {"Privacy feature button on shared lines"});
  t.option("vad", {"Voice activity detection"});
  t.option("video", {"Video on the phones"});
  t.option("camera", {"USB camera on the phones"});
  t.option("phone-mode phone-only", {"Jabber client mode", "Phone-only Jabber clients"});
  t.option("exclude LINE$services",
           {"Hide local services on the phones", "Services: em myphoneapps directory"},
           {first_words(1), {list_of("services", kExcluded, "service")}});
}

/// `softkeys <state> LINE`: the keys of the state in any order, each once, as IOS spells them.
void add_softkeys_state(Table& t, const std::string& state, const std::string& help, WordSet keys) {
  std::string in_order = "Soft keys in display order:";
  for (const auto key : keys) {
    in_order += " " + std::string(key);
  }
  t.option("softkeys " + state + " LINE$keys", {"Soft keys", help, in_order},
           {first_words(2), {spelled(kMixedCase), list_of("keys", keys, "soft key")}});
}

void add_softkeys(Table& t) {
  namespace w = ios_words;
  add_softkeys_state(t, "connected", "Keys for the connected state", w::kSipConnectedKeys);
  add_softkeys_state(t, "idle", "Keys for the idle state", w::kSipIdleKeys);
  t.option("softkeys personal-conf-user",
           {"Soft keys", "Personal soft keys on 7832/8832 conference phones"});
  add_softkeys_state(t, "remote-in-use", "Keys when a shared line is in use elsewhere",
                     w::kSipRemoteInUseKeys);
  add_softkeys_state(t, "ringIn", "Keys for the ringing state", w::kSipRingInKeys);
  add_softkeys_state(t, "seized", "Keys for the seized state", w::kSipSeizedKeys);
}

void add_buttons(Table& t) {
  t.option(
      "button-layout WORD$buttons {line | speed-dial | blf-speed-dial | feature-button | "
      "url-button}",
      {"Order of the phone buttons", "Buttons, e.g. 2,5 or 8,10-11", "Lines", "Speed dials",
       "BLF speed dials", "Feature buttons", "URL buttons"},
      {first_words(2), {button_string}});
  // Feature button index: the reference gives no bound; 24 as for SCCP feature buttons.
  t.option("feature-button <1-24> WORD$feature",
           {"Feature button on a line key", "Button index",
            list_help("Feature", ios_words::kSipFeatureButtons)},
           {first_words(2), {list_of("feature", ios_words::kSipFeatureButtons, "feature")}});
  t.option("url-button <1-8> URL [WORD]",
           {"Service URL on a line key", "Button index", "Service URL", "Button label"}, 1);
}

void add_urls(Table& t) {
  const std::string urls = "URLs for the phones";
  const auto ios_case = spelled(kMixedCase);
  t.option("url appDialRule URL", {urls, "Application dial rules file", "File URL"},
           {first_words(2), {ios_case}});
  t.option("url dirLookupRule URL", {urls, "Directory lookup rules file", "File URL"},
           {first_words(2), {ios_case}});
  t.option("url ldapServer WORD", {urls, "LDAP server", "Server name"},
           {first_words(2), {ios_case}});
  // idle-timeout: the reference gives no range; 0-300 as for telephony-service `url idle`.
  t.option("url idle URL [idle-timeout <0-300>]",
           {urls, "Idle display", "Idle page URL", "Refresh interval of the idle page", "Seconds"});
  t.option("url service URL", {urls, "Services button", "Services URL"});
  t.option(
      "user-locale {<0-4> [[{u1 | u2 | u3 | u4 | u5}] WORD [load WORD]] | "
      "[{u1 | u2 | u3 | u4 | u5}] WORD [load WORD]}",
      {"Display language of the phones", "Locale tag", "User-defined locale 1",
       "User-defined locale 2", "User-defined locale 3", "User-defined locale 4",
       "User-defined locale 5", "Country or language code, e.g. DE", "Install a locale package",
       "Locale package file", "User-defined locale 1", "User-defined locale 2",
       "User-defined locale 3", "User-defined locale 4", "User-defined locale 5",
       "Country or language code, e.g. DE", "Install a locale package", "Locale package file"},
      {first_words(1), {spelled(ios_words::kUserLocales)}});
}

}  // namespace

void add_register_template_options(ObjectTable<model::VoiceRegisterTemplate>& t) {
  add_calls(t);
  add_conference(t);
  add_restrictions(t);
  add_privacy(t);
  add_softkeys(t);
  add_buttons(t);
  add_urls(t);
}

}  // namespace cme::modes
