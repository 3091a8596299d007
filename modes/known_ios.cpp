#include "modes/known_ios.hpp"

#include <array>
#include <vector>

#include "parser/text.hpp"
#include "parser/token.hpp"

namespace cme::modes {

namespace {

struct Entry {
  std::string_view words;   // blank-separated words
  std::string_view prompt;  // "" = single line
  bool top_level_only;
};

// Block commands first; one entry per distinct leading-word sequence.
constexpr Entry kEntries[] = {
    {"interface", "config-if", true},
    {"router", "config-router", true},
    {"controller", "config-controller", true},
    {"voice-card", "config-voicecard", true},
    {"voice-port", "config-voiceport", true},
    {"control-plane", "config-cp", true},
    {"resource policy", "config-res-policy", true},
    {"voice translation-rule", "cfg-translation-rule", true},
    {"voice translation-profile", "cfg-translation-profile", true},
    {"voice class", "config-class", true},
    {"voice hunt-group", "config-voice-hunt-group", true},
    {"voice moh-group", "config-voice-moh-group", true},
    {"voice emergency", "cfg-emrgncy-resp-location", true},
    {"voice register dialplan", "config-register-dialplan", true},
    {"voice register pool-type", "config-register-pool-type", true},
    {"voice rtp", "", true},
    {"voice call", "", true},
    {"voice iec", "", true},
    {"voice statistics", "", true},
    {"voice vad-time", "", true},
    {"voice dnis-map", "config-dnis-map", true},
    {"voice cause-code", "conf-voice-cause", true},
    {"ip dhcp pool", "dhcp-config", true},
    {"ip access-list", "config-ext-nacl", true},
    {"ip sla", "config-ip-sla", true},
    {"ip vrf", "config-vrf", true},
    {"vrf definition", "config-vrf", true},
    {"crypto pki trustpoint", "ca-trustpoint", true},
    {"crypto pki certificate", "config-cert-chain", true},
    {"crypto isakmp policy", "config-isakmp", true},
    {"crypto map", "config-crypto-map", true},
    {"class-map", "config-cmap", true},
    {"policy-map", "config-pmap", true},
    {"archive", "config-archive", true},
    {"application", "config-app", true},
    {"gateway", "config-gateway", true},
    {"sccp ccm group", "config-sccp-ccm", true},
    {"dspfarm profile", "config-dspfarm-profile", true},
    {"call-manager-fallback", "config-cm-fallback", true},
    {"ephone-hunt", "config-ephone-hunt", true},
    {"ephone-type", "config-ephone-type", true},
    {"key chain", "config-keychain", true},
    {"track", "config-track", true},
    {"redundancy", "config-red", true},
    {"call-home", "cfg-call-home", true},
    {"webvpn", "config-webvpn", true},
    {"dial-peer cor", "config-dp-cor", true},
    {"mgcp profile", "config-mgcp-profile", true},
    {"vlan", "config-vlan", true},
    {"version", "", true},
    {"service", "", true},
    {"boot-start-marker", "", true},
    {"boot-end-marker", "", true},
    {"boot", "", true},
    // `logging buffered|console|monitor` and `username NAME {privilege|secret|password}` are
    // typed (modes/tables/logging_commands.cpp, username_commands.cpp) and matched first; these
    // entries keep the other forms (`logging host`, `username NAME nopassword` ...).
    {"logging", "", true},
    {"aaa", "", true},
    {"clock", "", true},
    {"ntp", "", true},
    {"snmp-server", "", true},
    {"access-list", "", true},
    {"username", "", true},
    {"alias", "", true},
    {"license", "", true},
    {"spanning-tree", "", true},
    {"multilink", "", true},
    {"memory-size", "", true},
    {"tftp-server", "", true},
    {"sccp", "", true},
    {"stcapp", "", true},
    {"mgcp", "", true},
    {"isdn", "", true},
    {"network-clock", "", true},
    {"network-clock-participate", "", true},
    {"card", "", true},
    {"scheduler", "", true},
    {"privilege", "", true},
    {"cdp", "", true},
    {"lldp", "", true},
    {"vtp", "", true},
    {"errdisable", "", true},
    {"login", "", true},
    {"platform", "", true},
    {"security", "", true},
    {"hw-module", "", true},
    {"diagnostic", "", true},
    {"crypto", "", true},
    {"banner", "", true},
    // `ip`/`ipv6` lines are sub-commands of interfaces too; these forms exist only globally.
    {"ip route", "", true},
    {"ip cef", "", true},
    {"ip domain", "", true},
    {"ip domain-name", "", true},
    {"ip domain-lookup", "", true},
    {"ip name-server", "", true},
    {"ip host", "", true},
    {"ip http", "", true},
    {"ip ssh", "", true},
    {"ip scp", "", true},
    {"ip tftp", "", true},
    {"ip ftp", "", true},
    {"ip telnet", "", true},
    {"ip dhcp excluded-address", "", true},
    {"ip forward-protocol", "", true},
    {"ip routing", "", true},
    {"ip classless", "", true},
    {"ip subnet-zero", "", true},
    {"ip source-route", "", true},
    {"ip default-gateway", "", true},
    {"ip multicast-routing", "", true},
    {"ip prefix-list", "", true},
    {"ip nat inside source", "", true},
    {"ip nat outside source", "", true},
    {"ip nat pool", "", true},
    {"ipv6 route", "", true},
    {"ipv6 unicast-routing", "", true},
    {"ipv6 cef", "", true},
    {"ipv6", "", false},
    {"ip", "", false},
    {"mmi", "", true},
    {"process", "", true},
    {"subscriber", "", true},
    {"cpu", "", true},
    {"warm-reboot", "", true},
    {"wsma", "", true},
    {"transceiver", "", true},
    {"file", "", true},
    {"dot11", "", true},
    {"mac-address-table", "", true},
    {"port-channel", "", true},
    {"rtr", "", true},
    {"netconf", "", true},
};

constexpr std::string_view kLineSubcommands[] = {
    "absolute-timeout",
    "access-class",
    "accounting",
    "activation-character",
    "authorization",
    "autocommand",
    "autoselect",
    "databits",
    "escape-character",
    "exec",
    "exec-banner",
    "flowcontrol",
    "history",
    "international",
    "ipv6",
    "length",
    "location",
    "logout-warning",
    "modem",
    "motd-banner",
    "no",
    "parity",
    "rotary",
    "session-disconnect-warning",
    "session-timeout",
    "speed",
    "stopbits",
    "terminal-type",
    "transport",
    "width",
    "logging",
};

std::vector<std::string_view> split_words(std::string_view words) {
  std::vector<std::string_view> out;
  for (const auto& t : parser::tokenize(words)) {
    out.push_back(t.text);
  }
  return out;
}

/// kEntries with their words split once (views into the static strings).
const std::vector<std::vector<std::string_view>>& entry_words() {
  static const auto words = [] {
    std::vector<std::vector<std::string_view>> all;
    for (const auto& e : kEntries) {
      all.push_back(split_words(e.words));
    }
    return all;
  }();
  return words;
}

bool word_matches(std::string_view typed, std::string_view full) {
  return !typed.empty() && typed.size() <= full.size() &&
         parser::common_prefix_ci(typed, full) == typed.size();
}

}  // namespace

std::optional<KnownIos> find_known_ios(std::string_view line) {
  auto tokens = parser::tokenize(line);
  std::string prefix;
  if (!tokens.empty() && parser::to_lower(tokens[0].text) == "no") {
    prefix = "no ";
    tokens.erase(tokens.begin());
  }
  // Rank by (words matched, words spelled in full); a tie between different entries is
  // ambiguous, as an IOS abbreviation would be.
  const Entry* best = nullptr;
  std::pair<std::size_t, std::size_t> best_score{0, 0};
  bool ambiguous = false;
  for (std::size_t n = 0; n < std::size(kEntries); ++n) {
    const auto& e = kEntries[n];
    const auto& words = entry_words()[n];
    if (words.size() > tokens.size()) {
      continue;
    }
    std::size_t exact = 0;
    bool all = true;
    for (std::size_t i = 0; i < words.size() && all; ++i) {
      all = word_matches(tokens[i].text, words[i]);
      exact += all && tokens[i].text.size() == words[i].size() ? 1 : 0;
    }
    if (!all) {
      continue;
    }
    const std::pair<std::size_t, std::size_t> score{words.size(), exact};
    if (best == nullptr || score > best_score) {
      best = &e;
      best_score = score;
      ambiguous = false;
    } else if (score == best_score) {
      ambiguous = true;
    }
  }
  if (best == nullptr || ambiguous) {
    return std::nullopt;
  }
  const std::size_t best_words = best_score.first;
  std::string head = prefix + std::string(best->words);
  const auto rest_from = best_words < tokens.size() ? tokens[best_words].column : line.size();
  const auto rest = parser::trim_right(line.substr(std::min(rest_from, line.size())));
  if (!rest.empty()) {
    head += ' ';
    head += rest;
  }
  return KnownIos{head, prefix.empty() ? best->prompt : std::string_view(), best->top_level_only};
}

bool is_known_line_subcommand(std::string_view word) {
  const auto lower = parser::to_lower(word);
  for (auto w : kLineSubcommands) {
    if (w == lower) {
      return true;
    }
  }
  return false;
}

}  // namespace cme::modes
