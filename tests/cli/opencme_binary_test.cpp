// The `opencme` binary: batch files and commands, the startup-config file, options, and a
// console on plain stdin.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/cli/opencme_process.hpp"

using cme::test::run_opencme;
using cme::test::TempDir;

namespace {

const std::string kShowRun = "show running-config";

const std::string kGood =
    "hostname R1\n"
    "!\n"
    "interface GigabitEthernet0/0\n"
    " ip address 10.0.0.1 255.255.255.0\n"
    "!\n"
    "line vty 0 4\n"
    " exec-timeout 5 0\n"
    "end\n";

/// The output of show running-config for a router with an empty configuration.
std::string empty_running_config() {
  TempDir dir;
  auto r = run_opencme(dir.path(), {"-c", kShowRun});
  REQUIRE(r.status == 0);
  REQUIRE(r.out.find("hostname Router\n") != std::string::npos);
  return r.out;
}

bool contains(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

/// Checks that `err` reports `line` (line `n` of `file`) with the caret under line[column].
void check_caret(const std::string& err, const std::string& file, int n, const std::string& line,
                 std::size_t column) {
  const std::string head = file + ":" + std::to_string(n) + ": " + line + "\n";
  INFO("stderr:\n" << err << "looking for: " << head);
  const auto at = err.find(head);
  REQUIRE(at != std::string::npos);
  const auto caret_start = at + head.size();
  const auto caret_end = err.find('\n', caret_start);
  REQUIRE(caret_end != std::string::npos);
  const std::string caret = err.substr(caret_start, caret_end - caret_start);
  const std::size_t prefix = file.size() + std::to_string(n).size() + 3;
  CHECK(caret == std::string(prefix + column, ' ') + "^");
  const std::string message = "% Invalid input detected at '^' marker.\n";
  CHECK(err.compare(caret_end + 1, message.size(), message) == 0);
}

/// The router with a console on plain stdin fed `input`, on loopback with picked ports, and the
/// startup-config `startup` (none when empty); checks that it ended on its own.
cme::test::ProcessResult run_console(const TempDir& dir, const std::string& startup,
                                     const std::string& input) {
  std::filesystem::create_directories(dir.path() / "empty");
  const std::string config = startup.empty() ? "empty/sc" : "sc";
  if (!startup.empty()) {
    dir.write("sc", startup);
  }
  auto r = run_opencme(
      dir.path(),
      {"--startup-config", config, "--listen", "127.0.0.1", "--vty-port", "0", "--sip-port", "0"},
      input);
  REQUIRE_FALSE(r.timed_out);
  CHECK(r.status == 0);  // stdin ended
  return r;
}

}  // namespace

TEST_CASE("opencme: -f and -c print the configuration", "[cli][opencme]") {
  TempDir dir;
  dir.write("good.cfg", kGood);
  auto r = run_opencme(dir.path(), {"-f", "good.cfg", "-c", kShowRun});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out.rfind("Building configuration...\n", 0) == 0);
  CHECK(contains(r.out, "hostname R1\n"));
  CHECK(contains(r.out, "interface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n"));
  CHECK(contains(r.out, "line vty 0 4\n"));
  CHECK(contains(r.out, " exec-timeout 5 0\n"));
  CHECK(contains(r.out, "\nend\n"));
}

TEST_CASE("opencme: bad lines are reported with a caret", "[cli][opencme]") {
  TempDir dir;
  dir.write("bad.cfg",
            "hostname R1 extra\n"
            "frobnicate 1\n"
            "hostname R2\n"
            "line vty 0 abc\n"
            "line vty 0 4\n"
            " exec-timeout 5 x\n"
            " exec-timeout 7 0\n");
  auto r = run_opencme(dir.path(), {"-f", "bad.cfg", "-c", kShowRun});
  CHECK(r.status == 1);
  check_caret(r.err, "bad.cfg", 1, "hostname R1 extra", 12);
  check_caret(r.err, "bad.cfg", 2, "frobnicate 1", 0);
  check_caret(r.err, "bad.cfg", 4, "line vty 0 abc", 11);
  check_caret(r.err, "bad.cfg", 6, " exec-timeout 5 x", 16);
  CHECK_FALSE(contains(r.err, "bad.cfg:3:"));
  CHECK_FALSE(contains(r.err, "bad.cfg:5:"));
  CHECK_FALSE(contains(r.err, "bad.cfg:7:"));
  CHECK(contains(r.out, "hostname R2\n"));
  CHECK(contains(r.out, " exec-timeout 7 0\n"));
}

