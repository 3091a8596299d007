// `logging buffered|console|monitor` (global configuration): where system messages go. Other
// `logging ...` commands (host, trap, source-interface ...) stay verbatim (modes/known_ios).
#include <string>
#include <vector>

#include "model/config.hpp"
#include "modes/registry.hpp"
#include "modes/session.hpp"

namespace cme::modes {

namespace {

/// The level element shared by the three commands, bound as `$level`.
constexpr const char* kLevelSpec =
    "[{<0-7> | emergencies | alerts | critical | errors | warnings | notifications | "
    "informational | debugging}$level]";

/// Help texts of kLevelSpec, in its order (IOS's wording and alignment).
std::vector<std::string> level_help() {
  return {"Logging severity level",
          "System is unusable                (severity=0)",
          "Immediate action needed           (severity=1)",
          "Critical conditions               (severity=2)",
          "Error conditions                  (severity=3)",
          "Warning conditions                (severity=4)",
          "Normal but significant conditions (severity=5)",
          "Informational messages            (severity=6)",
          "Debugging messages                (severity=7)"};
}

/// The severity bound as `$level`, when given.
std::optional<unsigned> given_level(const parser::Args& args) {
  return args.has("level") ? model::severity_from_word(args.get("level")) : std::nullopt;
}

ActionResult logging_buffered(CommandContext& ctx) {
  ctx.session.touch(model::Section::Logging);
  auto& logging = ctx.edit().logging;
  if (ctx.negated()) {
    logging.buffered.reset();
    return Unit{};
  }
  auto& b = logging.buffered ? *logging.buffered : logging.buffered.emplace();
  if (ctx.args.has("size")) {
    b.size = static_cast<std::uint32_t>(ctx.args.get_int("size"));
  }
  if (const auto level = given_level(ctx.args)) {
    b.level = level;
  }
  return Unit{};
}

/// `logging console|monitor [level]`: on, with the level when given; `no`: off; `default`: on
/// at the default level.
ActionResult logging_target(CommandContext& ctx, model::LoggingTarget model::Logging::*which) {
  ctx.session.touch(model::Section::Logging);
  auto& target = ctx.edit().logging.*which;
  if (ctx.form == parser::CommandForm::Default) {
    target = model::LoggingTarget{};
  } else if (ctx.form == parser::CommandForm::No) {
    target = model::LoggingTarget{false, std::nullopt};
  } else {
    target.enabled = true;
    if (const auto level = given_level(ctx.args)) {
      target.level = level;
    }
  }
  return Unit{};
}

}  // namespace

void add_logging_commands(CommandTable& t) {
  auto help = std::vector<std::string>{"Modify message logging facilities",
                                       "Set buffered logging parameters", "Logging buffer size"};
  const auto levels = level_help();
  help.insert(help.end(), levels.begin(), levels.end());
  t.config(std::string("logging buffered [<4096-2147483647>$size] ") + kLevelSpec, help,
           logging_buffered);
  help = {"", "Set console logging parameters"};
  help.insert(help.end(), levels.begin(), levels.end());
  t.config(std::string("logging console ") + kLevelSpec, help,
           [](CommandContext& ctx) { return logging_target(ctx, &model::Logging::console); });
  help = {"", "Set terminal line (monitor) logging parameters"};
  help.insert(help.end(), levels.begin(), levels.end());
  t.config(std::string("logging monitor ") + kLevelSpec, help,
           [](CommandContext& ctx) { return logging_target(ctx, &model::Logging::monitor); });
}

}  // namespace cme::modes
