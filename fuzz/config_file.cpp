// Fuzz target: a configuration file applied as `opencme -f FILE` applies it (config_bytes_text,
// then apply_config_text into a batch session: walk-up, banners, verbatim blocks, one commit),
// then the running-config rendered again (the round trip's first half).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_router.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size <= 64 * 1024) {
    cme::fuzz::apply_config_file("fuzz.cfg", data, size);
  }
  return 0;
}
