#pragma once
// A router with an in-memory startup-config, a fixed clock and one session, for the Session
// tests of tests/modes/.

#include <catch2/catch.hpp>
#include <chrono>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "model/config.hpp"
#include "modes/registry.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "tests/support/memory_store.hpp"

namespace cme::test {

inline std::unique_ptr<modes::ModeRegistry> build_registry() {
  auto r = modes::ModeRegistry::build();
  REQUIRE(r.ok());
  return std::move(r).value();
}

inline modes::SessionOptions session_options(unsigned privilege, bool batch) {
  modes::SessionOptions o;
  o.privilege = privilege;
  o.batch = batch;
  return o;
}

struct SessionFixture {
  explicit SessionFixture(unsigned privilege = 15, bool batch = false)
      : session(device, session_options(privilege, batch)) {}

  /// Executes `line`; REQUIREs that it succeeded.
  std::string ok(std::string_view line) {
    auto o = session.execute(line);
    INFO("line: " << line);
    REQUIRE(o.ok());
    return o.output;
  }
  /// Executes each line in turn; REQUIREs that each succeeded.
  void run(std::initializer_list<const char*> lines) {
    for (const char* line : lines) {
      ok(line);
    }
  }
  /// Executes `line`; REQUIREs that it failed, and returns the diagnostic.
  Diagnostic fails(std::string_view line) {
    auto o = session.execute(line);
    INFO("line: " << line);
    REQUIRE_FALSE(o.ok());
    return *o.error;
  }
  std::string rendered() const { return model::render_running_config(*device.running()); }

  std::unique_ptr<modes::ModeRegistry> registry = build_registry();
  MemoryStore store;
  modes::Device device{*registry, store, [] {
                         return std::chrono::system_clock::time_point{
                             std::chrono::seconds{1700000000}};
                       }};
  modes::Session session;
};

}  // namespace cme::test
