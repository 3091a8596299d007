// Fuzz target: an SDP body (RFC 4566) as the B2BUA reads offers and answers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/sip/message/sdp.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto sdp = cme::runtime::sip::parse_sdp(text);
  if (sdp) {
    (void)cme::runtime::sip::to_string(*sdp);
  }
  return 0;
}
