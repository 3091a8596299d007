// User and privileged EXEC commands of issue 2.
#include <chrono>
#include <functional>
#include <string>

#include "common/ascii.hpp"
#include "model/config.hpp"
#include "model/secret.hpp"
#include "modes/config_merge.hpp"
#include "modes/device.hpp"
#include "modes/registry.hpp"
#include "modes/session.hpp"
#include "modes/tables/ephone_show.hpp"
#include "modes/tables/exec_show.hpp"

namespace cme::modes {

namespace {

bool password_matches(const model::Config& c, std::string_view answer) {
  if (c.enable_secret) {
    return c.enable_secret->type == 5 && model::type5_verify(answer, c.enable_secret->hash);
  }
  if (c.enable_password->type == 7) {
    auto plain = model::type7_decode(c.enable_password->text);
    return plain.ok() && plain.value() == answer;
  }
  return c.enable_password->text == answer;
}

/// Sets the privilege level and enters privileged EXEC from user EXEC.
void grant(Session& session, unsigned level) {
  session.set_privilege(level);
  if (session.mode() == ModeId::UserExec) {
    session.push_mode(ModeFrame{ModeId::PrivExec, "", 0, 0, ""});
  }
}

/// Asks "Password: " up to three times (IOS), then "% Bad secrets" / "% Bad passwords".
void ask_enable(Session& session, unsigned level, int attempt, std::string& out) {
  Question q;
  q.prompt = "Password: ";
  q.echo = false;
  q.on_answer = [level, attempt](Session& s, std::string_view answer, std::string& o) {
    const auto& c = s.view();
    if (password_matches(c, answer)) {
      grant(s, level);
      return;
    }
    if (attempt >= 3) {
      o += c.enable_secret ? "% Bad secrets\n" : "% Bad passwords\n";
      return;
    }
    ask_enable(s, level, attempt + 1, o);
  };
  session.ask(std::move(q), out);
}

ActionResult enable(CommandContext& ctx) {
  const auto level = static_cast<unsigned>(ctx.args.get_int("level", 15));
  const auto& c = ctx.view();
  const bool protected_ = c.enable_secret || c.enable_password;
  const bool vty = ctx.session.options().name.rfind("vty", 0) == 0;
  if (!protected_ && vty && ctx.session.privilege() < level) {
    ctx.out += "% No password set\n";  // IOS: a vty cannot enable without an enable password
    return Unit{};
  }
  if (ctx.session.privilege() >= level || !protected_ || ctx.session.options().batch) {
    grant(ctx.session, level);
    return Unit{};
  }
  ask_enable(ctx.session, level, 1, ctx.out);
  return Unit{};
}

ActionResult disable(CommandContext& ctx) {
  ctx.session.set_privilege(static_cast<unsigned>(ctx.args.get_int("level", 1)));
  if (ctx.session.privilege() < 15) {
    ctx.session.drop_to_user_exec();
  }
  return Unit{};
}

void enter_config(Session& session, std::string& out) {
  session.push_mode(ModeFrame{ModeId::Config, "", 0, 0, ""});
  out += "Enter configuration commands, one per line.  End with CNTL/Z.\n";
}

ActionResult configure(CommandContext& ctx) {
  enter_config(ctx.session, ctx.out);
  return Unit{};
}

ActionResult write_memory(CommandContext& ctx) {
  auto r = save_running_config(ctx.session, ctx.out);
  if (!r) {
    return Err{make_semantic(r.error())};
  }
  return Unit{};
}

/// IOS's `copy` question "Destination filename [NAME]? ": `copy` runs when the answer is NAME
/// (the default); another name cannot be opened.
void ask_destination(CommandContext& ctx, std::string name,
                     std::function<void(Session&, std::string&)> copy) {
  Question q;
  q.prompt = "Destination filename [" + name + "]? ";
  q.default_answer = name;
  q.on_answer = [name, copy = std::move(copy)](Session& s, std::string_view answer,
                                               std::string& out) {
    if (answer != name) {
      out += "%Error opening " + std::string(answer) + " (No such file or directory)\n";
      return;
    }
    copy(s, out);
  };
  ctx.session.ask(std::move(q), ctx.out);
}

ActionResult copy_run_start(CommandContext& ctx) {
  ask_destination(ctx, "startup-config", [](Session& s, std::string& out) {
    if (auto r = save_running_config(s, out); !r) {
      out += r.error() + "\n";
    }
  });
  return Unit{};
}

/// Merges the startup-config into the running configuration (IOS: the file's lines as if typed;
/// nothing is removed), then `N bytes copied …` and %SYS-5-CONFIG_I "from memory".
void merge_startup(Session& session, std::string& out) {
  Device& device = session.device();
  auto text = device.store().read();
  if (!text) {
    out += text.error() + "\n";
    return;
  }
  if (!text.value()) {
    out += "%Error opening nvram:startup-config (No such file or directory)\n";
    return;
  }
  const auto started = device.now();
  const MergeReport report = merge_config_text(device, **text);
  for (const auto& failed : report.failed) {
    out += "%Error in startup-config line " + std::to_string(failed.number) + ": " + failed.line +
           "\n";
  }
  const std::chrono::duration<double> took = device.now() - started;
  out += bytes_copied_text(text.value()->size(), took.count()) + "\n";
  device.log("%SYS-5-CONFIG_I: Configured from memory by " + session.options().origin);
}

ActionResult copy_start_run(CommandContext& ctx) {
  ask_destination(ctx, "running-config", merge_startup);
  return Unit{};
}

/// `configure` alone: IOS asks where from (an abbreviation of the answer will do).
ActionResult configure_ask(CommandContext& ctx) {
  Question q;
  q.prompt = "Configuring from terminal, memory, or network [terminal]? ";
  q.default_answer = "terminal";
  q.on_answer = [](Session& s, std::string_view answer, std::string& out) {
    const std::string a = to_lower(answer);
    if (std::string_view("terminal").starts_with(a)) {
      enter_config(s, out);
    } else if (std::string_view("memory").starts_with(a)) {
      merge_startup(s, out);
    } else if (std::string_view("network").starts_with(a)) {
      out += "%Error: configuring from the network is not supported\n";
    } else {
      out += "?Must be \"terminal\", \"memory\" or \"network\"\n";
    }
  };
  ctx.session.ask(std::move(q), ctx.out);
  return Unit{};
}

ActionResult configure_memory(CommandContext& ctx) {
  merge_startup(ctx.session, ctx.out);
  return Unit{};
}

ActionResult erase_startup(CommandContext& ctx) {
  Question q;
  q.prompt =
      "Erasing the nvram filesystem will remove all configuration files! Continue? "
      "[confirm]";
  q.single_key = true;
  q.on_answer = [](Session& s, std::string_view answer, std::string& out) {
    if (!answer.empty() && answer != "y" && answer != "yes") {
      return;
    }
    auto r = s.device().store().erase();
    out += r ? "[OK]\nErase of nvram: complete\n" : r.error() + "\n";
  };
  ctx.session.ask(std::move(q), ctx.out);
  return Unit{};
}

ActionResult exit_exec(CommandContext& ctx) {
  ctx.session.close();
  return Unit{};
}

/// Commands of both EXEC levels.
void add_common(CommandTable& t) {
  t.plain("enable [<0-15>$level]", {"Turn on privileged commands", "Enable level"}, enable);
  t.plain("exit", {"Exit from the EXEC"}, exit_exec);
  t.plain("logout", {"Exit from the EXEC"}, exit_exec);
  add_terminal_commands(t);
  add_common_show_commands(t);
}

}  // namespace

Result<Unit, std::string> save_running_config(Session& session, std::string& out) {
  out += "Building configuration...\n";
  auto r = session.device().store().write(model::render_running_config(session.view()));
  if (r) {
    out += "[OK]\n";
  }
  return r;
}

void add_exec_commands(CommandTable& user, CommandTable& priv) {
  add_common(user);
  add_common(priv);
  priv.plain("disable [<0-15>$level]", {"Turn off privileged commands", "Privilege level to go to"},
             disable);
  priv.plain("configure", {"Enter configuration mode"}, configure_ask);
  priv.plain("configure terminal", {"", "Configure from the terminal"}, configure);
  priv.plain("configure memory", {"", "Configure from NV memory"}, configure_memory);
  priv.plain("write [memory]",
             {"Write running configuration to memory, network, or terminal", "Write to NV memory"},
             write_memory);
  priv.show("write terminal", {"", "Write to terminal"}, [](CommandContext& ctx) -> ActionResult {
    ctx.out += model::show_running_config(ctx.view());
    return Unit{};
  });
  priv.plain("copy running-config startup-config",
             {"Copy from one file to another", "Copy from current system configuration",
              "Copy to startup configuration"},
             copy_run_start);
  priv.plain(
      "copy startup-config running-config",
      {"", "Copy from startup configuration", "Update (merge with) current system configuration"},
      copy_start_run);
  priv.plain("erase startup-config",
             {"Erase a filesystem", "Erase contents of configuration memory"}, erase_startup);
  add_privileged_show_commands(priv);
  add_line_exec_commands(user, priv);
  add_debug_commands(priv);
  add_reload_commands(priv);
  add_sip_show_commands(priv);
  add_ephone_show_commands(priv);
  add_ephone_dn_show_commands(priv);
  add_ephone_debug_commands(priv);
}

}  // namespace cme::modes
