// Specs of `type` and the help texts of its keywords (phone_type_spec.hpp).
#include "modes/detail/phone_type_spec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace cme::modes::detail {

namespace {

/// Help texts of the words that are not a model number.
struct NamedWord {
  std::string_view word;
  std::string_view help;
};
constexpr NamedWord kNamedWords[] = {
    {"12SP", "Cisco IP Phone 12 SP+"},
    {"7914", "7914 expansion module"},
    {"7915-12", "7915 module with 12 buttons"},
    {"7915-24", "7915 module with 24 buttons"},
    {"7916-12", "7916 module with 12 buttons"},
    {"7916-24", "7916 module with 24 buttons"},
    {"CIPC", "Cisco IP Communicator"},
    {"IP-STE", "IP Secure Telephone Equipment"},
    {"all", "Every phone type"},
    {"anl", "Analog phone on an SCCP gateway port"},
    {"ata", "Cisco ATA analog telephone adapter"},
    {"bri", "ISDN BRI phone on an SCCP gateway port"},
    {"vgc-phone", "Analog phone of a VG224 or VG248 gateway"},
};

}  // namespace

std::string phone_word_help(std::string_view word) {
  const auto* named = std::find_if(std::begin(kNamedWords), std::end(kNamedWords),
                                   [&](const NamedWord& n) { return n.word == word; });
  if (named != std::end(kNamedWords)) {
    return std::string(named->help);
  }
  return "Cisco IP Phone " + std::string(word);
}

void append_choice(CommandSpec& s, WordSet words, std::string_view bind) {
  s.spec += '{';
  for (std::size_t i = 0; i < words.size(); ++i) {
    s.spec += i == 0 ? "" : " | ";
    // The spec language writes a keyword with a leading capital after a backslash.
    s.spec += std::isupper(static_cast<unsigned char>(words[i].front())) != 0 ? "\\" : "";
    s.spec += words[i];
    s.help.push_back(phone_word_help(words[i]));
  }
  s.spec += '}';
  if (!bind.empty()) {
    s.spec += '$';
    s.spec += bind;
  }
}

CommandSpec sccp_type_spec() {
  CommandSpec s{"type ", {"Phone type"}};
  append_choice(s, ios_words::kSccpPhoneTypes, "type");
  s.spec += " [addon 1 ";
  s.help.insert(s.help.end(), {"Key expansion modules", "First module"});
  append_choice(s, ios_words::kSccpAddonModules, "m1");
  s.spec += " [2 ";
  s.help.emplace_back("Second module");
  append_choice(s, ios_words::kSccpAddonModules, "m2");
  s.spec += "]]";
  return s;
}

CommandSpec word_type_spec(unsigned addons) {
  CommandSpec s{"type WORD$type [addon 1 WORD$m1",
                {"Phone type", "Phone model (7960, 7971, ATA ...)", "Key expansion modules",
                 "First module", "Module type"}};
  for (unsigned i = 2; i <= addons; ++i) {
    s.spec += fmt::format(" [{} WORD$m{}", i, i);
    s.help.push_back(i == 2 ? "Second module" : "Third module");
    s.help.push_back("Module type");
  }
  s.spec += std::string(addons, ']');
  return s;
}

}  // namespace cme::modes::detail
