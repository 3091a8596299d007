// `reload`, `reload in`, `reload cancel` with a fake SystemControl: the questions IOS asks and
// what reaches the process.
#include <catch2/catch.hpp>
#include <chrono>
#include <optional>

#include "modes/system_control.hpp"
#include "tests/modes/session_fixture.hpp"

using cme::test::SessionFixture;

namespace {

class FakeSystem final : public cme::modes::SystemControl {
 public:
  void reload() override { ++reloads; }
  void schedule_reload(std::chrono::minutes delay) override { scheduled = delay; }
  bool cancel_reload() override { return std::exchange(scheduled, std::nullopt).has_value(); }

  int reloads = 0;
  std::optional<std::chrono::minutes> scheduled;
};

struct ReloadFixture : SessionFixture {
  ReloadFixture() {
    device.set_system(&system);
    ok("write memory");  // the startup-config holds the running configuration
  }
  FakeSystem system;
};

}  // namespace

TEST_CASE("reload: confirm, then the process reloads", "[modes][reload]") {
  ReloadFixture f;
  CHECK(f.ok("reload").empty());
  CHECK(f.session.prompt() == "Proceed with reload? [confirm]");
  CHECK(f.session.wants_key());
  SECTION("Enter confirms") {
    f.ok("");
    CHECK(f.system.reloads == 1);
  }
  SECTION("another key aborts") {
    f.ok("n");
    CHECK(f.system.reloads == 0);
    CHECK(f.session.prompt() == "Router#");
  }
}

TEST_CASE("reload: a modified configuration is offered for saving first", "[modes][reload]") {
  ReloadFixture f;
  f.ok("configure terminal");
  f.ok("hostname Changed");
  f.ok("end");
  CHECK(f.ok("reload").empty());
  CHECK(f.session.prompt() == "System configuration has been modified. Save? [yes/no]: ");
  SECTION("yes saves, then confirms") {
    CHECK(f.ok("yes") == "Building configuration...\n[OK]\n");
    CHECK(f.store.text()->find("hostname Changed\n") != std::string::npos);
    CHECK(f.session.prompt() == "Proceed with reload? [confirm]");
    f.ok("");
    CHECK(f.system.reloads == 1);
  }
  SECTION("no does not save") {
    CHECK(f.ok("no").empty());
    CHECK(f.store.text()->find("hostname Changed\n") == std::string::npos);
    CHECK(f.session.prompt() == "Proceed with reload? [confirm]");
  }
  SECTION("anything else asks again") {
    CHECK(f.ok("maybe") == "% Please answer 'yes' or 'no'.\n");
    CHECK(f.session.prompt() == "System configuration has been modified. Save? [yes/no]: ");
  }
}

TEST_CASE("reload in and reload cancel", "[modes][reload]") {
  ReloadFixture f;
  CHECK(f.ok("reload cancel") == "%No reload is scheduled.\n");
  CHECK(f.ok("reload in 10") ==
        "Reload scheduled in 10 minutes by console\nReload reason: Reload Command\n");
  f.ok("");
  REQUIRE(f.system.scheduled);
  CHECK(*f.system.scheduled == std::chrono::minutes(10));
  CHECK(f.system.reloads == 0);
  CHECK(f.ok("reload cancel") == "\n\n***\n*** --- SHUTDOWN ABORTED ---\n***\n\n");
  CHECK_FALSE(f.system.scheduled);
}

TEST_CASE("reload: refused where no process can reload", "[modes][reload]") {
  SessionFixture f;
  CHECK(f.fails("reload").message == "% Reload is not available in this session");
}
