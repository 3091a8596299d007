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
using Locate = Obj* (*)(CommandContext&);

/// An option's key: the command's words up to its first value, plus its first `key_values`
/// values ("speed-dial 3" for `speed-dial 3 2001 label x` with key_values 1).
std::string option_key(const parser::Args& args, unsigned key_values);
/// The command's canonical text: its words joined by one blank.
std::string option_text(const parser::Args& args);

/// Whether an option command is on by default (then `no X` is what gets stored and shown).
enum class OptionDefault { Off, On };

/// The error for a mode whose object was removed by another session meanwhile.
Diagnostic object_gone();

template <class Obj>
class ObjectTable {
 public:
  using Edit = std::function<ActionResult(CommandContext&, Obj&)>;

  ObjectTable(CommandTable& table, Locate<Obj> locate, model::Section section)
      : table_(table), locate_(locate), section_(section) {}

  /// A command with its own action on the object.
  void config(std::string_view spec, std::vector<std::string> help, Edit edit,
              parser::NoForm no_form = parser::NoForm::Prefix) {
    table_.config(spec, std::move(help),
                  [locate = locate_, section = section_, edit = std::move(edit)](
                      CommandContext& ctx) -> ActionResult {
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
    const auto rank = static_cast<std::uint32_t>(table_.size());
    config(spec, std::move(help),
           [rank, key_values, by_default](CommandContext& ctx, Obj& o) -> ActionResult {
             const std::string key = option_key(ctx.args, key_values);
             const bool store = by_default == OptionDefault::Off
                                    ? ctx.form == parser::CommandForm::Set
                                    : ctx.form == parser::CommandForm::No;
             if (store) {
               const std::string prefix = by_default == OptionDefault::On ? "no " : "";
               o.options.set({rank, key, prefix + option_text(ctx.args)});
             } else {
               o.options.erase(key);
             }
             return Unit{};
           });
  }

  CommandTable& table() { return table_; }

 private:
  CommandTable& table_;
  Locate<Obj> locate_;
  model::Section section_;
};

}  // namespace cme::modes
