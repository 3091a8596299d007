#pragma once
// What the CLI and configuration fuzz targets share: one command registry for the process
// (building it is the costly part), and a fresh router with an in-memory startup-config per
// input, so that no input leaks state into the next.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "cli/batch.hpp"
#include "modes/registry.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "tests/support/memory_store.hpp"

namespace cme::fuzz {

inline const modes::ModeRegistry& registry() {
  static const auto built = modes::ModeRegistry::build();
  return **built;
}

/// A router with an empty running-config and a fixed wall clock.
struct FuzzRouter {
  test::MemoryStore store;
  modes::Device device{registry(), store, [] {
                         return std::chrono::system_clock::time_point{std::chrono::hours{24}};
                       }};
};

/// Applies `data` as the file `name` given to `opencme -f` (config_file_text, then
/// apply_config_text in a batch session of a fresh router), then renders the running-config.
inline void apply_config_file(const char* name, const std::uint8_t* data, std::size_t size) {
  auto text = cli::config_file_text(name, std::string(reinterpret_cast<const char*>(data), size));
  if (!text) {
    return;
  }
  FuzzRouter r;
  modes::SessionOptions options;
  options.batch = true;
  options.privilege = 15;
  modes::Session session(r.device, options);
  std::string out;
  std::string err;
  cli::apply_config_text(session, name, *text, out, err);
  (void)session.execute("show running-config");
}

}  // namespace cme::fuzz
