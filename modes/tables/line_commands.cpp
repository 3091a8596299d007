// `line con|aux|vty` sub-commands that OpenCME models (vty behaviour: issue 5).
#include "model/config.hpp"
#include "model/secret.hpp"
#include "modes/registry.hpp"
#include "modes/session.hpp"
#include "modes/tables/login_security.hpp"

namespace cme::modes {

namespace {

/// The line block the session's current `line` mode edits.
model::Line* current_line(CommandContext& ctx) {
  const auto& f = ctx.session.frame();
  const auto kind = model::line_kind_from_word(f.key);
  return kind ? ctx.edit().find_line(*kind, static_cast<unsigned>(f.id),
                                     static_cast<unsigned>(f.last_line))
              : nullptr;
}

template <class Fn>
Action on_line(Fn fn) {
  return [fn](CommandContext& ctx) -> ActionResult {
    auto* l = current_line(ctx);
    if (l == nullptr) {
      return Err{make_semantic("% The line was removed while it was being configured")};
    }
    return fn(ctx, *l);
  };
}

ActionResult password(CommandContext& ctx, model::Line& l) {
  if (ctx.negated()) {
    l.password.reset();
    return Unit{};
  }
  const std::string text(ctx.args.get("password"));
  const unsigned type = ctx.args.get("type") == "7" ? 7 : 0;
  if (type == 7 && !model::type7_decode(text).ok()) {
    return Err{make_semantic("% Invalid encrypted password")};
  }
  l.password = model::Password{type, text};
  return Unit{};
}

ActionResult login(CommandContext& ctx, model::Line& l) {
  std::optional<model::LoginMode> chosen;
  if (ctx.form == parser::CommandForm::No) {
    chosen = model::LoginMode::None;
  } else if (ctx.form == parser::CommandForm::Set) {
    chosen = ctx.args.keyword("local") ? model::LoginMode::Local : model::LoginMode::Line;
  }
  // The line kind's own default is not a setting (vty lines render `login` either way), so a
  // rendered configuration reads back to the same model.
  l.login.reset();
  if (chosen && *chosen != l.effective_login()) {
    l.login = chosen;
  }
  return Unit{};
}

ActionResult exec_timeout(CommandContext& ctx, model::Line& l) {
  if (ctx.negated()) {
    l.exec_timeout.reset();
    return Unit{};
  }
  l.exec_timeout = model::ExecTimeout{static_cast<unsigned>(ctx.args.get_int("minutes")),
                                      static_cast<unsigned>(ctx.args.get_int("seconds"))};
  return Unit{};
}

ActionResult transport_input(CommandContext& ctx, model::Line& l) {
  if (ctx.negated()) {
    l.transport_input.reset();
    return Unit{};
  }
  std::string protocols;
  for (auto k : ctx.args.keywords()) {
    if (k != "transport" && k != "input") {
      protocols += (protocols.empty() ? "" : " ") + std::string(k);
    }
  }
  l.transport_input = protocols;
  return Unit{};
}

}  // namespace

void add_line_commands(CommandTable& t) {
  t.config("password [{0 | 7}$type] WORD$password",
           {"Set a password", "Specifies an UNENCRYPTED password will follow",
            "Specifies a HIDDEN password will follow", "The password"},
           on_line(password));
  t.config("login [local]", {"Enable password checking", "Local password checking"},
           on_line(login));
  t.config("exec-timeout <0-35791>$minutes [<0-2147483>$seconds]",
           {"Set the EXEC timeout", "Timeout in minutes", "Timeout in seconds"},
           on_line(exec_timeout));
  t.config("privilege level <0-15>$level",
           {"Change privilege level for line", "Assign default privilege level for line",
            "Default privilege level for line"},
           on_line([](CommandContext& ctx, model::Line& l) -> ActionResult {
             if (ctx.negated()) {
               l.privilege_level.reset();
             } else {
               l.privilege_level = static_cast<unsigned>(ctx.args.get_int("level"));
             }
             return Unit{};
           }));
  t.config("logging synchronous",
           {"Modify message logging facilities", "Synchronized message output"},
           on_line([](CommandContext& ctx, model::Line& l) -> ActionResult {
             l.logging_synchronous = !ctx.negated();
             return Unit{};
           }));
  t.config("transport input {all | none | telnet [ssh] | ssh [telnet]}",
           {"Define transport protocols for line",
            "Define which protocols to use when "
            "connecting to the terminal server",
            "All protocols", "No protocols", "TCP/IP Telnet protocol", "TCP/IP SSH protocol",
            "TCP/IP SSH protocol", "TCP/IP Telnet protocol"},
           on_line(transport_input));
  add_refused_access_class(t);
}

}  // namespace cme::modes
