#pragma once
// Helpers of the voice register option tables (register_global_options.cpp,
// register_template_options.cpp) for two shapes ObjectTable::option() cannot express:
// - a setting whose value is a keyword choice: its identity is its first words, so
//   `date-format y/m/d` replaces `date-format m/d/y` instead of adding a second line;
// - a list of IOS words in any order and in IOS spelling (`softkeys idle Redial Newcall`,
//   `feature-button 1 Cfwdall`): the spec language has lower-case keywords in a fixed order, so
//   these are read as a value, checked here and stored as IOS spells them.

#include <cctype>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modes/object_table.hpp"
#include "parser/text.hpp"

namespace cme::modes::register_options {

/// The option key of a command, from what it bound.
using KeyOf = std::function<std::string(const parser::Args&)>;
/// The line to store (the canonical text, respelled), or the error message without "% ".
using Rewrite = std::function<Result<std::string, std::string>(const parser::Args&)>;

/// The blank-separated words of `text`.
inline std::vector<std::string_view> split_blanks(std::string_view text) {
  std::vector<std::string_view> words;
  while (true) {
    const auto start = text.find_first_not_of(' ');
    if (start == std::string_view::npos) {
      return words;
    }
    text.remove_prefix(start);
    words.push_back(text.substr(0, text.find(' ')));
    text.remove_prefix(words.back().size());
  }
}

/// Word `i` of the canonical text; a keyword found in `spelled` as IOS spells it ("ringIn").
inline std::string spelled_word(const parser::Args& args, std::size_t i,
                                const std::vector<std::string>& spelled) {
  for (const auto& s : spelled) {
    if (!args.value_words()[i] && parser::equal_ci(args.words()[i], s)) {
      return s;
    }
  }
  return args.words()[i];
}

/// The canonical text with the keywords found in `spelled` written as IOS spells them.
inline Rewrite spelled(std::vector<std::string> spelled) {
  return [spelled](const parser::Args& args) -> Result<std::string, std::string> {
    std::string text;
    for (std::size_t i = 0; i < args.words().size(); ++i) {
      text += (text.empty() ? "" : " ") + spelled_word(args, i, spelled);
    }
    return text;
  };
}

/// `list` checked against `allowed` (any case, each word at most once) and respelled as there;
/// `what` names one item in the error message ("soft key").
inline Result<std::string, std::string> checked_list(std::string_view list,
                                                     const std::vector<std::string>& allowed,
                                                     const std::string& what) {
  std::vector<const std::string*> seen;
  std::string text;
  for (auto word : split_blanks(list)) {
    const std::string* found = nullptr;
    for (const auto& a : allowed) {
      found = parser::equal_ci(word, a) ? &a : found;
    }
    if (found == nullptr) {
      return Err{"Invalid " + what + ": " + std::string(word)};
    }
    for (const auto* s : seen) {
      if (s == found) {
        return Err{"Duplicate " + what + ": " + *found};
      }
    }
    seen.push_back(found);
    text += (text.empty() ? "" : " ") + *found;
  }
  return text;
}

/// The canonical text whose value bound to `arg` (a WORD or LINE) is a list of words from
/// `allowed` (see checked_list); keywords found in `spelled` are respelled too.
inline Rewrite word_list(std::string arg, std::vector<std::string> allowed, std::string what,
                         std::vector<std::string> spelled = {}) {
  return [=](const parser::Args& args) -> Result<std::string, std::string> {
    std::string text;
    for (std::size_t i = 0; i < args.words().size(); ++i) {
      std::string word = spelled_word(args, i, spelled);
      if (args.value_words()[i] && args.has(arg) && word == args.get(arg)) {
        auto list = checked_list(word, allowed, what);
        if (!list) {
          return list;
        }
        word = std::move(list).value();
      }
      text += (text.empty() ? "" : " ") + word;
    }
    return text;
  };
}

/// An option identified by `key_of` and stored as `rewrite` gives it (ObjectTable::option).
template <class Obj>
void keyed_option(ObjectTable<Obj>& t, std::string_view spec, std::vector<std::string> help,
                  KeyOf key_of, Rewrite rewrite = {}) {
  t.option(spec, std::move(help), OptionRule{std::move(key_of), 0, std::move(rewrite)});
}

/// `call-forward b2bua all|busy|mailbox|noan|unreachable` (voice register pool and dn; the dn
/// also has `night-service`). `what` is "line" or "phone" for the help texts.
template <class Obj>
void add_b2bua_forwarding(ObjectTable<Obj>& t, const std::string& what, bool night_service) {
  t.option("call-forward b2bua all E164",
           {"Configure call forwarding", "Forward through the back-to-back user agent",
            "Forward every incoming call", "Number to forward to"});
  t.option("call-forward b2bua busy E164",
           {"", "", "Forward calls when the " + what + " is busy", "Number to forward to"});
  t.option("call-forward b2bua mailbox E164",
           {"", "", "Mailbox at the end of a forwarding chain", "Voice-mail number"});
  if (night_service) {
    t.option("call-forward b2bua night-service E164",
             {"", "", "Forward calls during night-service hours", "Number to forward to"});
  }
  // The reference writes the timeout as mandatory; Cisco's SRST guide as optional.
  t.option("call-forward b2bua noan E164 [timeout <3-60000>]",
           {"", "", "Forward calls that are not answered", "Number to forward to",
            "Set the ring time before forwarding", "Ring time in seconds"});
  t.option(
      "call-forward b2bua unreachable E164",
      {"", "", "Forward calls while the " + what + " is not registered", "Number to forward to"});
}

}  // namespace cme::modes::register_options
