// Fuzz target: the telnet option codec of a vty connection (RFC 854, libtelnet): bytes from
// the socket in chunks whose size the input's length chooses, and the user's data encoded back.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/telnet_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) {
    return 0;
  }
  cme::cli::TelnetCodec codec;
  (void)codec.start();
  const std::size_t chunk = 1 + size % 31;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  while (!rest.empty()) {
    const auto n = std::min(chunk, rest.size());
    const auto in = codec.receive(rest.substr(0, n));
    rest.remove_prefix(n);
    if (in.error) {
      break;
    }
    (void)codec.encode(in.data);
  }
  return 0;
}