TEST_CASE("opencme: do with a bad EXEC command fails the batch", "[cli][opencme]") {
  TempDir dir;
  dir.write("do.cfg", "hostname R5\ndo bogus\n");
  auto r = run_opencme(dir.path(), {"-f", "do.cfg", "-c", kShowRun});
  CHECK(r.status == 1);
  check_caret(r.err, "do.cfg", 2, "do bogus", 3);
  CHECK(contains(r.out, "hostname R5\n"));
  CHECK_FALSE(contains(r.out, "do bogus"));
}

TEST_CASE("opencme: an incomplete line is reported", "[cli][opencme]") {
  TempDir dir;
  dir.write("inc.cfg", "enable secret\nhostname R3\n");
  auto r = run_opencme(dir.path(), {"-f", "inc.cfg", "-c", kShowRun});
  CHECK(r.status == 1);
  CHECK(contains(r.err, "inc.cfg:1: enable secret\n% Incomplete command.\n"));
  CHECK(contains(r.out, "hostname R3\n"));
}

TEST_CASE("opencme: CRLF, blank and ! lines", "[cli][opencme]") {
  TempDir dir;
  dir.write("crlf.cfg",
            "! a comment\r\n"
            "\r\n"
            "   \r\n"
            "hostname R4\r\n"
            "   ! indented comment\r\n"
            "line vty 0 4\r\n"
            " exec-timeout 3 0\r\n");
  auto r = run_opencme(dir.path(), {"-f", "crlf.cfg", "-c", kShowRun});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(contains(r.out, "hostname R4\n"));
  CHECK(contains(r.out, " exec-timeout 3 0\n"));
  CHECK_FALSE(contains(r.out, "\r"));
  CHECK_FALSE(contains(r.out, "comment"));
}

TEST_CASE("opencme: -c and -f run in the order given", "[cli][opencme]") {
  TempDir dir;
  dir.write("a.cfg", "hostname R1\n");
  dir.write("b.cfg", "hostname R2\n");
  auto r = run_opencme(dir.path(), {"-c", "show running-config | include hostname", "-f", "a.cfg",
                                    "-c", "show running-config | include hostname", "-f", "b.cfg",
                                    "-c", "show running-config | include hostname"});
  CHECK(r.status == 0);
  CHECK(r.out == "hostname Router\nhostname R1\nhostname R2\n");
}

TEST_CASE("opencme: a missing -f file is reported", "[cli][opencme]") {
  TempDir dir;
  auto r = run_opencme(dir.path(), {"-f", "nope.cfg", "-c", kShowRun});
  CHECK(r.status == 1);
  CHECK(contains(r.err, "%Error opening nope.cfg (No such file or directory)"));
  CHECK(contains(r.out, "hostname Router\n"));
}

TEST_CASE("opencme: --startup-config loads the file", "[cli][opencme]") {
  TempDir dir;
  dir.write("nvram/startup-config", kGood);
  auto r = run_opencme(dir.path(), {"--startup-config", "nvram/startup-config", "-c", kShowRun});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(contains(r.out, "hostname R1\n"));
  CHECK(contains(r.out, " exec-timeout 5 0\n"));
}

TEST_CASE("opencme: a missing or damaged startup-config leaves it empty", "[cli][opencme]") {
  const auto empty = empty_running_config();
  TempDir dir;
  SECTION("missing") {
    auto r = run_opencme(dir.path(), {"--startup-config", "nvram/startup-config", "-c", kShowRun});
    CHECK(r.status == 0);
    CHECK(contains(r.err, "%Error opening nvram/startup-config (No such file or directory)"));
    CHECK(r.out == empty);
  }
  SECTION("UTF-16: refused as a whole, with the reason") {
    dir.write("nvram/startup-config", std::string("\xff\xfeh\0o\0", 6));
    auto r = run_opencme(dir.path(), {"--startup-config", "nvram/startup-config", "-c", kShowRun});
    CHECK(r.status == 0);
    CHECK(contains(r.err, "UTF-16"));
    CHECK(r.out == empty);
  }
}

TEST_CASE("opencme: a NUL byte costs the startup-config its line, not the whole file",
          "[cli][opencme]") {
  // Issue 16 #6: one NUL used to discard the whole startup-config at boot (and a later write
  // memory saved the empty configuration), while -f applied the same file line by line.
  TempDir dir;
  dir.write("nvram/startup-config", std::string("hostname R1\n\0garbage\nline vty 0 4\n", 34));
  auto r = run_opencme(dir.path(), {"--startup-config", "nvram/startup-config", "-c", kShowRun});
  CHECK(r.status == 0);
  CHECK(contains(r.err, "nvram/startup-config:2:"));
  CHECK(contains(r.out, "hostname R1\n"));
  CHECK(contains(r.out, "line vty 0 4\n"));
}

