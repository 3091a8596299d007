#pragma once
// The rows of the configuration modes that edit one CME object (`telephony-service`, `ephone 5`):
// built from the object's row in model::kCmeObjects (its CmeConfig member and section) and the
// functions that fill the mode's ObjectTable. Used by modes/mode_specs.cpp.
//
// Entering a mode creates its object; the `no` form removes it (with the references to it when
// the row says how, model/cme_edit.hpp). Tags above the configured maximum (max-ephones,
// max-dn, max-pool) are refused; while no maximum is configured the spec's range applies.

#include <fmt/format.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/cme_objects.hpp"
#include "modes/mode_spec.hpp"
#include "modes/object_table.hpp"

namespace cme::modes::detail {

/// The type of the object held in CmeConfig member `Member`.
template <auto Member>
using ObjectOf = typename std::remove_cvref_t<decltype(model::cme_object<Member>())>::Type;

/// The object held in CmeConfig member `Member` that the current mode edits: the single object,
/// or the tagged one whose tag the mode's frame holds. nullptr when it was removed meanwhile.
template <auto Member>
auto* locate(CommandContext& ctx) {
  using Obj = ObjectOf<Member>;
  auto& held = ctx.edit().cme.*Member;
  if constexpr (model::cme_object<Member>().kTagged) {
    const auto it = held.find(static_cast<unsigned>(ctx.session.frame().id));
    return it == held.end() ? static_cast<Obj*>(nullptr) : &it->second;
  } else {
    return held ? &*held : static_cast<Obj*>(nullptr);
  }
}

/// How a tagged object's entry command checks its tag and cleans up after `no`.
template <class Obj>
struct TagRules {
  const char* maximum = nullptr;  ///< the command that bounds the tags ("max-ephones")
  std::optional<unsigned> (*limit)(const model::CmeConfig&) = nullptr;  ///< its value, if set
  void (*remove)(model::CmeConfig&, unsigned tag) = nullptr;  ///< `no`: also the references
  /// Checks or adjusts the object from the entry's other arguments (`ephone-dn 5 dual-line`);
  /// `created` tells a new object from an existing one. An error leaves nothing created.
  ActionResult (*prepare)(CommandContext&, Obj&, bool created) = nullptr;
};

/// The entry action of a single object's mode.
template <auto Member>
Action enter_single(ModeId mode) {
  return [mode](CommandContext& ctx) -> ActionResult {
    ctx.session.touch(model::cme_object<Member>().section);
    auto& object = ctx.edit().cme.*Member;
    if (ctx.negated()) {
      object.reset();
      return Unit{};
    }
    if (!object) {
      object.emplace();
    }
    ctx.session.push_mode(ModeFrame{mode});
    return Unit{};
  };
}

/// The entry action of a tagged object's mode; the tag is bound as `$tag`.
template <auto Member>
Action enter_tagged(ModeId mode, TagRules<ObjectOf<Member>> rules) {
  return [mode, rules](CommandContext& ctx) -> ActionResult {
    constexpr const auto& row = model::cme_object<Member>();
    ctx.session.touch(row.section);
    const auto tag = static_cast<unsigned>(ctx.args.get_int("tag"));
    auto& cme = ctx.edit().cme;
    auto& objects = cme.*Member;
    if (ctx.negated()) {
      if (rules.remove != nullptr) {
        rules.remove(cme, tag);
      } else {
        objects.erase(tag);
      }
      return Unit{};
    }
    if (rules.limit != nullptr) {
      if (const auto max = rules.limit(cme); max && tag > *max) {
        return Err{make_semantic(fmt::format("% {} {} exceeds {} {}: raise {} first", row.head, tag,
                                             rules.maximum, *max, rules.maximum))};
      }
    }
    auto [it, created] = objects.try_emplace(tag);
    it->second.tag = tag;
    if (rules.prepare != nullptr) {
      if (auto r = rules.prepare(ctx, it->second, created); !r) {
        if (created) {
          objects.erase(it);
        }
        return r;
      }
    }
    ctx.session.push_mode(ModeFrame{mode, {}, tag});
    return Unit{};
  };
}

/// The commands of a mode: an ObjectTable on the located object, filled by each of `adders`
/// (`void(ObjectTable<Obj>&)`) in turn; their order is the render order of the options.
template <auto Member, class... Adders>
std::function<void(CommandTable&)> object_commands(Adders... adders) {
  return [=](CommandTable& table) {
    ObjectTable<ObjectOf<Member>> t(table, &locate<Member>, model::cme_object<Member>().section);
    (adders(t), ...);
  };
}

/// The row of a mode that edits the single object `Member`.
template <auto Member, class... Adders>
ModeSpec single_mode(ModeInfo info, std::string spec, std::vector<std::string> help,
                     Adders... adders) {
  return {info, ModeEntry{std::move(spec), std::move(help), enter_single<Member>(info.id)},
          object_commands<Member>(adders...)};
}

/// The row of a mode that edits the tagged object `Member`; `spec` binds the tag as `$tag`.
template <auto Member, class... Adders>
ModeSpec tagged_mode(ModeInfo info, std::string spec, std::vector<std::string> help,
                     TagRules<ObjectOf<Member>> rules, Adders... adders) {
  return {info, ModeEntry{std::move(spec), std::move(help), enter_tagged<Member>(info.id, rules)},
          object_commands<Member>(adders...)};
}

}  // namespace cme::modes::detail
