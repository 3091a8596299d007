// `voice register global`: the command reference's commands for this mode that the typed table
// (register_global_commands.cpp) does not model, kept as options.
//
// Typed elsewhere: mode, source-address, max-dn, max-pool, load, keepalive, authenticate
// presence, authenticate credential.
// Left out:
//   apply-config          action: pushes the configuration to the phones, never in running-config
//   auto-register         enters the voice auto-register submode, which is not modelled
//   create profile        action (bare form); `create profile sync WORD`, what CME prints, is kept
//   group <1-5> [vrf W]   enters a VRF group submode (its own source-address), not modelled
//   reset, restart        actions on the registered phones
//   authenticate all      pre-12.4(11)XJ syntax, replaced by `authenticate register`/`realm`
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

namespace {

using Table = ObjectTable<model::VoiceRegisterGlobal>;

void add_authentication(Table& t) {
  t.option("authenticate register", {"", "Challenge every REGISTER from SIP phones"});
  t.option("authenticate realm WORD", {"", "Realm sent in the challenge", "Realm text"});
  t.option("authenticate ood-refer", {"", "Challenge incoming out-of-dialog REFER requests"});
}

void add_dst(Table& t) {
  std::vector<std::string> help = {"Daylight saving time for SIP phones",
                                   "When daylight saving time starts",
                                   "When daylight saving time stops"};
  for (const char* month : {"January", "February", "March", "April", "May", "June", "July",
                            "August", "September", "October", "November", "December"}) {
    help.emplace_back(month);
  }
  help.insert(help.end(), {"Day of the month", "Day of the month", "Week of the month",
                           "Week number", "Last week of the month", "Day of the week"});
  for (const char* day :
       {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}) {
    help.emplace_back(day);
  }
  help.insert(help.end(), {"Time of the change", "Time of day (24-hour)"});
  t.option(
      "dst {start | stop} {jan | feb | mar | apr | may | jun | jul | aug | sep | oct | "
      "nov | dec} [day <1-31> | week {<1-4> | 8} day {sun | mon | tue | wed | thu | fri "
      "| sat}] time HH:MM",
      std::move(help), {first_words(2)});
}

void add_time(Table& t) {
  // Timezone codes: the syntax line says 1-53, the code table lists 1-56; the larger is used.
  t.option("timezone <1-56>", {"Time zone of the SIP phones", "Time zone code"});
  t.option("olsontimezone WORD version WORD",
           {"Olson time zone of the phones", "Area/location name, e.g. Europe/Berlin",
            "Version of the time zone data", "Version, e.g. 2010o"});
  t.option("dst auto-adjust",
           {"Daylight saving time for SIP phones", "Adjust the clock for daylight saving time"}, 0,
           OptionDefault::On);
  add_dst(t);
  t.option("date-format {d/m/y | m/d/y | y-d-m | y/d/m | y/m/d | yy-m-d}",
           {"Date format on SIP phones", "Day/month/year", "Month/day/year (default)",
            "Year-day-month", "Year/day/month", "Year/month/day", "Four-digit year-month-day"},
           {first_words(1)});
  t.option("time-format {12 | 24}",
           {"Time format on SIP phones", "12-hour clock (default)", "24-hour clock"},
           {first_words(1)});
  t.option("ntp-server A.B.C.D [mode {anycast | directedbroadcast | multicast | unicast}]",
           {"NTP server the SIP phones synchronise with", "NTP server address", "NTP mode",
            "Anycast", "Directed broadcast", "Multicast", "Unicast"});
}

void add_dialing(Table& t) {
  t.option(
      "dialplan-pattern <1-10> PATTERN extension-length <1-32> "
      "[extension-pattern PATTERN | no-reg] [demote]",
      {"Expand SIP extensions to E.164 numbers", "Pattern tag", "E.164 number pattern",
       "Length of the extensions", "Number of extension digits",
       "Leading digits of the extension to replace", "Extension pattern",
       "Do not register the expanded number", "Let the extension register if it fails"},
      1);
  t.option("call-forward system redirecting-expanded",
           {"Call forwarding of SIP extensions", "System-wide setting",
            "Expand redirecting numbers with dialplan-pattern"});
  t.option("forwarding local",
           {"Caller ID on forwarded calls", "Show the forwarding phone as the caller"});
  t.option("calling-number local",
           {"Calling number on forwarded calls", "Show the forwarding extension as the caller"});
  t.option("voicemail E164", {"Number the Messages button dials", "Voicemail number"});
  t.option("mwi stutter", {"Message waiting indication", "Play stutter dial tone as MWI"});
  t.option("hold-alert", {"Remind SIP phones of a held call when a call ends"});
  t.option(
      "external-ring {bellcore-dr1 | bellcore-dr2 | bellcore-dr3 | bellcore-dr4 | "
      "bellcore-dr5}",
      {"Ring pattern for external calls", "Distinctive ring 1", "Distinctive ring 2",
       "Distinctive ring 3", "Distinctive ring 4", "Distinctive ring 5"},
      {first_words(1)});
  t.option("phone-redirect-limit <5-20>",
           {"Redirects a SIP phone follows for one call", "Number of 3xx responses"});
  t.option("timeouts interdigit <2-120>",
           {"Timeouts for SIP phones", "Time allowed between dialed digits", "Seconds"});
  t.option("timeouts transfer-recall <1-1800>",
           {"Timeouts for SIP phones", "Time before an unanswered transfer returns", "Seconds"});
  add_overlap_signal(t);
  t.option("bulk PATTERN",
           {"Register a block of numbers with the SIP registrar", "Number pattern"});
  t.option("application WORD",
           {"Session application for SIP phone dial peers", "Application name"});
}

void add_profiles(Table& t) {
  t.option("tftp-path {flash: | slot0: | URL}",
           {"Where the SIP phone profiles are written", "Router flash", "Slot 0",
            "TFTP server directory URL"},
           {first_words(1)});
  t.option("file text", {"Profile file format", "Also write ASCII text profiles"});
  t.option("upgrade", {"Write the firmware upgrade file for SIP 7940/7960 phones"});
  t.option("create profile sync WORD", {"Create files", "Generate the SIP phone profiles",
                                        "Profile synchronisation", "Synchronisation value"});
  t.option("url authentication URL [WORD WORD]",
           {"URLs provisioned to SIP phones", "Authentication server", "Server URL", "User name",
            "Password"});
  t.option("url directory {URL | none}",
           {"URLs provisioned to SIP phones", "Directories button", "Directory URL",
            "No local directory"},
           {first_words(2)});
  t.option("url service URL",
           {"URLs provisioned to SIP phones", "Services button", "Services URL"});
  // idle-timeout: the reference gives no range; 0-300 as for telephony-service `url idle`.
  t.option("url idle URL [idle-timeout <0-300>]",
           {"URLs provisioned to SIP phones", "Idle display", "Idle page URL",
            "Refresh interval of the idle page", "Seconds"});
  t.option("logo URL", {"XML file shown on idle SIP phones", "File URL"});
  t.option("call-feature-uri {cfwdall | gpickup | pickup} URL",
           {"Service URI of a soft key", "CFwdAll soft key", "GPickUp soft key", "PickUp soft key",
            "Service URI"});
}

/// `user-locale`: one per tag; without a tag, tag 0.
std::string locale_key(const parser::Args& args) {
  const auto& words = args.words();
  if (words.size() < 2) {
    return "user-locale";
  }
  const bool tag =
      args.value_words()[1] && words[1].size() == 1 && words[1][0] >= '0' && words[1][0] <= '4';
  return "user-locale " + (tag ? words[1] : std::string("0"));
}

/// `ip qos dscp`: one per traffic class.
std::string qos_key(const parser::Args& args) {
  const auto& words = args.words();
  std::string key = first_words(3).of(args);
  return words.size() >= 5 ? key + " " + words.back() : key;
}

void add_qos(Table& t) {
  std::string spec = "ip qos dscp {<0-63>";
  std::vector<std::string> help = {"IP settings of the phones", "Quality of service",
                                   "DSCP marking applied by the phones", "DSCP value"};
  for (int x = 1; x <= 4; ++x) {
    for (int y = 1; y <= 3; ++y) {
      spec += " | af" + std::to_string(x) + std::to_string(y);
      help.push_back("Assured forwarding " + std::to_string(x) + std::to_string(y) + " (DSCP " +
                     std::to_string(8 * x + 2 * y) + ")");
    }
  }
  for (int n = 1; n <= 7; ++n) {
    spec += " | cs" + std::to_string(n);
    help.push_back("Class selector " + std::to_string(n) + " (DSCP " + std::to_string(8 * n) + ")");
  }
  spec += " | default | ef} {media | service | signaling | video}";
  help.insert(help.end(),
              {"Default marking (DSCP 0)", "Expedited forwarding (DSCP 46)", "Media (RTP) packets",
               "Phone service packets", "Signaling packets", "Video packets"});
  t.option(spec, std::move(help), {OptionKey{qos_key}});
}

void add_phone_features(Table& t) {
  t.option("privacy", {"Privacy on shared SIP lines"}, 0, OptionDefault::On);
  t.option("privacy-on-hold", {"Privacy for held calls on shared SIP lines"});
  t.option("conference hardware",
           {"Conferencing of SIP phones", "Use DSP-farm ad hoc conferences"});
  t.option("fac refer", {"Forced authorization codes", "Pass REFER requests to the phones"}, 0,
           OptionDefault::On);
  t.option("camera", {"USB camera on SIP phones"});
  t.option("video", {"Video on SIP phones"});
  t.option("bandwidth video tias-modifier <1-99999999> [negotiate end-to-end]",
           {"Bandwidth limits", "Video bandwidth", "TIAS bandwidth modifier",
            "Bandwidth in bits per second", "Negotiate the bandwidth",
            "Minimum video bandwidth of both ends"});
  t.option("phone-mode phone-only", {"Jabber client mode", "Phone-only Jabber clients"});
  t.option("attempted-registrations size <0-50>",
           {"Log of failed SIP registrations", "Number of entries kept", "Entries"});
  t.option("user-locale [<0-4>] [{u1 | u2 | u3 | u4 | u5}] WORD [load WORD]",
           {"Display language of SIP phones", "Locale tag", "User-defined locale 1",
            "User-defined locale 2", "User-defined locale 3", "User-defined locale 4",
            "User-defined locale 5", "Country or language code, e.g. DE",
            "Install a locale package", "Locale package file"},
           {OptionKey{locale_key}, {spelled(ios_words::kUserLocales)}});
}

}  // namespace

void add_register_global_options(ObjectTable<model::VoiceRegisterGlobal>& t) {
  add_authentication(t);
  add_time(t);
  add_dialing(t);
  add_profiles(t);
  add_qos(t);
  add_phone_features(t);
}

}  // namespace cme::modes
