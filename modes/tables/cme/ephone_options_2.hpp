#pragma once
// Shared by the option tables of `ephone` and `ephone-template` (issue 3): the reference
// commands both modes accept, and a variant of ObjectTable::option() for commands that need
// more than the default key and text: a fixed key for a choice of keywords (`codec g729r8`
// replaces `codec g711ulaw`), a check or a canonical spelling of some words (soft key names
// as IOS writes them, a PIN of 4-8 digits), or a default-on command that also takes arguments
// (`auto-line 2`, `no auto-line`).

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

/// Checks a command's words and rewrites some into their canonical spelling in place; returns
/// the IOS error text ("% ...") or "" when the words are fine.
using OptionCanon = std::function<std::string(std::vector<std::string>& words)>;

struct CanonRule {
  std::string key;          ///< fixed key ("codec"); "" = words up to the first key value
  unsigned key_values = 0;  ///< as for ObjectTable::option(), when `key` is ""
  OptionCanon canon;        ///< nullptr: the words are kept as matched
  bool default_on = false;  ///< `no <key>` is stored; the bare command restores the default
};

/// The ObjectTable option rule for `rule`: its canon checks and respells the words.
OptionRule option_rule(CanonRule rule);

/// ObjectTable::option() with a canon rule.
template <class Obj>
void rule_option(ObjectTable<Obj>& t, std::string_view spec, std::vector<std::string> help,
                 CanonRule rule) {
  t.option(spec, std::move(help), option_rule(std::move(rule)));
}

/// A fixed-key rule (the command's keywords, whatever is chosen after them).
inline CanonRule canon_key(std::string key, OptionCanon canon = nullptr) {
  return CanonRule{std::move(key), 0, std::move(canon), false};
}

/// Words from index `first` to `last` (inclusive, when present) must each be one of `names`,
/// given in full or as an unambiguous abbreviation, in any case, each at most once; they are
/// rewritten to the spelling of `names`. `what` names one item in errors ("soft key").
OptionCanon one_of(std::size_t first, std::size_t last, std::vector<std::string> names,
                   std::string what);
/// The word at `at` (when present) must be `min`-`max` decimal digits.
OptionCanon digits(std::size_t at, std::size_t min, std::size_t max, std::string what);
/// The word at `at` (when present) is at most `max` characters long and contains none of
/// `banned`.
OptionCanon text_limit(std::size_t at, std::size_t max, std::string banned, std::string what);
/// Applies each canon in turn and stops at the first error.
OptionCanon all_of(std::initializer_list<OptionCanon> canons);

/// The commands both `ephone` and `ephone-template` take (ephone_options_2.cpp).
void add_ephone_shared_options(ObjectTable<model::Ephone>& t);
void add_ephone_shared_options(ObjectTable<model::EphoneTemplate>& t);

}  // namespace cme::modes
