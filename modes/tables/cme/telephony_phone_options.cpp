// telephony-service commands of the command reference kept as options (issue 3), about the
// phones: behaviour, URLs, configuration files and locales, display, web GUI, transfer and dial
// plan. telephony_feature_options.cpp holds the timers, night service, after-hours blocking,
// hunt groups, FACs, MWI, XML interface, Extension Mobility, SRST and system commands.
//
// Left out (the typed table covers them): load, max-ephones, max-dn, ip source-address,
// max-conferences, keepalive.
// Left out on purpose:
//   reset, restart          actions on phones, not settings (ephone_reset_commands.cpp)
//   create cnf-files        the bare command builds the files (an action); only the
//                           `create cnf-files version-stamp LINE` form that IOS records is kept
//   directory entry clear   an action (deletes every entry)
//   load-cfg-file ... create  creates the signed file once; IOS does not save the keyword
//   group, video            enter submodes (conf-tele-group, config-tele-video): not options
// Not in the reference (its S chapter is missing) but common, so added: secondary-dialtone,
// service phone. Left out for want of a source for their bounds: sdspfarm ...
#include "modes/detail/phone_type_spec.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using Table = ObjectTable<model::TelephonyService>;

/// `network-locale` and `user-locale`: one line per locale tag, 0 when none is given.
OptionKey locale_key(std::string command) {
  return {[command](const parser::Args& args) {
    return command + " " + (args.has("tag") ? std::string(args.get("tag")) : std::string("0"));
  }};
}

void add_phone_behaviour(Table& t) {
  t.option("fxo hook-flash", {"FXO port settings", "Show the Flash soft key on FXO calls"});
  t.option("conference hardware",
           {"Conference settings", "Use DSP-farm conferencing for ad hoc conferences"});
  t.option("conference transfer-pattern",
           {"", "Apply transfer-pattern to numbers added to a conference"});
  t.option("auto-reg-ephone", {"Let SCCP phones that are not configured register"}, 0,
           OptionDefault::On);
  detail::CommandSpec assign{
      "auto assign <1-15000> to <1-15000> [type ",
      {"Automatic configuration of new phones", "Assign free ephone-dns to new phones",
       "First ephone-dn tag", "Range end", "Last ephone-dn tag",
       "Assign only to phones of a type"}};
  detail::append_choice(assign, ios_words::kAutoAssignTypes, "");
  assign.spec += "] [cfw E164 timeout <3-60000>]";
  assign.help.insert(
      assign.help.end(),
      {"Forward busy and unanswered calls of the assigned ephone-dns", "Forwarding target",
       "Time before an unanswered call is forwarded", "Seconds"});
  t.option(assign.spec, std::move(assign.help), 1);
  // Not in the reference: IOS writes the parameter into the phones' vendorConfig section.
  t.option("service phone WORD WORD",
           {"Phone services", "Vendor parameter of the phone configuration files",
            "Parameter name (webAccess, garp ...)", "Parameter value"},
           1);
  t.option("calling-number local [secondary]",
           {"Calling number of forwarded calls", "Show the forwarding number instead of the caller",
            "Use its secondary number"},
           {fixed_key("calling-number local")});
  t.option("system message LINE",
           {"System settings", "Text shown on idle display phones", "Message text"});
}

void add_urls(Table& t) {
  t.option("url {directories | information | messages} URL",
           {"URLs of phone features", "Directories button", "Information (i or ?) button",
            "Messages button", "URL"});
  t.option("url services URL [{root | LINE}]",
           {"", "Services button", "URL", "Root services menu from a CSTA application",
            "Name of the line services (1-32 characters)"});
  // The proxy is given as host:port or as a URL, so a word.
  t.option("url proxy-server WORD",
           {"", "Proxy of the phones' HTTP requests", "Proxy host and port, or its URL"});
  t.option("url idle URL idle-timeout <0-300>",
           {"", "XML page shown on idle phones", "URL of the page", "Refresh interval of the page",
            "Seconds"});
  t.option("url authentication URL WORD [{0 | 6}] WORD",
           {"", "Authentication server the phones query", "URL of the server",
            "Application name (1-15 characters)", "The password is not encrypted",
            "The password is type-6 encrypted", "Password (1-15 characters)"});
  t.option("authentication credential WORD [{0 | 6}] WORD",
           {"Internal authentication server", "Credential of an application",
            "Application name (1-15 characters)", "The password is not encrypted",
            "The password is type-6 encrypted", "Password (1-15 characters)"},
           1);
}

