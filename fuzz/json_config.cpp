// Fuzz target: a JSON configuration (docs/json-schema.md) as `opencme -f site.json` reads it:
// decoded into the model, rendered as a running-config, and that text applied.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_router.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size <= 64 * 1024) {
    cme::fuzz::apply_config_file("fuzz.json", data, size);
  }
  return 0;
}
