#pragma once
// The command specs of `type` (ephone, ephone-template, voice register pool) and of the type in
// `auto assign`: the phone types and add-on modules as keywords from modes/ios_words.hpp, so that
// `type ?` lists them and any other word gets IOS's caret error.

#include <string>
#include <string_view>
#include <vector>

#include "modes/ios_words.hpp"

namespace cme::modes::detail {

/// A command spec string with one help text per keyword and value.
struct CommandSpec {
  std::string spec;
  std::vector<std::string> help;
};

/// Appends `{w1 | w2 | …}` (followed by `$bind` when `bind` is not empty) to `s`, with one
/// help text per word (phone_word_help()).
void append_choice(CommandSpec& s, WordSet words, std::string_view bind);

/// The help text of a phone type or add-on module keyword ("Cisco IP Phone 7965").
std::string phone_word_help(std::string_view word);

/// `type {phone types}$type [addon 1 {modules}$m1 [2 {modules}$m2]]` (ephone, ephone-template).
CommandSpec sccp_type_spec();

/// `type WORD$type [addon 1 WORD$m1 [2 WORD$m2 …]]` with `addons` modules (voice register pool).
CommandSpec word_type_spec(unsigned addons);

}  // namespace cme::modes::detail
