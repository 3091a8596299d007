// Reference commands of `ephone-template` kept as options (issue 3), from
// ../shared/reference/cme-commands.md (mode config-ephone-template). The commands `ephone`
// also takes are in ephone_shared_options.cpp.
//
// Typed elsewhere (ephone_template_commands.cpp): keepalive. Nothing is left out.
// Choices made where the reference leaves room:
// - Names IOS writes with capitals (months, days, soft keys, blocked features) are values
//   checked against the reference's list, in any case or abbreviated, and stored in the
//   reference's spelling (`softkeys idle redial newcall` shows as `softkeys idle Redial
//   Newcall`). Soft keys and blocked features may be given in any order, each once.
// - `after-hours block pattern`: the pattern may be a regular expression (CME 9.5), so any
//   token of at most 32 characters.
// - `after-hours date`: the day must exist in the month (Feb 29 allowed).
// - `button-layout`: the reference's two forms `phone-type {1 | 2}` (7931 fixed sets) and
//   `button-string button-type` share one value: a phone type before 1 or 2, a list of button
//   numbers and ranges (1,3-5) before a button type.
// - `mlpp service-domain`: the domain number is 1-6 hex digits with an optional 0x; the
//   precedence is 0-4 for dsn and 0-5 for drsn.
// - `fastdial`, `url services`, `url-button`: name lengths as the reference gives them.
#include <cctype>

#include "modes/detail/phone_type_spec.hpp"
#include "modes/tables/cme/ephone_shared_options.hpp"

