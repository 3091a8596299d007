// Logging: `logging buffered|console|monitor` in the running-config, Router::log (severity,
// counters, the logging buffer, sinks), `show logging`, `clear logging` and `send log`.
#include <catch2/catch.hpp>
#include <vector>

#include "model/json.hpp"
#include "modes/log_buffer.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::DiagnosticKind;
using cme::modes::LogLine;
using cme::modes::Device;
using cme::test::SessionFixture;

namespace {

/// The fixture clock's time as a log timestamp.
constexpr const char* kStamp = "*Nov 14 22:13:20.000: ";

constexpr const char* kShowLoggingHead =
    "Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, 0 overruns, "
    "xml disabled, filtering disabled)\n"
    "\n"
    "No Active Message Discriminator.\n"
    "\n"
    "\n"
    "No Inactive Message Discriminator.\n"
    "\n"
    "\n";

constexpr const char* kShowLoggingMiddle =
    "    Exception Logging: size (4096 bytes)\n"
    "    Count and timestamp logging messages: disabled\n"
    "    Persistent logging: disabled\n"
    "\n"
    "No active filter modules.\n"
    "\n";

/// Applies global configuration `lines` in one interactive session and returns to EXEC (which
/// logs %SYS-5-CONFIG_I).
void configure(SessionFixture& f, std::initializer_list<const char*> lines) {
  f.ok("configure terminal");
  for (const char* line : lines) {
    f.ok(line);
  }
  f.ok("end");
}

}  // namespace

TEST_CASE("logging: the typed lines render in the enable block", "[modes][logging]") {
  SessionFixture f;
  configure(f, {"logging buffered 2000000 debugging", "logging console 4", "no logging monitor",
                "enable password lab"});
  CHECK(f.rendered().find("!\nhostname Router\n!\nlogging buffered 2000000 debugging\n"
                          "logging console warnings\nno logging monitor\nenable password lab\n"
                          "!\n") != std::string::npos);
  SECTION("a command changes only the parts it names") {
    configure(f, {"logging buffered 8192", "logging console"});
    CHECK(f.rendered().find("logging buffered 8192 debugging\nlogging console warnings\n") !=
          std::string::npos);
  }
  SECTION("no and default forms") {
    configure(f, {"no logging buffered", "no logging console", "default logging monitor"});
    CHECK(f.rendered().find("logging buffered") == std::string::npos);
    CHECK(f.rendered().find("no logging console\nenable password lab\n") != std::string::npos);
    CHECK(f.rendered().find("monitor") == std::string::npos);
  }
  SECTION("the bare command keeps IOS's defaults") {
    configure(f, {"no logging buffered", "logging buffered"});
    CHECK(f.rendered().find("\nlogging buffered\n") != std::string::npos);
    CHECK(f.device.running()->logging.buffered->effective_size() == 4096);
  }
}

TEST_CASE("logging: help lists sizes and levels as IOS does", "[modes][logging]") {
  SessionFixture f;
  f.ok("configure terminal");
  const auto answer = f.session.help("logging buffered ");
  const auto has = [&](const std::string& token, const std::string& help) {
    for (const auto& e : answer.entries) {
      if (e.token == token) {
        return e.help == help;
      }
    }
    return false;
  };
  CHECK(has("<4096-2147483647>", "Logging buffer size"));
  CHECK(has("<0-7>", "Logging severity level"));
  CHECK(has("warnings", "Warning conditions                (severity=4)"));
  CHECK(has("<cr>", ""));
}

TEST_CASE("logging: other logging lines stay verbatim, bad values are errors", "[modes][logging]") {
  SessionFixture f;
  f.ok("configure terminal");
  f.ok("logging host 10.1.1.1");
  f.ok("logging trap notifications");
  CHECK(f.device.running()->verbatim.size() == 2);
  CHECK(f.fails("logging buffered 100").kind == DiagnosticKind::Invalid);
  CHECK(f.fails("logging console 8").kind == DiagnosticKind::Invalid);
  CHECK(f.device.running()->verbatim.size() == 2);
  CHECK(f.device.running()->logging == cme::model::Logging{});
}