void add_files(Table& t) {
  t.option("cnf-file location {flash: | slot0: | tftp URL}",
           {"Phone configuration files", "Where the files are kept", "Router flash memory",
            "Router slot0 memory", "External TFTP server", "URL of the server"},
           {fixed_key("cnf-file location")});
  t.option("cnf-file {perphonetype | perphone}",
           {"", "One file per phone type", "One file per phone"}, {fixed_key("cnf-file")});
  t.option("load-cfg-file WORD alias WORD [sign]",
           {"Serve a file that Cisco Unified CME does not generate",
            "Local path of the file (slot0:Ringlist.xml)", "Name the file is served as", "Alias",
            "Sign the file and serve the signed file too"},
           1);
  t.option("user-locale [<0-4>$tag] [{u1 | u2 | u3 | u4 | u5}] WORD [load WORD]",
           {"Display language of SCCP phones", "Locale tag (0 is the default locale)",
            "User-defined locale 1", "User-defined locale 2", "User-defined locale 3",
            "User-defined locale 4", "User-defined locale 5", "Language code (DE, FR, JP, US ...)",
            "Install the locale from a TAR file", "TAR file name"},
           {locale_key("user-locale"), {spelled(ios_words::kUserLocales)}});
  t.option("network-locale [<0-4>$tag [{u1 | u2 | u3 | u4 | u5}]] WORD",
           {"Call-progress tones of SCCP phones", "Locale tag (0 is the default locale)",
            "User-defined locale 1", "User-defined locale 2", "User-defined locale 3",
            "User-defined locale 4", "User-defined locale 5", "Country code (DE, GB, US ...)"},
           {locale_key("network-locale"), {spelled(ios_words::kUserLocales)}});
  t.option("time-zone <1-56>",
           {"Time zone of SCCP phones", "Zone code (5 Pacific, 12 Eastern, 21 UTC ...)"});
  t.option("olsontimezone WORD version WORD",
           {"Olson time zone of the phones", "Area/location (America/New_York)",
            "Version of the time-zone data", "Version (2010o)"});
}

void add_display(Table& t) {
  t.option("time-format {12 | 24}",
           {"Time display of SCCP phones", "12-hour clock", "24-hour clock"},
           {fixed_key("time-format")});
  t.option("date-format {dd-mm-yy | mm-dd-yy | yy-dd-mm | yy-mm-dd}",
           {"Date display of SCCP phones", "Day-month-year", "Month-day-year", "Year-day-month",
            "Year-month-day"},
           {fixed_key("date-format")});
  t.option("voicemail E164", {"Number the Messages button dials", "Voice-mail number"});
  t.option("live-record E164", {"Number the LiveRcd soft key dials", "Live Record number"});
  t.option("moh WORD", {"Music on hold from an audio file", "File in flash (.au or .wav)"});
  t.option("moh-file-buffer <64-10000>",
           {"Buffer for new music-on-hold files", "Size in kilobytes"});
  t.option(
      "multicast moh A.B.C.D port <2000-65535> [route A.B.C.D [A.B.C.D [A.B.C.D "
      "[A.B.C.D]]]]",
      {"Multicast settings", "Also multicast the music-on-hold stream", "Multicast group address",
       "Destination port", "Port number", "Interfaces the stream is sent from", "Interface address",
       "Interface address", "Interface address", "Interface address"});
}

