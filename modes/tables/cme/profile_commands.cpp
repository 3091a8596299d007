// Commands both Extension Mobility profiles have (seed 002: pin, user, number … type …,
// speed-dial … [blf]). A profile number should exist as an ephone-dn or voice register dn
// number (command reference); a missing one is a warning, since profiles are often written
// before the dns.
#include <fmt/format.h>

#include "modes/detail/cme_values.hpp"
#include "modes/detail/phone_commands.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::ProfileLines;
namespace d = detail;

ActionResult pin(CommandContext& ctx, ProfileLines& p) {
  if (ctx.negated()) {
    p.pin.reset();
    return Unit{};
  }
  const auto digits = ctx.args.get("pin");
  const bool ok = digits.size() >= 4 && digits.size() <= 8 &&
                  digits.find_first_not_of("0123456789") == std::string_view::npos;
  if (!ok && ctx.args.get("type") != "6") {
    return Err{make_semantic("% Invalid PIN: use 4 to 8 digits")};
  }
  p.pin = model::Pin{d::number_arg(ctx.args, "type"), std::string(digits)};
  return Unit{};
}

ActionResult number(CommandContext& ctx, ProfileLines& p) {
  const std::string numbers(ctx.args.get("numbers"));
  if (ctx.negated()) {
    std::erase_if(p.number, [&](const model::ProfileNumber& n) {
      return numbers.empty() || n.numbers == numbers;
    });
    return Unit{};
  }
  // Seed 002 spells the call-waiting overlay `cw-overly`; `cw-overlay` is accepted and stored so.
  const std::string type = ctx.args.get("type") == "cw-overlay" ? "cw-overly"
                                                                 : std::string(ctx.args.get("type"));
  model::set_or_append(p.number, model::ProfileNumber{numbers, type},
                       [](const model::ProfileNumber& n) { return n.numbers; });
  std::string missing;
  for (std::size_t start = 0; start <= numbers.size();) {
    const auto end = std::min(numbers.find(',', start), numbers.size());
    const auto one = std::string_view(numbers).substr(start, end - start);
    if (d::number_owners(ctx.view().cme, std::string(one)).empty()) {
      missing += (missing.empty() ? "" : ", ") + std::string(one);
    }
    start = end + 1;
  }
  if (!missing.empty()) {
    return Err{make_warning(fmt::format(
        "% Warning: {} is not configured on any ephone-dn or voice register dn", missing))};
  }
  return Unit{};
}

ActionResult speed_dial(CommandContext& ctx, ProfileLines& p) {
  if (ctx.negated()) {
    d::erase_tag(p.speed_dial, ctx.args);
    return Unit{};
  }
  model::SpeedDial s{static_cast<unsigned>(ctx.args.get_int("tag")),
                     std::string(ctx.args.get("number")), d::text_arg(ctx.args, "label"),
                     ctx.args.keyword("blf")};
  model::set_keyed(p.speed_dial, s, [](const model::SpeedDial& x) { return x.tag; });
  return Unit{};
}

}  // namespace

void add_profile_commands(ObjectTable<ProfileLines>& t) {
  t.config("pin [{0 | 6}$type] WORD$pin",
           {"Personal identification number", "The PIN that follows is in clear text",
            "The PIN that follows is encrypted (type 6)", "4 to 8 digits"},
           pin);
  t.config("user WORD$name password [{0 | 6}$type] WORD$password",
           {"Extension Mobility user credential", "User name (up to 15 characters)",
            "Password of the user", "The password that follows is in clear text",
            "The password that follows is encrypted (type 6)", "The password"},
           [](CommandContext& ctx, ProfileLines& p) -> ActionResult {
             if (ctx.negated()) {
               p.user.reset();
             } else {
               p.user = model::Credential{std::string(ctx.args.get("name")),
                                          d::number_arg(ctx.args, "type"),
                                          std::string(ctx.args.get("password"))};
             }
             return Unit{};
           });
  t.config(
      "number WORD$numbers type {normal | beep-ring | feature-ring | monitor-ring | silent-ring | "
      "overlay | cw-overly | cw-overlay}$type",
      {"Line of the profile", "Number, or numbers separated by commas for overlay lines",
       "How the line rings", "A normal line", "Beep instead of ringing", "Feature ring",
       "Show the line's state only", "Do not ring", "Overlay line",
       "Overlay line with call waiting (IOS spelling)", "Overlay line with call waiting"},
      number);
  t.config("speed-dial <1-36>$tag WORD$number [label WORD$label] [blf]",
           {"Speed-dial button of the profile", "Speed-dial tag", "Number to dial",
            "Text shown next to the button", "Label, in quotes when it has blanks",
            "Watch the number (busy lamp field)"},
           speed_dial);
}

void add_user_profile_commands(ObjectTable<model::UserProfile>& t) {
  t.field("max-idle-time <1-9999>$minutes", {"Log the user out after this idle time", "Minutes"},
          &model::UserProfile::max_idle_time);
}

}  // namespace cme::modes