TEST_CASE("opencme: write memory writes the startup-config file", "[cli][opencme]") {
  TempDir dir;
  dir.write("x.cfg", kGood);
  auto r = run_opencme(
      dir.path(), {"-f", "x.cfg", "-c", "write memory", "--startup-config", "dir/startup-config"});
  CHECK(r.status == 0);
  CHECK(contains(r.out, "Building configuration...\n[OK]\n"));
  const auto file = dir.path() / "dir" / "startup-config";
  REQUIRE(std::filesystem::exists(file));
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir.path() / "dir")) {
    names.push_back(e.path().filename().string());
  }
  CHECK(names == std::vector<std::string>{"startup-config"});

  auto again = run_opencme(dir.path(), {"--startup-config", "dir/startup-config", "-c", kShowRun});
  CHECK(again.status == 0);
  CHECK(again.err.empty());
  CHECK(contains(again.out, "hostname R1\n"));
  CHECK(contains(again.out, "interface GigabitEthernet0/0\n"));
}

TEST_CASE("opencme: bad options exit 2 with the usage", "[cli][opencme]") {
  TempDir dir;
  const std::vector<std::vector<std::string>> cases = {
      {"--bogus"},         {"-f"}, {"-c"}, {"--startup-config"}, {"--sip-port", "70000"},
      {"--sccp-port", "x"}};
  for (const auto& args : cases) {
    auto r = run_opencme(dir.path(), args);
    INFO("args: " << args.front());
    CHECK(r.status == 2);
    CHECK(contains(r.err, "opencme: "));
    CHECK(contains(r.err, "usage: opencme"));
    CHECK(r.out.empty());
  }
}

TEST_CASE("opencme: --help prints the usage", "[cli][opencme]") {
  TempDir dir;
  for (const char* flag : {"--help", "-h"}) {
    auto r = run_opencme(dir.path(), {flag});
    CHECK(r.status == 0);
    CHECK(r.out.rfind("usage: opencme", 0) == 0);
    CHECK(r.err.empty());
  }
}

TEST_CASE("opencme: a console on plain stdin", "[cli][opencme]") {
  TempDir dir;
  auto r = run_console(dir, "", "enable\nshow privilege\nexit\n");
  CHECK(contains(r.out, "Router>enable"));
  CHECK(contains(r.out, "Router#show privilege"));
  CHECK(contains(r.out, "Current privilege level is 15"));
}

TEST_CASE("opencme: exit on the console ends only the console session", "[cli][opencme]") {
  TempDir dir;
  auto r = run_console(dir, "", "enable\nexit\n\nshow privilege\nlogout\n\nshow privilege\n");
  const std::string banner =
      "\nRouter con0 is now available\n\n\n\n\n\nPress RETURN to get started.\n\n";
  const auto first = r.out.find(banner);
  REQUIRE(first != std::string::npos);
  const auto second = r.out.find(banner, first + 1);
  REQUIRE(second != std::string::npos);
  const auto level = r.out.find("Router>show privilege\nCurrent privilege level is 1\n", first);
  CHECK((level != std::string::npos && level < second));  // a new session, at line con 0's level
  CHECK(r.out.find("Router>show privilege\nCurrent privilege level is 1\n", second) !=
        std::string::npos);
}

TEST_CASE("opencme: reload reads the startup-config again", "[cli][opencme]") {
  TempDir dir;
  auto r = run_console(dir, "hostname Saved\n",
                       "enable\nconfigure terminal\nhostname Changed\nend\nreload cancel\n"
                       "reload in 5\nno\n\nreload cancel\nreload\nno\n\n\nenable\n"
                       "show running-config | include hostname\n");
  CHECK(contains(r.out, "Changed#reload cancel\n%No reload is scheduled.\n"));
  CHECK(contains(r.out,
                 "Changed#reload in 5\nSystem configuration has been modified. Save? [yes/no]: "
                 "no\nReload scheduled in 5 minutes by console\n"
                 "Reload reason: Reload Command\nProceed with reload? [confirm]"));
  CHECK(contains(r.out, "\n***\n*** --- SHUTDOWN ABORTED ---\n***\n"));
  CHECK(contains(r.out, "Changed#reload\n"));
  CHECK(contains(r.out,
                 "%SYS-5-RELOAD: Reload requested by console. Reload Reason: Reload "
                 "Command.\n"));
  CHECK(contains(r.out, "Proceed with reload? [confirm]\n\nSaved con0 is now available\n"));
  CHECK(contains(r.out, "Saved#show running-config | include hostname\nhostname Saved\n"));
}
