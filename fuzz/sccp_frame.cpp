// Fuzz target: an SCCP TCP stream through FrameReader (length limits 4..2000, bounded buffer)
// in chunks whose size the input's length chooses; every frame is decoded at the protocol
// version its header field names (above 22: 0; the codec reads above 17 as 17), and what
// decodes is re-encoded: encode(decode(encode(m))) must give the same bytes as encode(m) (the
// codec normalizes once, then is stable).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

#include "runtime/sccp/codec/codec.hpp"
#include "runtime/sccp/codec/frame_reader.hpp"

namespace {

void check_frame(const cme::runtime::sccp::Frame& frame) {
  namespace sccp = cme::runtime::sccp;
  const std::uint32_t version = frame.header_version <= 22 ? frame.header_version : 0;
  auto decoded = sccp::decode(frame, version);
  if (!decoded.ok()) {
    return;
  }
  const sccp::Bytes once = sccp::encode(decoded->message, version);
  auto again = sccp::decode_bytes(once, version);
  if (!again.ok() || again->short_payload || sccp::encode(again->message, version) != once) {
    __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 256 * 1024) {
    return 0;
  }
  cme::runtime::sccp::FrameReader reader;
  const std::size_t chunk = 1 + size % 97;
  std::span<const std::uint8_t> rest(data, size);
  while (!rest.empty() && !reader.failed()) {
    const auto n = std::min(chunk, rest.size());
    reader.feed(rest.first(n));
    rest = rest.subspan(n);
    for (auto f = reader.next(); f.ok() && f.value(); f = reader.next()) {
      check_frame(*f.value());
    }
  }
  return 0;
}
