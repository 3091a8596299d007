#pragma once
// A router with vty sessions driven over bytes, on a manual clock: the login dialogue, EXEC,
// timers and logs of cli/vty_session.hpp without sockets.

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "cli/batch.hpp"
#include "cli/line_registry.hpp"
#include "cli/vty_session.hpp"
#include "modes/registry.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "tests/support/manual_timer_service.hpp"
#include "tests/support/memory_store.hpp"

namespace cme::test {

/// The text a telnet user sees in `wire`: telnet commands removed, IAC IAC made one byte.
inline std::string telnet_text(std::string_view wire) {
  std::string out;
  for (std::size_t i = 0; i < wire.size(); ++i) {
    const auto b = static_cast<unsigned char>(wire[i]);
    if (b != 255) {
      out += wire[i];
      continue;
    }
    const auto cmd = i + 1 < wire.size() ? static_cast<unsigned char>(wire[i + 1]) : 0;
    if (cmd == 255) {
      out += wire[++i];
    } else if (cmd >= 251 && cmd <= 254) {
      i += 2;
    } else if (cmd == 250) {
      const auto end = wire.find("\xff\xf0", i);
      i = end == std::string_view::npos ? wire.size() : end + 1;
    } else {
      ++i;
    }
  }
  return out;
}

struct VtyFixture {
  /// One vty connection: what it was sent and whether it was closed.
  struct Client {
    std::unique_ptr<cli::VtySession> vty;
    std::string wire;
    bool closed = false;
    /// Types `bytes`; returns the text drawn in answer.
    std::string type(std::string_view bytes) {
      const auto before = wire.size();
      vty->receive(bytes);
      return telnet_text(std::string_view(wire).substr(before));
    }
    std::string text() const { return telnet_text(wire); }
  };

  VtyFixture() {
    auto r = modes::ModeRegistry::build();
    REQUIRE(r.ok());
    registry = std::move(r).value();
    device =
        std::make_unique<modes::Device>(*registry, store, [this] { return clock.system_now(); });
    device->set_lines(&lines);
  }

  /// Applies configuration lines as a batch (like a startup-config).
  void configure(std::string_view text) {
    modes::SessionOptions o;
    o.batch = true;
    o.privilege = 15;
    modes::Session s(*device, o);
    std::string out;
    std::string err;
    cli::apply_config_text(s, "test", text, out, err);
    INFO(err);
    REQUIRE(err.empty());
  }

  /// Connects a client on vty `relative` from 127.0.0.1 and starts its session.
  Client& connect(unsigned relative) {
    clients.push_back(std::make_unique<Client>());
    Client& c = *clients.back();
    REQUIRE(lines.occupy(model::LineKind::Vty, relative, "127.0.0.1", [&c] { c.vty->end(); }));
    cli::VtySession::Io io;
    io.send = [&c](std::string bytes) { c.wire += bytes; };
    io.close = [&c] { c.closed = true; };
    c.vty = std::make_unique<cli::VtySession>(*device, lines, timers, relative, "127.0.0.1",
                                              std::move(io));
    c.vty->start();
    return c;
  }

  std::unique_ptr<modes::ModeRegistry> registry;
  MemoryStore store;
  ManualClock clock;
  ManualTimerService timers{clock};
  cli::LineRegistry lines{clock};
  std::unique_ptr<modes::Device> device;
  std::vector<std::unique_ptr<Client>> clients;
};

}  // namespace cme::test