TEST_CASE("logging: message severity comes from %FAC-N-MNEMONIC", "[modes][logging]") {
  CHECK(Device::message_severity("%SYS-5-CONFIG_I: Configured from console by console") == 5);
  CHECK(Device::message_severity("%LINK-3-UPDOWN: Interface Gi0/0, changed state to up") == 3);
  CHECK(Device::message_severity("%IPPHONE-6-REG_ALARM: 23: Name=SEP0012...") == 6);
  CHECK(Device::message_severity("no facility here") == 7);
  CHECK(Device::message_severity("50% done, %SYS-9-X: not a severity") == 7);
  CHECK(Device::message_severity("100% then %SYS-0-PANIC: x") == 0);
}

TEST_CASE("logging: sinks get the severity; console and monitor levels", "[modes][logging]") {
  SessionFixture f;
  std::vector<LogLine> seen;
  f.device.add_log_sink([&](const LogLine& l) { seen.push_back(l); });
  f.device.log("%LINK-3-UPDOWN: Interface Gi0/0, changed state to down");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].text ==
        std::string(kStamp) + "%LINK-3-UPDOWN: Interface Gi0/0, changed state to down");
  CHECK(seen[0].severity == 3);
  CHECK(f.device.console_allows(7));
  CHECK(f.device.monitor_allows(7));
  configure(f, {"logging console critical", "logging monitor errors"});
  CHECK(f.device.console_allows(2));
  CHECK_FALSE(f.device.console_allows(3));
  CHECK(f.device.monitor_allows(3));
  CHECK_FALSE(f.device.monitor_allows(4));
  configure(f, {"no logging monitor", "no logging console"});
  CHECK_FALSE(f.device.monitor_allows(0));
  CHECK_FALSE(f.device.console_allows(0));
}

TEST_CASE("logging: show logging without a buffer", "[modes][logging]") {
  SessionFixture f;
  f.device.log("%SYS-5-CONFIG_I: Configured from console by console");
  f.device.log("debug text");  // severity 7: not counted at the informational trap level
  CHECK(f.ok("show logging") ==
        std::string(kShowLoggingHead) +
            "    Console logging: level debugging, 2 messages logged, xml disabled,\n"
            "                     filtering disabled\n"
            "    Monitor logging: level debugging, 2 messages logged, xml disabled,\n"
            "                     filtering disabled\n"
            "    Buffer logging:  disabled\n" +
            kShowLoggingMiddle +
            "    Trap logging: level informational, 1 message lines logged\n"
            "        Logging Source-Interface:       VRF Name:\n"
            "\n");
}

TEST_CASE("logging: show logging with the buffer", "[modes][logging]") {
  SessionFixture f;
  configure(f, {"logging buffered 8192 warnings", "no logging console"});
  f.ok("send log 4 disk almost full");
  f.ok("send log 6 not buffered");
  const auto out = f.ok("show logging");
  CHECK(out == std::string(kShowLoggingHead) +
                   "    Console logging: disabled\n"
                   "    Monitor logging: level debugging, 3 messages logged, xml disabled,\n"
                   "                     filtering disabled\n"
                   "    Buffer logging:  level warnings, 1 messages logged, xml disabled,\n"
                   "                    filtering disabled\n" +
                   kShowLoggingMiddle +
                   "    Trap logging: level informational, 3 message lines logged\n"
                   "        Logging Source-Interface:       VRF Name:\n"
                   "\n"
                   "Log Buffer (8192 bytes):\n"
                   "\n" +
                   kStamp +
                   "%SYS-4-USERLOG_WARNING: Message from tty0(user id: ): disk almost full\n");
  SECTION("clear logging asks, then empties the buffer") {
    CHECK(f.ok("clear logging").empty());
    CHECK(f.session.prompt() == "Clear logging buffer [confirm]");
    f.ok("");
    CHECK(f.device.log_buffer().lines().empty());
    CHECK(f.ok("show logging").ends_with("Log Buffer (8192 bytes):\n\n"));
  }
  SECTION("clear logging answered no keeps the buffer") {
    f.ok("clear logging");
    f.ok("n");
    CHECK(f.device.log_buffer().lines().size() == 1);
  }
  SECTION("no logging buffered frees the buffer") {
    configure(f, {"no logging buffered"});
    CHECK(f.device.log_buffer().lines().empty());
    CHECK(f.ok("show logging").find("Log Buffer") == std::string::npos);
  }
}

