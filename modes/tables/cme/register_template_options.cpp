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
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/register_options.hpp"

namespace cme::modes {

namespace {

using Table = ObjectTable<model::VoiceRegisterTemplate>;

using register_options::keyed_option;
using register_options::spelled;
using register_options::word_list;

/// `button-layout`: the button string holds button numbers and ranges ("2,5", "8,10-11").
Result<std::string, std::string> button_string(const parser::Args& args) {
  for (char c : args.get("buttons")) {
    if ((c < '0' || c > '9') && c != ',' && c != '-') {
      return Err{std::string("Invalid button list: ") + std::string(args.get("buttons"))};
    }
  }
  return option_text(args);
}

/// `cor`: a directory number or a range of them ("8000", "8000 - 8099", "8000-8099").
Result<std::string, std::string> cor_numbers(const parser::Args& args) {
  if (!args.has("numbers")) {
    return option_text(args);
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
    return Err{std::string("Invalid number range: ") + std::string(args.get("numbers"))};
  }
  return option_text(args);
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
  t.option("overlap-signal", {"Send dialed digits one by one (overlap dialing)"});
  t.option("park reservation-group E164",
           {"Call park settings", "Park slots the phones may retrieve from", "Group number"});
  t.option("paging-dn <1-15000> {multicast | unicast}",
           {"Paging number the phones answer", "Paging ephone-dn tag", "Multicast paging",
            "Unicast paging"});
  t.option("night-service bell", {"Night service", "Alert the phones for night-service calls"});
}

void add_conference(Table& t) {
  t.option("conference", {"Conference soft key"}, 0, OptionDefault::On);
  keyed_option(
      t, "conference add-mode [creator]",
      {"Conference soft key", "Who may add parties to a hardware conference", "Only the creator"},
      first_words(2));
  t.option("conference admin",
           {"Conference soft key", "Make the phones hardware conference administrators"});
  keyed_option(t, "conference drop-mode {creator | local}",
               {"Conference soft key", "When a hardware conference ends",
                "When the creator hangs up", "When the last local party hangs up"},
               first_words(2));
  t.option("conference max-length <3-16>",
           {"Conference soft key", "Longest number a conference may add", "Number of digits"});
  t.option("conference-pattern blocked",
           {"External conference parties", "Block external numbers in conferences"});
}

void add_restrictions(Table& t) {
  // cor-list-number: the reference gives no bound (up to 4 lists per configuration).
  keyed_option(t, "cor {incoming | outgoing} WORD {<1-20> LINE$numbers | default}",
               {"Class of restriction of the phones' dial peers", "Incoming calls",
                "Outgoing calls", "COR list name", "COR list number",
                "Directory number or range (first - last)", "Use the default COR list"},
               first_words(2), cor_numbers);
  t.option("lpcor incoming WORD", {"Logical partitioning class of restriction",
                                   "Policy for incoming calls", "Resource group name"});
  t.option("lpcor outgoing WORD", {"Logical partitioning class of restriction",
                                   "Policy for outgoing calls", "Resource group name"});
  keyed_option(t, "lpcor type {local | mobile | remote}",
               {"Logical partitioning class of restriction", "Where the phones register",
                "Always over the LAN", "Over the LAN or the WAN", "Always over the WAN"},
               first_words(2));
  t.option("emergency response location <1-2147483647>",
           {"Emergency (E911) settings", "Emergency response", "Emergency response location",
            "Location tag"});
  t.option("voice-class stun-usage <1-10000>",
           {"Voice class", "STUN usage voice class for firewall traversal", "Class tag"});
  t.option("group <1-5>", {"VRF group of the phones", "Group tag"});
}

void add_privacy(Table& t) {
  keyed_option(t, "privacy {off | on}",
               {"Privacy on shared lines", "Privacy off at start", "Privacy on at start"},
               first_words(1));
  t.option("privacy-button", {"Privacy feature button on shared lines"});
  t.option("vad", {"Voice activity detection"});
  t.option("video", {"Video on the phones"});
  t.option("camera", {"USB camera on the phones"});
  t.option("phone-mode phone-only", {"Jabber client mode", "Phone-only Jabber clients"});
  keyed_option(t, "exclude LINE$services",
               {"Hide local services on the phones", "Services: em myphoneapps directory"},
               first_words(1),
               word_list("services", {"em", "myphoneapps", "directory"}, "service"));
}

void add_softkeys(Table& t) {
  const std::string in_order = "Soft keys in display order: ";
  keyed_option(t, "softkeys connected LINE$keys",
               {"Soft keys", "Keys for the connected state",
                in_order + "ConfList Confrn Endcall Hold Park RmLstC Trnsfer iDivert HLog"},
               first_words(2),
               word_list("keys",
                         {"ConfList", "Confrn", "Endcall", "Hold", "Park", "RmLstC", "Trnsfer",
                          "iDivert", "HLog"},
                         "soft key"));
  keyed_option(
      t, "softkeys idle LINE$keys",
      {"Soft keys", "Keys for the idle state",
       in_order + "Cfwdall DND Gpickup Newcall Pickup Redial HLog"},
      first_words(2),
      word_list("keys", {"Cfwdall", "DND", "Gpickup", "Newcall", "Pickup", "Redial", "HLog"},
                "soft key"));
  t.option("softkeys personal-conf-user",
           {"Soft keys", "Personal soft keys on 7832/8832 conference phones"});
  keyed_option(t, "softkeys remote-in-use LINE$keys",
               {"Soft keys", "Keys when a shared line is in use elsewhere",
                in_order + "Barge Newcall cBarge"},
               first_words(2), word_list("keys", {"Barge", "Newcall", "cBarge"}, "soft key"));
  keyed_option(t, "softkeys ringIn LINE$keys",
               {"Soft keys", "Keys for the ringing state", in_order + "Answer DND iDivert HLog"},
               first_words(2),
               word_list("keys", {"Answer", "DND", "iDivert", "HLog"}, "soft key", {"ringIn"}));
  keyed_option(t, "softkeys seized LINE$keys",
               {"Soft keys", "Keys for the seized state",
                in_order + "Cfwdall Endcall Gpickup MeetMe Pickup Redial"},
               first_words(2),
               word_list("keys", {"Cfwdall", "Endcall", "Gpickup", "MeetMe", "Pickup", "Redial"},
                         "soft key"));
}

void add_buttons(Table& t) {
  keyed_option(t,
               "button-layout WORD$buttons {line | speed-dial | blf-speed-dial | "
               "feature-button | url-button}",
               {"Order of the phone buttons", "Buttons, e.g. 2,5 or 8,10-11", "Lines",
                "Speed dials", "BLF speed dials", "Feature buttons", "URL buttons"},
               first_words(2), button_string);
  // Feature button index: the reference gives no bound; 24 as for SCCP feature buttons.
  keyed_option(
      t, "feature-button <1-24> WORD$feature",
      {"Feature button on a line key", "Button index",
       "Feature: Redial Hold Trnsfer Cfwdall Privacy MeetMe Confrn Park Pickup "
       "Gpickup Mobility NewCall EndCall Dnd ConfList HLog"},
      first_words(2),
      word_list("feature",
                {"Redial", "Hold", "Trnsfer", "Cfwdall", "Privacy", "MeetMe", "Confrn", "Park",
                 "Pickup", "Gpickup", "Mobility", "NewCall", "EndCall", "Dnd", "ConfList", "HLog"},
                "feature"));
  t.option("url-button <1-8> URL [WORD]",
           {"Service URL on a line key", "Button index", "Service URL", "Button label"}, 1);
}

void add_urls(Table& t) {
  const std::string urls = "URLs for the phones";
  const auto ios_case = spelled({"AppDialRule", "DirLookupRule", "ldapServer"});
  keyed_option(t, "url appDialRule URL", {urls, "Application dial rules file", "File URL"},
               first_words(2), ios_case);
  keyed_option(t, "url dirLookupRule URL", {urls, "Directory lookup rules file", "File URL"},
               first_words(2), ios_case);
  keyed_option(t, "url ldapServer WORD", {urls, "LDAP server", "Server name"}, first_words(2),
               ios_case);
  // idle-timeout: the reference gives no range; 0-300 as for telephony-service `url idle`.
  t.option("url idle URL [idle-timeout <0-300>]",
           {urls, "Idle display", "Idle page URL", "Refresh interval of the idle page", "Seconds"});
  t.option("url service URL", {urls, "Services button", "Services URL"});
  keyed_option(
      t,
      "user-locale {<0-4> [[{u1 | u2 | u3 | u4 | u5}] WORD [load WORD]] | "
      "[{u1 | u2 | u3 | u4 | u5}] WORD [load WORD]}",
      {"Display language of the phones", "Locale tag", "User-defined locale 1",
       "User-defined locale 2", "User-defined locale 3", "User-defined locale 4",
       "User-defined locale 5", "Country or language code, e.g. DE", "Install a locale package",
       "Locale package file", "User-defined locale 1", "User-defined locale 2",
       "User-defined locale 3", "User-defined locale 4", "User-defined locale 5",
       "Country or language code, e.g. DE", "Install a locale package", "Locale package file"},
      first_words(1), spelled({"U1", "U2", "U3", "U4", "U5"}));
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
