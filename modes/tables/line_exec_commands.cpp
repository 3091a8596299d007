// show users, show line, clear line: the terminal lines in use (IOS Configuration Fundamentals
// command reference, "show users", "show line", "clear line"). The lines come from the router's
// LineDirectory (cli/line_registry.hpp); batch runs have none and show only the headings.
#include <fmt/format.h>

#include <set>

#include "model/config.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/exec_show.hpp"
#include "parser/text.hpp"

namespace cme::modes {

namespace {

constexpr unsigned kLastLine = 1871;  // absolute number of vty 1869

/// The absolute line of this session, from its name ("console", "vty3").
std::optional<unsigned> own_line(const Session& s) {
  const auto& name = s.options().name;
  if (name == "console") {
    return 0;
  }
  if (name.rfind("vty", 0) == 0 && name.size() > 3) {
    return absolute_line(model::LineKind::Vty, static_cast<unsigned>(std::stoul(name.substr(3))));
  }
  return std::nullopt;
}

/// "00:00:03" below a day, "1d02h" from one day on (IOS idle times).
std::string idle_text(std::chrono::seconds idle) {
  const long s = static_cast<long>(idle.count());
  if (s >= 86400) {
    return fmt::format("{}d{:02}h", s / 86400, (s % 86400) / 3600);
  }
  return fmt::format("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
}

std::string line_name(model::LineKind kind, unsigned relative) {
  return std::string(model::line_kind_word(kind)) + " " + std::to_string(relative);
}

ActionResult show_users(CommandContext& ctx) {
  ctx.out += "    Line       User       Host(s)              Idle       Location\n";
  const auto self = own_line(ctx.session);
  if (const auto* dir = ctx.device.lines()) {
    for (const auto& l : dir->active()) {
      const std::string row =
          fmt::format("{}{:>3} {:<10}{:<11}{:<21}{} {}", self == l.absolute ? '*' : ' ', l.absolute,
                      line_name(l.kind, l.relative), l.user, "idle", idle_text(l.idle), l.location);
      ctx.out += std::string(parser::trim_right(row)) + "\n";
    }
  }
  ctx.out += "\n  Interface    User               Mode         Idle     Peer Address\n\n";
  return Unit{};
}

/// The configured lines as (absolute, type word, Tx/Rx text).
std::vector<std::pair<unsigned, const char*>> configured_lines(const model::Config& c) {
  std::vector<std::pair<unsigned, const char*>> out;
  for (const auto& l : c.lines) {
    const char* typ = l.kind == model::LineKind::Console ? "CTY"
                      : l.kind == model::LineKind::Aux   ? "AUX"
                                                         : "VTY";
    for (unsigned n = l.first; n <= l.last; ++n) {
      out.emplace_back(absolute_line(l.kind, n), typ);
    }
  }
  return out;
}

/// "1, 7-1871": the numbers in [0, kLastLine] missing from `used`.
std::string unused_ranges(const std::set<unsigned>& used) {
  std::string out;
  unsigned n = 0;
  while (n <= kLastLine) {
    if (used.count(n) != 0) {
      ++n;
      continue;
    }
    unsigned end = n;
    while (end + 1 <= kLastLine && used.count(end + 1) == 0) {
      ++end;
    }
    out += (out.empty() ? "" : ", ") +
           (end == n ? std::to_string(n) : std::to_string(n) + "-" + std::to_string(end));
    n = end + 1;
  }
  return out;
}

ActionResult show_line(CommandContext& ctx) {
  ctx.out += "   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int\n";
  const auto* dir = ctx.device.lines();
  std::set<unsigned> active;
  if (dir != nullptr) {
    for (const auto& l : dir->active()) {
      active.insert(l.absolute);
    }
  }
  std::set<unsigned> listed;
  for (const auto& [absolute, typ] : configured_lines(ctx.view())) {
    if (!listed.insert(absolute).second) {
      continue;
    }
    const bool aux = std::string_view(typ) == "AUX";
    const std::string row =
        fmt::format("{}{:>5} {:<3}   {:<9}  -    -      -    -    -  {:>5}   {:>5}  {:>6}       -",
                    active.count(absolute) != 0 ? '*' : ' ', absolute, typ, aux ? "9600/9600" : "",
                    dir != nullptr ? dir->uses(absolute) : 0, 0, "0/0");
    ctx.out += row + "\n";
  }
  ctx.out += "\nLine(s) not in async mode -or- with no hardware support: \n" +
             unused_ranges(listed) + "\n\n";
  return Unit{};
}

/// `clear line N`: "[confirm]", then the session on the line ends and "[OK]" is printed.
void confirm_clear(CommandContext& ctx, unsigned absolute) {
  Question q;
  q.prompt = "[confirm]";
  q.single_key = true;
  q.default_answer = "y";
  q.on_answer = [absolute](Session& s, std::string_view answer, std::string& out) {
    if (answer != "y" && answer != "yes") {
      return;
    }
    if (auto* dir = s.device().lines()) {
      dir->clear(absolute);
    }
    out += " [OK]\n";
  };
  ctx.session.ask(std::move(q), ctx.out);
}

}  // namespace

void add_line_exec_commands(CommandTable& user, CommandTable& priv) {
  for (CommandTable* t : {&user, &priv}) {
    t->show("show users", {"", "Display information about terminal lines"}, show_users);
    t->show("show line", {"", "TTY line information"}, show_line);
  }
  priv.plain("clear line <0-1871>$number",
             {"Reset functions", "Reset a terminal line", "Line number"},
             [](CommandContext& ctx) -> ActionResult {
               confirm_clear(ctx, static_cast<unsigned>(ctx.args.get_int("number")));
               return Unit{};
             });
  priv.plain("clear line vty <0-1869>$vty", {"", "", "Virtual terminal", "Line number"},
             [](CommandContext& ctx) -> ActionResult {
               confirm_clear(ctx, absolute_line(model::LineKind::Vty,
                                                static_cast<unsigned>(ctx.args.get_int("vty"))));
               return Unit{};
             });
  priv.plain("clear line console <0-0>", {"", "", "Primary terminal line", "Line number"},
             [](CommandContext& ctx) -> ActionResult {
               confirm_clear(ctx, 0);
               return Unit{};
             });
}

}  // namespace cme::modes
