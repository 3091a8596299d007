#pragma once
// The one vocabulary of option commands: a reference command that the model keeps as its
// canonical IOS text (model/option_list.hpp) is added with ObjectTable::option(spec, help, rule).
// A rule says three things:
// - its key, which tells one instance from another (`speed-dial 3`), so that entering the key
//   again replaces the line and `no` removes it. By default the command's words up to its first
//   value; `leading(n)` takes n values more, `first_words(n)` the first n words whatever they
//   are (the keyword choices of one setting replace each other: `time-format 24` replaces
//   `time-format 12`), `fixed_key(k)` a constant;
// - its checks: what the spec language cannot say (a list of IOS words in any order, a number of
//   digits, a SIP address), each of which may respell words the way IOS writes them (`softkeys
//   idle Redial Newcall`, `ringIn`, `Sun`). One error convention: a check returns the message
//   without IOS's "% " (plan_option() adds it), or nothing;
// - whether the command is on by default (then `no X` is what gets stored and shown).

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modes/ios_words.hpp"
#include "parser/args.hpp"
#include "parser/command_graph.hpp"

namespace cme::modes {

/// An option's key from what the command bound.
struct OptionKey {
  std::function<std::string(const parser::Args&)> of;
  /// The key is the command's leading words: `no` with fewer words than the key removes every
  /// option under them (`no after-hours day` removes all days).
  bool leading = false;
};
/// A check of an option command: `args` is what it bound, `words` its canonical words
/// (keywords in full, values as typed), which the check may respell in place. Returns the error
/// message without "% ", or nothing when the command is acceptable.
using OptionCheck =
    std::function<std::optional<std::string>(const parser::Args& args, std::vector<std::string>&)>;

/// Whether an option command is on by default (then `no X` is what gets stored and shown).
enum class OptionDefault { Off, On };

/// How an option command is identified, checked and stored.
struct OptionRule {
  OptionKey key = {};                    ///< unset: leading(0)
  std::vector<OptionCheck> checks = {};  ///< in order; the first error refuses the line
  OptionDefault by_default = OptionDefault::Off;
};

// ---- keys ----
/// The words up to the first value plus `values` values ("speed-dial 3" for `speed-dial 3 2001
/// label x` with 1).
OptionKey leading(unsigned values);
/// The first `n` words, whatever they are.
OptionKey first_words(std::size_t n);
/// A key that does not depend on the arguments.
OptionKey fixed_key(std::string key);

// ---- checks ----
/// Keywords (not values) found in `spellings` are written as there ("ringin" -> "ringIn").
OptionCheck spelled(WordSet spellings);
/// Words `first` to `last` (those present) must each be one of `names`, in full or as an
/// unambiguous abbreviation, in any case, each at most once; they are respelled as in `names`.
/// `what` names one item in errors ("soft key").
OptionCheck one_of(std::size_t first, std::size_t last, WordSet names, std::string what);
/// The value bound as `arg` (a LINE) is a blank-separated list of `names` (as one_of()).
OptionCheck list_of(std::string arg, WordSet names, std::string what);
/// Word `at` (when present) is `min` to `max` decimal digits.
OptionCheck digits(std::size_t at, std::size_t min, std::size_t max, std::string what);
/// Word `at` (when present) is at most `max` characters and holds none of `banned`.
OptionCheck text_limit(std::size_t at, std::size_t max, std::string banned, std::string what);
/// Each value word that `accept` refuses is an error: `message` with the word for its "{}".
OptionCheck each_value(bool (*accept)(std::string_view), std::string message);

/// A help text listing `names`: "Feature: Redial, Hold or Park".
std::string list_help(std::string_view what, WordSet names);

/// The words of the command joined by one blank: its canonical text.
std::string option_text(const parser::Args& args);
/// `words` joined by one blank.
std::string join_words(const std::vector<std::string>& words);

/// What one option command does to an OptionList.
struct OptionEdit {
  enum class Kind { Store, Erase, EraseUnder, Error } kind = Kind::Erase;
  std::string key;
  std::string text;  ///< Store: the line; Error: the message with its "% "
};
/// The edit for a command entered in `form` under `rule`.
OptionEdit plan_option(const OptionRule& rule, const parser::Args& args, parser::CommandForm form);

}  // namespace cme::modes
