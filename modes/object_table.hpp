#pragma once
// ObjectTable<Obj>: adds the commands of a CME configuration mode whose actions edit one model
// object (the ephone of `ephone 5`, the telephony-service ...). It finds the object in the
// session's candidate, records the section for verbatim anchoring, and offers shorthands for the
// common shapes: a typed field set from one bound value and cleared by `no`/`default`, a flag,
// and an option (a reference command kept as its canonical text, model/option_list.hpp).

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/section.hpp"
#include "modes/command_table.hpp"
#include "modes/session.hpp"

namespace cme::modes {

/// The object the current mode edits, found in the candidate; nullptr when it no longer exists.
template <class Obj>
using Locate = std::function<Obj*(CommandContext&)>;

/// An option's key: the command's words up to its first value, plus its first `key_values`
/// values ("speed-dial 3" for `speed-dial 3 2001 label x` with key_values 1).
std::string option_key(const parser::Args& args, unsigned key_values);
/// The command's canonical text: its words joined by one blank.
std::string option_text(const parser::Args& args);
/// `words` joined by one blank.
std::string join_words(const std::vector<std::string>& words);

/// Whether an option command is on by default (then `no X` is what gets stored and shown).
enum class OptionDefault { Off, On };

/// An option's key from what the command bound.
using OptionKeyOf = std::function<std::string(const parser::Args&)>;
/// The text to store for a command (its canonical text, checked or respelled), or an error
/// message without the "% " prefix.
using OptionRewrite = std::function<Result<std::string, std::string>(const parser::Args&)>;

/// How an option command is identified, checked and stored.
struct OptionRule {
  OptionKeyOf key;  ///< unset: the leading words plus `key_values` values (option_key)
  unsigned key_values = 0;
  OptionRewrite rewrite;  ///< unset: option_text()
  OptionDefault by_default = OptionDefault::Off;
};

/// A key that does not depend on the arguments: the forms of one setting replace each other
/// (`time-format 24` replaces `time-format 12`).
OptionKeyOf fixed_key(std::string key);
/// The first `n` words of the command.
OptionKeyOf first_words(std::size_t n);

/// What one option command does to an OptionList.
struct OptionEdit {
  enum class Kind { Store, Erase, EraseUnder, Error } kind = Kind::Erase;
  std::string key;
  std::string text;  ///< Store: the line; Error: the message with its "% "
};
/// The edit for a command entered in `form` under `rule`.
OptionEdit plan_option(const OptionRule& rule, const parser::Args& args, parser::CommandForm form);

/// The error for a mode whose object was removed by another session meanwhile.
Diagnostic object_gone();

template <class Obj>
class ObjectTable {
 public:
  using Edit = std::function<ActionResult(CommandContext&, Obj&)>;

  ObjectTable(CommandTable& table, Locate<Obj> locate, model::Section section)
      : table_(table), locate_(std::move(locate)), section_(section) {}

  /// A command with its own action on the object.
  void config(std::string_view spec, std::vector<std::string> help, Edit edit,
              parser::NoForm no_form = parser::NoForm::Prefix) {
    table_.config(
        spec, std::move(help),
        [locate = locate_, section = section_,
         edit = std::move(edit)](CommandContext& ctx) -> ActionResult {
          Obj* obj = locate(ctx);
          if (obj == nullptr) {
            return Err{object_gone()};
          }
          ctx.session.touch(section);
          return edit(ctx, *obj);
        },
        no_form);
  }

  /// A typed field set from a value and cleared by no/default. `Field` is std::optional<T>
  /// for T = unsigned, int or std::string.
  template <class T>
  void field(std::string_view spec, std::vector<std::string> help, std::optional<T> Obj::*member,
             std::string arg) {
    config(spec, std::move(help), [member, arg](CommandContext& ctx, Obj& o) -> ActionResult {
      if (ctx.negated()) {
        (o.*member).reset();
      } else if constexpr (std::is_same_v<T, std::string>) {
        o.*member = std::string(ctx.args.get(arg));
      } else {
        o.*member = static_cast<T>(ctx.args.get_int(arg));
      }
      return Unit{};
    });
  }

  /// A flag: set by the command, cleared by no/default.
  void flag(std::string_view spec, std::vector<std::string> help, bool Obj::*member) {
    config(spec, std::move(help), [member](CommandContext& ctx, Obj& o) -> ActionResult {
      o.*member = !ctx.negated();
      return Unit{};
    });
  }

  /// A reference command kept as its canonical text in `Obj::options`.
  void option(std::string_view spec, std::vector<std::string> help, unsigned key_values = 0,
              OptionDefault by_default = OptionDefault::Off) {
    option(spec, std::move(help), OptionRule{{}, key_values, {}, by_default});
  }

  /// An option with its own key, check or spelling (see OptionRule).
  void option(std::string_view spec, std::vector<std::string> help, OptionRule rule) {
    const auto rank = static_cast<std::uint32_t>(table_.size());
    config(spec, std::move(help),
           [rank, rule = std::move(rule)](CommandContext& ctx, Obj& o) -> ActionResult {
             auto e = plan_option(rule, ctx.args, ctx.form);
             switch (e.kind) {
               case OptionEdit::Kind::Error:
                 return Err{make_semantic(std::move(e.text))};
               case OptionEdit::Kind::Store:
                 o.options.set({rank, std::move(e.key), std::move(e.text)});
                 break;
               case OptionEdit::Kind::Erase:
                 o.options.erase(e.key);
                 break;
               case OptionEdit::Kind::EraseUnder:
                 if (o.options.erase(e.key) == 0) {
                   o.options.erase_under(e.key);
                 }
                 break;
             }
             return Unit{};
           });
  }

  /// A table on the sub-object `member` of this table's object (the `lines` of an Extension
  /// Mobility profile), in the same command table and section.
  template <class Sub>
  ObjectTable<Sub> member(Sub Obj::*member) {
    return ObjectTable<Sub>(
        table_,
        [locate = locate_, member](CommandContext& ctx) -> Sub* {
          Obj* obj = locate(ctx);
          return obj == nullptr ? nullptr : &(obj->*member);
        },
        section_);
  }

  CommandTable& table() { return table_; }

 private:
  CommandTable& table_;
  Locate<Obj> locate_;
  model::Section section_;
};

}  // namespace cme::modes
