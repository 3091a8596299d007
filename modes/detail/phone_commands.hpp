#pragma once
// Commands that ephones, voice register pools and Extension Mobility profiles share, added to
// a mode's ObjectTable with the member they set: username, speed-dial, fastdial,
// blf-speed-dial, type, logout-profile (command reference rows of each mode; seeds 001, 002).

#include <fmt/format.h>

#include <optional>
#include <vector>

#include "modes/detail/cme_values.hpp"
#include "modes/detail/phone_type_spec.hpp"
#include "modes/object_table.hpp"

namespace cme::modes::detail {

/// `<keyword> WORD [password [{0 | 6}] WORD]`: ephone/pool `username`.
template <class Obj>
void add_username(ObjectTable<Obj>& t, std::optional<model::Credential> Obj::*member,
                  const char* keyword) {
  t.config(fmt::format("{} WORD$name [password [{{0 | 6}}$type] WORD$password]", keyword),
           {"Login credential of the phone user", "User name", "Password of the user",
            "The password that follows is in clear text",
            "The password that follows is encrypted (type 6)", "The password"},
           [member](CommandContext& ctx, Obj& o) -> ActionResult {
             if (ctx.negated()) {
               (o.*member).reset();
             } else {
               o.*member =
                   model::Credential{std::string(ctx.args.get("name")),
                                     number_arg(ctx.args, "type"), text_arg(ctx.args, "password")};
             }
             return Unit{};
           });
}

/// Removes the entry of `list` whose tag is bound as "tag", or all entries when none is.
template <class T>
void erase_tag(std::vector<T>& list, const parser::Args& args) {
  const auto tag = number_arg(args, "tag");
  std::erase_if(list, [&](const T& x) { return !tag || x.tag == *tag; });
}

/// `speed-dial <1-max> WORD [label LINE]` (ephone, pool).
template <class Obj>
void add_speed_dial(ObjectTable<Obj>& t, std::vector<model::SpeedDial> Obj::*member, unsigned max) {
  t.config(fmt::format("speed-dial <1-{}>$tag WORD$number [label LINE$label]", max),
           {"Speed-dial button", "Speed-dial tag", "Number to dial",
            "Text shown next to the button", "Label text"},
           [member](CommandContext& ctx, Obj& o) -> ActionResult {
             auto& list = o.*member;
             if (ctx.negated()) {
               erase_tag(list, ctx.args);
               return Unit{};
             }
             model::SpeedDial s{static_cast<unsigned>(ctx.args.get_int("tag")),
                                std::string(ctx.args.get("number")), text_arg(ctx.args, "label"),
                                false};
             model::set_keyed(list, s, [](const model::SpeedDial& x) { return x.tag; });
             return Unit{};
           });
}

/// `fastdial <1-100> WORD [name LINE]` (ephone).
template <class Obj>
void add_fastdial(ObjectTable<Obj>& t, std::vector<model::FastDial> Obj::*member) {
  t.config("fastdial <1-100>$tag WORD$number [name LINE$name]",
           {"Personal speed-dial menu entry", "Entry tag", "Number to dial",
            "Name shown in the menu", "Up to 24 characters"},
           [member](CommandContext& ctx, Obj& o) -> ActionResult {
             auto& list = o.*member;
             if (ctx.negated()) {
               erase_tag(list, ctx.args);
               return Unit{};
             }
             model::FastDial f{static_cast<unsigned>(ctx.args.get_int("tag")),
                               std::string(ctx.args.get("number")), text_arg(ctx.args, "name")};
             model::set_keyed(list, f, [](const model::FastDial& x) { return x.tag; });
             return Unit{};
           });
}

/// `blf-speed-dial <1-max> WORD label WORD [device]` (ephone, pool; seed 001).
template <class Obj>
void add_blf_speed_dial(ObjectTable<Obj>& t, std::vector<model::BlfSpeedDial> Obj::*member,
                        unsigned max) {
  t.config(
      fmt::format("blf-speed-dial <1-{}>$tag WORD$number label WORD$label [device]", max),
      {"Speed-dial button with a busy lamp (BLF)", "Speed-dial tag", "Number to dial and watch",
       "Text shown next to the button", "Label, in quotes when it has blanks (up to 30 characters)",
       "Watch the whole phone whose primary line is the number"},
      [member](CommandContext& ctx, Obj& o) -> ActionResult {
        auto& list = o.*member;
        if (ctx.negated()) {
          erase_tag(list, ctx.args);
          return Unit{};
        }
        model::BlfSpeedDial b{static_cast<unsigned>(ctx.args.get_int("tag")),
                              std::string(ctx.args.get("number")),
                              std::string(ctx.args.get("label")), ctx.args.keyword("device")};
        model::set_keyed(list, b, [](const model::BlfSpeedDial& x) { return x.tag; });
        return Unit{};
      });
}

/// `type …` as `spec` gives it (phone_type_spec.hpp: ephone, pool), binding `$type` and the
/// modules as `$m1`, `$m2`, `$m3`.
template <class Obj>
void add_phone_type(ObjectTable<Obj>& t, std::optional<model::PhoneType> Obj::*member,
                    const CommandSpec& spec) {
  t.config(spec.spec, spec.help, [member](CommandContext& ctx, Obj& o) -> ActionResult {
    if (ctx.negated()) {
      (o.*member).reset();
      return Unit{};
    }
    model::PhoneType p{std::string(ctx.args.get("type")), {}};
    for (const char* m : {"m1", "m2", "m3"}) {
      if (ctx.args.has(m)) {
        p.addons.emplace_back(ctx.args.get(m));
      }
    }
    o.*member = p;
    return Unit{};
  });
}

/// `logout-profile <1-1000>` (ephone, pool; seed 002): enables Extension Mobility after the
/// confirmation question. On an ephone, a profile that is not configured yet is a warning (the
/// phone shows no logout profile until it exists); pools are not checked, as in seed 002.
template <class Obj>
void add_logout_profile(ObjectTable<Obj>& t, std::optional<unsigned> Obj::*member) {
  t.config("logout-profile <1-1000>$tag",
           {"Enable Extension Mobility with this logout profile", "voice logout-profile tag"},
           [member](CommandContext& ctx, Obj& o) -> ActionResult {
             if (ctx.negated()) {
               (o.*member).reset();
               return Unit{};
             }
             const auto tag = static_cast<unsigned>(ctx.args.get_int("tag"));
             const unsigned self = o.tag;
             confirm_extension_mobility(ctx, [member, tag, self](model::CmeConfig& c) {
               if constexpr (std::is_same_v<Obj, model::Ephone>) {
                 if (auto it = c.ephones.find(self); it != c.ephones.end()) {
                   it->second.*member = tag;
                 }
               } else if (auto it = c.voice_register_pools.find(self);
                          it != c.voice_register_pools.end()) {
                 it->second.*member = tag;
               }
             });
             // Seed 002: CME accepts a pool's profile before it exists, without a word.
             constexpr bool kChecked = std::is_same_v<Obj, model::Ephone>;
             if (kChecked && !ctx.view().cme.logout_profiles.contains(tag)) {
               return Err{make_warning(
                   fmt::format("% Warning: voice logout-profile {} is not configured yet", tag))};
             }
             return Unit{};
           });
}

}  // namespace cme::modes::detail
