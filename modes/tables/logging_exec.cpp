// Privileged EXEC logging commands: `show logging`, `clear logging`, `send log`.
#include <array>
#include <string>

#include "model/config.hpp"
#include "modes/registry.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"

namespace cme::modes {

namespace {

constexpr const char* kSyslogHeader =
    "Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, "
    "0 overruns, xml disabled, filtering disabled)\n"
    "\n"
    "No Active Message Discriminator.\n"
    "\n"
    "\n"
    "No Inactive Message Discriminator.\n"
    "\n"
    "\n";

/// "    Console logging: level debugging, 12 messages logged, xml disabled,\n" and its
/// continuation line aligned under "level" (`indent` blanks, as IOS prints it), or
/// "    Console logging: disabled\n".
std::string destination(const char* label, bool enabled, unsigned level, std::uint64_t count,
                        std::size_t indent) {
  std::string out = std::string("    ") + label;
  if (!enabled) {
    return out + "disabled\n";
  }
  out += std::string("level ") + model::severity_name(level) + ", " + std::to_string(count) +
         " messages logged, xml disabled,\n";
  return out + std::string(indent, ' ') + "filtering disabled\n";
}

ActionResult show_logging(CommandContext& ctx) {
  const auto& logging = ctx.device.running()->logging;
  const auto& counts = ctx.device.log_counters();
  std::string& out = ctx.out;
  out += kSyslogHeader;
  out += destination("Console logging: ", logging.console.enabled,
                     logging.console.effective_level(), counts.console, 21);
  out += destination("Monitor logging: ", logging.monitor.enabled,
                     logging.monitor.effective_level(), counts.monitor, 21);
  const auto& buffered = logging.buffered;
  out += destination("Buffer logging:  ", buffered.has_value(),
                     buffered ? buffered->effective_level() : model::kSeverityDebugging,
                     counts.buffer, 20);
  out +=
      "    Exception Logging: size (4096 bytes)\n"
      "    Count and timestamp logging messages: disabled\n"
      "    Persistent logging: disabled\n"
      "\n"
      "No active filter modules.\n"
      "\n"
      "    Trap logging: level informational, " +
      std::to_string(counts.trap) +
      " message lines logged\n"
      "        Logging Source-Interface:       VRF Name:\n"
      "\n";
  if (buffered) {
    out += "Log Buffer (" + std::to_string(buffered->effective_size()) + " bytes):\n\n";
    for (const auto& line : ctx.device.log_buffer().lines()) {
      out += line + '\n';
    }
  }
  return Unit{};
}

ActionResult clear_logging(CommandContext& ctx) {
  Question q;
  q.prompt = "Clear logging buffer [confirm]";
  q.single_key = true;
  q.on_answer = [](Session& s, std::string_view answer, std::string&) {
    if (answer.empty() || answer == "y" || answer == "yes") {
      s.device().clear_log_buffer();
    }
  };
  ctx.session.ask(std::move(q), ctx.out);
  return Unit{};
}

/// IOS's name of the session's line in `send log` messages: "tty0" for the console, "tty<2+N>"
/// for vty N (absolute line numbers, modes/line_directory.hpp); other names as they are.
std::string tty_name(const std::string& name) {
  if (name == "console") {
    return "tty0";
  }
  if (name.starts_with("vty") && name.size() > 3 &&
      name.find_first_not_of("0123456789", 3) == std::string::npos) {
    const auto relative = static_cast<unsigned>(std::stoul(name.substr(3)));
    return "tty" + std::to_string(absolute_line(model::LineKind::Vty, relative));
  }
  return name;
}

ActionResult send_log(CommandContext& ctx) {
  static constexpr std::array<const char*, 8> kSuffix = {"EMERG",   "ALERT",  "CRIT", "ERR",
                                                         "WARNING", "NOTICE", "INFO", "DEBUG"};
  const auto severity =
      static_cast<unsigned>(ctx.args.get_int("severity", model::kSeverityDebugging));
  const auto& options = ctx.session.options();
  ctx.device.log("%SYS-" + std::to_string(severity) + "-USERLOG_" + kSuffix[severity] +
                 ": Message from " + tty_name(options.name) + "(user id: " + options.user +
                 "): " + std::string(ctx.args.get("message")));
  return Unit{};
}

}  // namespace

void add_logging_exec_commands(CommandTable& t) {
  t.show("show logging",
         {"Show running system information", "Show the contents of logging buffers"}, show_logging);
  t.plain("clear logging", {"Reset functions", "Clear logging buffer"}, clear_logging);
  t.plain("send log [<0-7>$severity] LINE$message",
          {"Send a message to other tty lines", "Logging destinations", "Severity level",
           "Message text"},
          send_log);
}

}  // namespace cme::modes
