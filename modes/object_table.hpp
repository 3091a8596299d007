#pragma once
// ObjectTable<Obj>: adds the commands of a CME configuration mode whose actions edit one model
// object (the ephone of `ephone 5`, the telephony-service ...). It finds the object in the
// session's candidate, records the section for verbatim anchoring, and offers shorthands for the
// common shapes: a typed field set from one bound value and cleared by `no`/`default`, a flag,
// and an option (a reference command kept as its canonical text, model/option_list.hpp, under
// the rules of modes/option_rule.hpp).

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/section.hpp"
#include "modes/command_table.hpp"
#include "modes/detail/field_keyword.hpp"
#include "modes/option_rule.hpp"
#include "modes/session.hpp"

namespace cme::modes {

/// The object the current mode edits, found in the candidate; nullptr when it no longer exists.
template <class Obj>
using Locate = std::function<Obj*(CommandContext&)>;

/// The name of the one value `spec` binds (`keepalive <10-65535>$seconds` gives "seconds"); ""
/// when it binds none or several (the command table then reports the spec at start-up).
std::string sole_bind(std::string_view spec);

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

  /// A typed field set from the one value `spec` binds (`$name`) and cleared by no/default.
  /// `Field` is std::optional<T> for T = unsigned, int or std::string.
  template <class T>
  void field(std::string_view spec, std::vector<std::string> help, std::optional<T> Obj::*member) {
    const std::string arg = sole_bind(spec);
    if (arg.empty()) {
      table_.report("\"" + std::string(spec) + "\" must bind exactly one value ($name)");
    }
    check_keyword(spec, member);
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
    check_keyword(spec, member);
    config(spec, std::move(help), [member](CommandContext& ctx, Obj& o) -> ActionResult {
      o.*member = !ctx.negated();
      return Unit{};
    });
  }

  /// A reference command kept as its canonical text in `Obj::options`, keyed by its leading
  /// words and `key_values` values (option_rule.hpp).
  void option(std::string_view spec, std::vector<std::string> help, unsigned key_values,
              OptionDefault by_default = OptionDefault::Off) {
    option(spec, std::move(help), OptionRule{leading(key_values), {}, by_default});
  }

  /// A reference command kept as its canonical text in `Obj::options`, identified, checked and
  /// respelled as `rule` says (option_rule.hpp).
  void option(std::string_view spec, std::vector<std::string> help, OptionRule rule = {}) {
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
  template <class Field>
  void check_keyword(std::string_view spec, Field Obj::*member) {
    if (auto error = detail::field_keyword_error(spec, member); !error.empty()) {
      table_.report(error);
    }
  }

  CommandTable& table_;
  Locate<Obj> locate_;
  model::Section section_;
};

}  // namespace cme::modes