void add_web(Table& t) {
  t.option(
      "web admin system [name WORD] [{password WORD | secret {0 | 5} WORD}]",
      {"Web GUI settings", "GUI administrators", "System administrator", "Login name",
       "Name (default Admin)", "Password in clear text", "Password", "Password kept as a secret",
       "The secret follows unencrypted", "The secret follows MD5-encrypted", "Secret"},
      {fixed_key("web admin system")});
  t.option("web admin customer name WORD {password WORD | secret {0 | 5} WORD}",
           {"", "", "Customer administrator", "Login name", "Name (default Customer)",
            "Password in clear text", "Password", "Password kept as a secret",
            "The secret follows unencrypted", "The secret follows MD5-encrypted", "Secret"},
           {fixed_key("web admin customer")});
  t.option("web customize load WORD", {"", "Customize the customer administrator GUI",
                                       "Load the layout from a file", "XML file in flash"});
  t.option("dn-webedit", {"Allow ephone-dns to be added and changed in the web GUI"});
  t.option("time-webedit", {"Allow the router time to be set in the web GUI"});
}

void add_transfer(Table& t) {
  t.option("transfer-system {blind | full-blind | full-consult [dss] | local-consult}",
           {"Call transfer method", "Cisco proprietary blind transfer", "H.450.2 blind transfer",
            "H.450.2 consultative transfer", "Also consult idle monitored lines",
            "Cisco proprietary local consultative transfer"},
           {fixed_key("transfer-system")});
  t.option("transfer-pattern PATTERN [blind]",
           {"Numbers calls may be transferred to outside the system", "Dial pattern (55501..)",
            "Always transfer blind to these numbers"},
           1);
  t.option("transfer-digit-collect {new-call | orig-call}",
           {"Where the digits of a transfer target are collected", "On the consultation call",
            "On the original call"},
           {fixed_key("transfer-digit-collect")});
  // Not in the reference: the access code after which phones play a second dial tone.
  t.option("secondary-dialtone E164",
           {"Play a second dial tone after an access code", "Access code (9)"});
}

void add_dial_plan(Table& t) {
  t.option(
      "dialplan-pattern <1-10> PATTERN extension-length <1-32> "
      "[extension-pattern PATTERN | no-reg] [demote]",
      {"Expand extensions to E.164 numbers", "Pattern tag",
       "E.164 pattern with . wildcards (40855501..)", "Length of the extensions",
       "Number of digits", "Leading digits of the extensions when they differ",
       "Extension pattern (50..)", "Do not register the expanded numbers",
       "Demote a registered phone that matches the pattern"},
      1);
  t.option("directory {first-name-first | last-name-first}",
           {"Local directory", "First name, then last name", "Last name, then first name"},
           {fixed_key("directory")});
  t.option("directory entry <1-250> E164 name LINE",
           {"", "Add a number to the local directory", "Entry tag", "Telephone number",
            "Name of the entry", "Name (up to 24 characters)"},
           1);
  t.option("call-forward pattern PATTERN",
           {"Call forwarding", "Forward calls from these numbers with H.450.3",
            "Calling-number pattern (.T for all)"},
           1);
  t.option(
      "call-forward system redirecting-expanded",
      {"", "System-wide forwarding setting", "Expand redirecting numbers with dialplan-pattern"});
  t.option("call-park system {application | redirect}",
           {"Call park", "System-wide call-park setting", "Use the call-park application",
            "Park and pick up H.323 and SIP calls by redirecting them"});
  t.option("caller-id block code E164",
           {"Caller ID", "Hide the caller ID on one call", "Code dialed before the number",
            "Code (* and up to 15 digits)"});
  t.option("bulk-speed-dial prefix E164",
           {"Bulk speed-dial lists", "Code dialed before a list index",
            "Code (1-4 characters, default #)"});
}

}  // namespace

void add_telephony_phone_options(ObjectTable<model::TelephonyService>& t) {
  add_phone_behaviour(t);
  add_urls(t);
  add_files(t);
  add_display(t);
  add_web(t);
  add_dial_plan(t);  // seed 001: `call-forward pattern` before `transfer-system`
  add_transfer(t);
}

}  // namespace cme::modes