namespace cme::modes {

namespace {

using Templates = ObjectTable<model::EphoneTemplate>;

/// `features blocked`: the features that may be blocked.
constexpr std::array<std::string_view, 6> kBlockedFeatures = {"CFwdAll", "Confrn", "GpickUp",
                                                              "Park",    "PickUp", "Trnsfer"};

bool all_chars(const std::string& s, const char* allowed) {
  return !s.empty() && s.find_first_not_of(allowed) == std::string::npos;
}

/// `after-hours date <month> <day>`: the day exists in the month (words already canonical).
std::optional<std::string> check_date(const parser::Args&, std::vector<std::string>& words) {
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (words.size() < 4) {
    return std::nullopt;
  }
  for (std::size_t m = 0; m < ios_words::kMonths.size(); ++m) {
    if (words[2] == ios_words::kMonths[m] && std::stoi(words[3]) > days[m]) {
      return std::string(ios_words::kMonths[m]) + " has no day " + words[3];
    }
  }
  return std::nullopt;
}

/// `button-layout <what> <type>`: a phone type before 1/2, button numbers before a type.
std::optional<std::string> check_button_layout(const parser::Args&,
                                               std::vector<std::string>& words) {
  if (words.size() < 3) {
    return std::nullopt;
  }
  const bool fixed_set = words[2] == "1" || words[2] == "2";
  if (fixed_set && !all_chars(words[1],
                              "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP"
                              "QRSTUVWXYZ-")) {
    return "Invalid phone type \"" + words[1] + "\"";
  }
  if (!fixed_set && (!all_chars(words[1], "0123456789,-") ||
                     !std::isdigit(static_cast<unsigned char>(words[1].front())))) {
    return "Invalid button list \"" + words[1] + "\": give numbers and ranges, e.g. 1,3-5";
  }
  return std::nullopt;
}

/// `mlpp service-domain {drsn | dsn} identifier <hex> max-precedence <level>`.
std::optional<std::string> check_service_domain(const parser::Args&,
                                                std::vector<std::string>& words) {
  if (words.size() < 5) {
    return std::nullopt;
  }
  std::string hex = words[4];
  if (hex.size() > 2 && (hex.compare(0, 2, "0x") == 0 || hex.compare(0, 2, "0X") == 0)) {
    hex = hex.substr(2);
  }
  if (hex.size() > 6 || !all_chars(hex, "0123456789abcdefABCDEF")) {
    return "The domain number must be 0x000000 to 0xFFFFFF";
  }
  if (words.size() > 6 && words[2] == "dsn" && words[6] == "5") {
    return "The precedence of a dsn domain is 0 to 4";
  }
  return std::nullopt;
}

void add_after_hours(Templates& t) {
  t.option("after-hours block pattern <1-100> WORD [7-24]",
           {"Set after-hours call blocking", "Block outgoing calls", "Pattern of blocked numbers",
            "Pattern tag", "Dialed digits or regular expression", "Block at all times"},
           {leading(1), {text_limit(4, 32, "", "pattern")}});
  t.option("after-hours date WORD <1-31> HH:MM HH:MM",
           {"", "Block on a date every year",
            "Month: Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec",
            "Day of the month", "Start time", "Stop time"},
           {leading(2), {one_of(2, 2, ios_words::kMonths, "month"), check_date}});
  t.option("after-hours day WORD HH:MM HH:MM",
           {"", "Block on a day every week", "Day: Sun, Mon, Tue, Wed, Thu, Fri or Sat",
            "Start time", "Stop time"},
           {leading(1), {one_of(2, 2, ios_words::kDays, "day")}});
  t.option("after-hours override-code WORD",
           {"", "Code that lifts the blocking", "Code of digits 0-9"},
           {fixed_key("after-hours override-code"), {digits(2, 1, 32, "override code")}});
}

void add_layout_and_features(Templates& t) {
  t.option(
      "button-layout WORD {1 | 2 | line | speed-dial | blf-speed-dial | feature | url}",
      {"Lay out the phone's buttons", "Phone type (7931), or button numbers and ranges (1,3-5)",
       "Fixed feature button set 1", "Fixed feature button set 2", "Line buttons",
       "Speed-dial buttons", "BLF speed-dial buttons", "Feature buttons", "URL buttons"},
      {leading(1), {check_button_layout}});
  std::string spec = "features blocked";
  std::vector<std::string> help = {"Phone features", "Block features on the phones"};
  for (int i = 0; i < 6; ++i) {
    spec += " [WORD";
    help.push_back(list_help("Feature", kBlockedFeatures));
  }
  spec += std::string(6, ']');
  t.option(spec, std::move(help),
           {fixed_key("features blocked"), {one_of(2, 7, kBlockedFeatures, "feature")}});
}

void add_mlpp_and_locale(Templates& t) {
  t.option("mlpp indication",
           {"Multilevel precedence and preemption", "Play precedence tones and show precedence"}, 0,
           OptionDefault::On);
  t.option("mlpp max-precedence <0-4>",
           {"", "Highest precedence users may request", "Precedence, 0 is the highest"});
  t.option("mlpp preemption", {"", "Let MLPP calls preempt this phone's calls"}, 0,
           OptionDefault::On);
  t.option("mlpp service-domain {drsn | dsn} identifier WORD max-precedence <0-5>",
           {"", "Set the MLPP domain", "Defense Red Switched Network", "Defense Switched Network",
            "Domain number", "Domain number, 0x000000-0xFFFFFF", "Highest precedence in the domain",
            "Precedence, 0 is the highest"},
           {fixed_key("mlpp service-domain"), {check_service_domain}});
  t.option("network-locale <0-4>",
           {"Select a network locale (tones and cadences)", "Network locale tag"});
  t.option("user-locale <0-4>", {"Select a user locale (display language)", "User locale tag"});
}

/// `softkeys <state> [WORD ...]`: up to as many keys as the state has, each once, any order.
void add_softkeys_state(Templates& t, const std::string& state, std::string state_help,
                        WordSet keys) {
  std::string spec = "softkeys " + state;
  std::vector<std::string> help = {state == "alerting" ? "Set the soft keys of a call state" : "",
                                   std::move(state_help)};
  for (std::size_t i = 0; i < keys.size(); ++i) {
    spec += " [WORD";
    help.push_back(list_help("Soft key", keys));
  }
  spec += std::string(keys.size(), ']');
  t.option(spec, std::move(help),
           {fixed_key("softkeys " + state), {one_of(2, 1 + keys.size(), keys, "soft key")}});
}

void add_softkeys(Templates& t) {
  namespace w = ios_words;
  add_softkeys_state(t, "alerting", "Keys while the far end rings or is busy",
                     w::kSccpAlertingKeys);
  add_softkeys_state(t, "connected", "Keys during a connected call", w::kSccpConnectedKeys);
  add_softkeys_state(t, "hold", "Keys while a call is on hold", w::kSccpHoldKeys);
  add_softkeys_state(t, "idle", "Keys while the phone is idle", w::kSccpIdleKeys);
  add_softkeys_state(t, "remote-in-use", "Keys while another phone uses a shared line",
                     w::kSccpRemoteInUseKeys);
  add_softkeys_state(t, "ringing", "Keys while a call rings", w::kSccpRingingKeys);
  add_softkeys_state(t, "seized", "Keys while the phone is off hook", w::kSccpSeizedKeys);
}

void add_dial_and_urls(Templates& t) {
  t.option("speed-dial <1-33> E164 [label LINE]",
           {"Define a speed dial", "Speed-dial tag", "Number to dial (+ locks it, # is empty)",
            "Text shown next to the button", "Label text"},
           1);
  t.option("fastdial <1-100> E164 name WORD",
           {"Define a personal speed dial", "Fast-dial tag", "Number to dial",
            "Name shown in the menu", "Name, up to 24 characters"},
           {leading(1), {text_limit(4, 24, "&%;<>|", "name")}});
  auto type = detail::sccp_type_spec();
  t.option(type.spec, std::move(type.help), {fixed_key("type")});
  t.option("url services <1-8> URL WORD",
           {"Set service URLs", "Add an entry to the Services menu", "Entry tag", "Service URL",
            "Name shown in the menu"},
           {leading(1), {text_limit(4, 256, "", "name")}});
  t.option(
      "url-button <1-8> {myphoneapp | em | snr | voicehuntgroups | park-list | URL "
      "[LINE]}",
      {"Program a line key as a service button", "URL button index", "My Phone Apps",
       "Extension Mobility", "Single number reach", "Voice hunt groups", "Parked calls list",
       "Service URL", "Label, up to 31 characters"},
      {leading(1), {text_limit(3, 31, "", "label")}});
}

}  // namespace

void add_ephone_template_options(Templates& t) {
  add_after_hours(t);
  add_ephone_shared_options(t);
  add_layout_and_features(t);
  add_mlpp_and_locale(t);
  add_softkeys(t);
  add_dial_and_urls(t);
}

}  // namespace cme::modes
