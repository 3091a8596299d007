// telephony-service options, second half (see telephony_options.cpp for what is left out): codec
// and security, timers, night service, after-hours blocking, hunt groups, FACs, MWI, the XML
// interface, Extension Mobility, SRST fallback and system commands.
#include <string>

#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

namespace {

using Table = ObjectTable<model::TelephonyService>;
namespace w = ios_words;

constexpr std::string_view kDayChoice = "{sun | mon | tue | wed | thu | fri | sat}";
constexpr std::string_view kMonthChoice =
    "{jan | feb | mar | apr | may | jun | jul | aug | sep | oct | nov | dec}";
/// `hunt-group logout {dnd | hlog}` as IOS writes it.
constexpr std::array<std::string_view, 2> kHuntLogout = {"DND", "HLog"};

/// `head`, then `middle`, then `tail`: help lists around the day or month names.
std::vector<std::string> with(std::vector<std::string> head, WordSet middle,
                              const std::vector<std::string>& tail) {
  head.insert(head.end(), middle.begin(), middle.end());
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

std::string spec(std::string_view head, std::string_view choice, std::string_view tail) {
  return std::string(head) + " " + std::string(choice) + " " + std::string(tail);
}

/// True for a time of day `hh:mm` from 00:00 to 24:00 (with `compact`, `hhmm` too).
bool clock_time(std::string_view text, bool compact) {
  std::string_view hh;
  std::string_view mm;
  if (const auto colon = text.find(':'); colon != std::string_view::npos) {
    hh = text.substr(0, colon);
    mm = text.substr(colon + 1);
  } else if (compact && text.size() == 4) {
    hh = text.substr(0, 2);
    mm = text.substr(2);
  }
  auto digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (hh.size() > 2 || mm.size() != 2 || !digits(hh) || !digits(mm)) {
    return false;
  }
  const int hour = std::stoi(std::string(hh));
  const int minute = std::stoi(std::string(mm));
  return minute <= 59 && (hour < 24 || (hour == 24 && minute == 0));
}

/// `em logout`: every time given is hh:mm from 00:00 to 24:00.
bool logout_time(std::string_view text) {
  return clock_time(text, false);
}

/// `login clear`: hh:mm or hhmm from 00:00 to 24:00.
std::optional<std::string> clear_time(const parser::Args& args, std::vector<std::string>&) {
  if (args.has("clear") && !clock_time(args.get("clear"), true)) {
    return "Invalid time " + std::string(args.get("clear")) + ": use hh:mm from 00:00 to 24:00";
  }
  return std::nullopt;
}

void add_media(Table& t) {
  t.option("codec {g711ulaw | g722r64}",
           {"Default codec of SCCP phones", "G.711 mu-law", "G.722 at 64 kbps"},
           {fixed_key("codec")});
  t.option("device-security-mode {authenticated | none | encrypted}",
           {"Signaling security of SCCP phones", "Authenticated signaling over TLS", "No security",
            "TLS signaling and SRTP media"},
           {fixed_key("device-security-mode")});
  t.option(
      "tftp-server-credentials trustpoint WORD",
      {"Credentials that sign the phone configuration files", "PKI trustpoint", "Trustpoint name"});
  t.option(
      "ip qos dscp {<0-63> | af11 | af12 | af13 | af21 | af22 | af23 | af31 | af32 | af33 | "
      "af41 | af42 | af43 | cs1 | cs2 | cs3 | cs4 | cs5 | cs6 | cs7 | default | ef} "
      "{media | service | signaling | video}$class",
      {"IP settings",       "Quality of service", "DSCP marking the phones apply",
       "DSCP value",        "AF11 (001010)",      "AF12 (001100)",
       "AF13 (001110)",     "AF21 (010010)",      "AF22 (010100)",
       "AF23 (010110)",     "AF31 (011010)",      "AF32 (011100)",
       "AF33 (011110)",     "AF41 (100010)",      "AF42 (100100)",
       "AF43 (100110)",     "CS1 (001000)",       "CS2 (010000)",
       "CS3 (011000)",      "CS4 (100000)",       "CS5 (101000)",
       "CS6 (110000)",      "CS7 (111000)",       "Default (000000)",
       "EF (101110)",       "Media packets",      "Service packets",
       "Signaling packets", "Video packets"},
      {{[](const parser::Args& args) { return "ip qos dscp " + std::string(args.get("class")); }}});
  t.option("protocol mode {ipv4 | ipv6 | dual-stack [preference {ipv4 | ipv6}]}",
           {"Protocol settings", "IP address mode of SCCP phones", "IPv4 only", "IPv6 only",
            "IPv4 and IPv6", "Family preferred", "Prefer IPv4", "Prefer IPv6"},
           {fixed_key("protocol mode")});
}

void add_timers(Table& t) {
  t.option("timeouts busy <0-30>",
           {"Call timers", "Disconnect calls hearing busy tone", "Seconds (default 10)"});
  t.option("timeouts interdigit <2-120>",
           {"", "Time allowed between dialed digits", "Seconds (default 10)"});
  t.option("timeouts ringing <5-60000>",
           {"", "How long an unanswered call rings", "Seconds (default 180)"});
  t.option("timeouts transfer-recall <1-1800>",
           {"", "Return an unanswered transfer to the transferor", "Seconds"});
  t.option("timeouts night-service-bell <4-30>",
           {"", "Interval of the night-service bell", "Seconds (default 12)"});
  t.option("max-redirect <5-20>",
           {"Maximum number of redirections of a call", "Redirections (default 10)"});
}

void add_night_service(Table& t) {
  t.option("night-service code E164",
           {"Night service", "Code that toggles night service", "Code (* and up to 15 digits)"});
  t.option(spec("night-service date", kMonthChoice, "<1-31> HH:MM HH:MM"),
           with({"", "Night service on a date every year"}, w::kMonthNames,
                {"Day of the month", "Start time", "Stop time"}),
           {leading(1), {spelled(w::kMonths)}});
  t.option(
      spec("night-service day", kDayChoice, "HH:MM HH:MM"),
      with({"", "Night service on a day every week"}, w::kDayNames, {"Start time", "Stop time"}),
      {leading(0), {spelled(w::kDays)}});
  t.option("night-service everyday HH:MM HH:MM",
           {"", "Night service every day", "Start time", "Stop time"});
  t.option("night-service weekday HH:MM HH:MM",
           {"", "Night service Monday to Friday", "Start time", "Stop time"});
  t.option("night-service weekend HH:MM HH:MM",
           {"", "Night service on Saturday and Sunday", "Start time", "Stop time"});
}

void add_after_hours(Table& t) {
  // The pattern may be a regular expression (987654([1-3])+), so a word.
  t.option("after-hours block pattern <1-100> WORD [7-24]",
           {"After-hours call blocking", "Block outgoing calls", "Pattern of blocked numbers",
            "Pattern tag", "Digits or regular expression (9011, .T)", "Block at all times"},
           1);
  t.option(
      spec("after-hours day", kDayChoice, "HH:MM HH:MM"),
      with({"", "Blocking period on a day every week"}, w::kDayNames, {"Start time", "Stop time"}),
      {leading(0), {spelled(w::kDays)}});
  t.option(spec("after-hours date", kMonthChoice, "<1-31> HH:MM HH:MM"),
           with({"", "Blocking period on a date every year"}, w::kMonthNames,
                {"Day of the month", "Start time", "Stop time"}),
           {leading(1), {spelled(w::kMonths)}});
  t.option("after-hours override-code E164",
           {"", "Code that lifts the blocking for a call", "Digits"});
  t.option("after-hours pstn-prefix <1-4> E164",
           {"", "PSTN access code skipped on trunk lines", "Prefix tag", "Access digits"}, 1);
  t.option("after-hour login http",
           {"After-hours login", "PIN login that lifts the blocking", "Log in over HTTP"});
  // The clear time may be 24:00 (the default), which HH:MM rejects: a word, checked.
  t.option("login [timeout [<1-1440>]] [clear WORD$clear]",
           {"After-hours PIN login timers", "Log out idle phones", "Minutes (default 60)",
            "Log out every phone at a time of day", "Time hh:mm, 00:00-24:00 (default 24:00)"},
           {fixed_key("login"), {clear_time}});
}

void add_hunt_groups(Table& t) {
  t.option("hunt-group logout {dnd | hlog}",
           {"Hunt groups", "How agents are logged out automatically",
            "Do not disturb and not ready", "Not ready, with the HLog soft key"},
           {fixed_key("hunt-group logout"), {spelled(kHuntLogout)}});
  t.option("hunt-group logout notify", {"", "", "Show queued calls on the HLog line key"});
  t.option("hunt-group logout threshold <1-65535>",
           {"", "", "Queued calls at which the HLog key blinks fast", "Number of calls"});
  t.option("hunt-group report delay <1-10> hours",
           {"", "Statistics reports", "Delay before a report is written", "Delay", "Hours"});
  t.option("hunt-group report every <1-84> hours",
           {"", "", "Interval of automatic reports", "Interval", "Hours"});
  t.option("hunt-group report url {prefix URL | suffix <0-1> to <1-200>}",
           {"", "", "Where the reports are written", "TFTP path and file-name prefix", "URL",
            "Range of file-name suffixes", "First suffix", "Range end", "Last suffix"});
  t.option("internal-call moh-group <0-5>",
           {"Calls held by internal numbers", "Music-on-hold group",
            "Group tag (0 is the telephony-service moh)"});
}

void add_fac(Table& t) {
  t.option("fac standard", {"Feature access codes", "Enable the standard codes"});
  t.option("fac custom alias <0-9> E164 to E164",
           {"", "Define a custom code", "Alias of an existing code", "Alias tag", "Alias code",
            "Code it stands for", "Existing code and extra digits"},
           1);
  t.option(
      "fac custom {callfwd {all | cancel} | ccw | dnd | dpark-retrieval | "
      "ephone-hunt {cancel | hlog | hlog-phone | join} | park | pickup {direct | group | "
      "local} | redial | trnsfvm | voicemail} E164",
      {"",
       "",
       "Call forwarding",
       "Forward all calls",
       "Cancel forwarding",
       "Cancel call waiting",
       "Do not disturb",
       "Directed park retrieval",
       "Hunt groups",
       "Leave all hunt groups",
       "Agent not ready",
       "Phone not ready",
       "Join a hunt group",
       "Park a call",
       "Pick up a call",
       "Directed pickup",
       "Group pickup",
       "Local pickup",
       "Redial",
       "Transfer to voice mail",
       "Call voice mail",
       "Code (digits, * and #)"});
}

void add_mwi(Table& t) {
  t.option("mwi relay", {"Message waiting indication", "Relay MWI to remote phones"});
  t.option("mwi expires <600-99999>",
           {"", "Expiry of MWI relay registrations", "Seconds (default 86400)"});
  t.option("mwi prefix E164",
           {"", "Site prefix removed from unsolicited MWI mailbox numbers", "Prefix digits"});
  t.option("mwi reg-e164", {"", "Register E.164 numbers instead of extensions for SIP MWI"});
  t.option(
      "mwi sip-server A.B.C.D [transport {tcp | udp}] [port <2000-9999>] [reg-e164] "
      "[unsolicited [prefix E164]]",
      {"", "External SIP MWI server", "Server address", "Transport of the messages",
       "TCP (default)", "UDP", "Server port", "Port (default 5060)",
       "Register E.164 numbers instead of extensions", "The server notifies without a subscription",
       "Site prefix of mailbox numbers", "Prefix digits"});
}

void add_xml(Table& t) {
  t.option("xml user WORD password [{0 | 6}] WORD <0-15>",
           {"XML interface", "User of the XML interface", "User name", "Password of the user",
            "The password is not encrypted", "The password is type-6 encrypted", "Password",
            "Privilege level"},
           1);
  t.option("xmlschema WORD", {"URL of the XML API schema", "Schema URL"});
  t.option("xmltest", {"Read XML API requests as form data"});
  t.option("xmlthread <1-5>", {"Concurrent XML API queries", "Queries (default 2)"});
  t.option("log password WORD",
           {"XML API logging", "Password of XML API queries", "Password (up to 28 characters)"});
  t.option("log table {max-size <0-1000> | retain-timer <2-500>}",
           {"", "Phone-event table", "Number of entries", "Entries (default 150)",
            "How long events are kept", "Minutes (default 15)"});
  t.option("standby username WORD password [{0 | 6}] WORD",
           {"Standby router", "XML interface login of the standby router", "User name",
            "Password of the user", "The password is not encrypted",
            "The password is type-6 encrypted", "Password"});
  t.option("extension-assigner tag-type {ephone-tag | provision-tag}",
           {"Extension Assigner", "Tag that selects an ephone configuration", "The ephone tag",
            "The provision-tag of the ephone"},
           {fixed_key("extension-assigner tag-type")});
}

void add_mobility(Table& t) {
  t.option("em external", {"Extension Mobility", "Remove the login page from the Services menu"});
  t.option("em keep-history", {"", "Keep the call history when users log out"});
  // Times may be 24:00, which HH:MM rejects: words, checked.
  t.option(
      "em logout WORD [WORD] [WORD]",
      {"", "Log out every user at times of day", "Time hh:mm, 00:00-24:00", "Another time hh:mm",
       "Another time hh:mm"},
      {leading(0), {each_value(logout_time, "Invalid time {}: use hh:mm from 00:00 to 24:00")}});
  t.option("privacy", {"Privacy of shared octo-line ephone-dns"}, 0, OptionDefault::On);
  t.option("privacy-on-hold", {"Keep calls held on shared lines private"});
  add_overlap_signal(t);
}

void add_srst(Table& t) {
  t.option("srst mode auto-provision {all | dn | none}",
           {"SRST fallback", "Act as SRST fallback for Unified CM phones",
            "Save learned configuration", "Ephones and ephone-dns", "Ephone-dns only", "Nothing"},
           {fixed_key("srst mode auto-provision")});
  t.option(
      "srst dn line-mode {dual | dual-octo | octo | single}",
      {"", "Learned ephone-dns", "Line mode", "Dual-line",
       "Dual-line on 7902, 7920, VG224 and ATA, octo-line on others", "Octo-line", "Single-line"},
      {fixed_key("srst dn line-mode")});
  t.option("srst dn template <1-15>",
           {"", "", "Ephone-dn template of learned ephone-dns", "Template tag"});
  t.option("srst ephone description LINE", {"", "Learned ephones", "Description of learned ephones",
                                            "Text (up to 100 characters)"});
  t.option("srst ephone template <1-20>",
           {"", "", "Ephone template of learned ephones", "Template tag"});
}

void add_system(Table& t) {
  t.option(
      "hfs enable [port <1024-65535>]",
      {"HTTP file-fetch server", "Serve phone files over HTTP", "Own TCP port", "Port number"});
  t.option("hfs home-path WORD", {"", "Directory of the phone files", "Path (flash:/cme/loads/)"});
  t.option("background save interval <0-1440> [minutes]",
           {"Background tasks", "Save a backup of the configuration", "Interval of the saves",
            "Minutes, in steps of 10 (0 = never)", "The interval is in minutes"});
  t.option("encrypt password", {"Encryption", "Encrypt the passwords of Cisco Unified CME"}, 0,
           OptionDefault::On);
  t.option("application WORD",
           {"Session application of all ephone-dn dial peers", "Application name"});
  t.option("shutdown", {"Stop listening for SCCP phones"});
  t.option(
      "create cnf-files version-stamp LINE",
      {"Create", "Phone configuration files", "Stamp of the generated files", "Date and time"});
}

}  // namespace

void add_telephony_feature_options(Table& t) {
  add_media(t);
  add_timers(t);
  add_night_service(t);
  add_after_hours(t);
  add_hunt_groups(t);
  add_fac(t);
  add_mwi(t);
  add_xml(t);
  add_mobility(t);
  add_srst(t);
  add_system(t);
}

}  // namespace cme::modes