TEST_CASE("logging: send log names the severity, the line and the user", "[modes][logging]") {
  SessionFixture f;
  std::vector<LogLine> seen;
  f.device.add_log_sink([&](const LogLine& l) { seen.push_back(l); });
  f.ok("send log hello there");
  f.ok("send log 0 the sky is falling");
  f.ok("send log 9 lives");  // 9 is not a severity: the message starts there
  REQUIRE(seen.size() == 3);
  CHECK(seen[0].text ==
        std::string(kStamp) + "%SYS-7-USERLOG_DEBUG: Message from tty0(user id: ): hello there");
  CHECK(seen[0].severity == 7);
  CHECK(
      seen[1].text.ends_with("%SYS-0-USERLOG_EMERG: Message from tty0(user id: ): the sky is "
                             "falling"));
  CHECK(seen[1].severity == 0);
  CHECK(seen[2].text.ends_with("%SYS-7-USERLOG_DEBUG: Message from tty0(user id: ): 9 lives"));

  cme::modes::SessionOptions vty;
  vty.name = "vty3";
  vty.user = "admin";
  vty.privilege = 15;
  cme::modes::Session other(f.device, vty);
  REQUIRE(other.execute("send log 5 from telnet").ok());
  CHECK(seen.back().text.ends_with(
      "%SYS-5-USERLOG_NOTICE: Message from tty5(user id: admin): from telnet"));
  CHECK(f.fails("send log").kind == DiagnosticKind::Incomplete);
}

TEST_CASE("logging: the buffer drops its oldest lines beyond its size", "[modes][logging]") {
  cme::modes::LogBuffer b(10);
  b.append("12345");  // 6 bytes with its newline
  b.append("abc");    // 10
  CHECK(b.lines().size() == 2);
  CHECK(b.bytes() == 10);
  b.append("x");  // 12: the oldest goes
  CHECK(b.lines() == std::deque<std::string>{"abc", "x"});
  CHECK(b.bytes() == 6);
  b.append("this line is too long");
  CHECK(b.lines().empty());
  b.append("ab");
  b.append("cd");
  b.set_capacity(3);
  CHECK(b.lines() == std::deque<std::string>{"cd"});
  b.clear();
  CHECK(b.bytes() == 0);
  CHECK(b.capacity() == 3);
}

TEST_CASE("logging: a smaller logging buffered size trims the buffer", "[modes][logging]") {
  SessionFixture f;
  configure(f, {"logging buffered 4096"});
  for (int i = 0; i < 100; ++i) {
    f.device.log("%SYS-5-TEST: message number " + std::to_string(i));
  }
  CHECK(f.device.log_buffer().bytes() <= 4096);
  CHECK(f.device.log_buffer().lines().back().ends_with("message number 99"));
  CHECK(f.device.log_counters().buffer == 101);  // and the CONFIG_I of `end`
}

TEST_CASE("logging: JSON round trip", "[modes][logging][json]") {
  SessionFixture f;
  configure(f, {"logging buffered 16384 informational", "no logging console", "logging monitor 3"});
  const auto json = cme::model::to_json_text(*f.device.running());
  CHECK(json.find(R"("logging": {)") != std::string::npos);
  CHECK(json.find(R"("level": "informational")") != std::string::npos);
  const auto back = cme::model::config_from_json_text(json);
  REQUIRE(back.ok());
  CHECK(back.value().logging == f.device.running()->logging);
  CHECK(cme::model::config_from_json_text(
            R"({"schema": "opencme-config/1", "logging": {"console": {"level": "loud"}}})")
            .error() == "JSON: unknown value \"loud\" at /logging/console/level");
}
