#pragma once
// encode / decode: typed SCCP messages to and from frames (sccp.md §1-4). Pure: no I/O.
//
// Layouts depend on the negotiated protocol version (sccp.md §2); the codec writes and reads the
// "basic" (< 17) and "v17" families, treating any version above 17 as 17. Incoming layouts are
// chosen by the negotiated version passed in, never by the frame's header version field
// (sccp.md §1.2).

#include <cstddef>
#include <cstdint>
#include <string>

#include "common/result.hpp"
#include "runtime/sccp/codec/frame_reader.hpp"
#include "runtime/sccp/codec/message.hpp"
#include "runtime/sccp/codec/wire_types.hpp"

namespace cme::runtime::sccp {

/// One whole frame for `message` at negotiated `protocol_version`: length (4 + payload),
/// header version (header_version()), message id, payload. All integers little-endian, IPv4
/// addresses in network order, char[n] strings truncated to n-1 bytes and NUL padded, the
/// payload zero-padded to a multiple of 4 (the dynamic "V2" messages). Never fails: every
/// typed message fits the 2000-byte frame limit.
Bytes encode(const Message& message, std::uint32_t protocol_version);

/// A decoded message and what was odd about its payload (for the caller's counters).
struct Decoded {
  Message message;
  std::uint32_t header_version = 0;  ///< as received
  /// The payload was shorter than the layout: missing trailing fields read as 0 (sccp.md §1:
  /// real phones send short OffHook, Register, OpenReceiveChannelAck...).
  bool short_payload = false;
  std::size_t missing_bytes = 0;  ///< how many bytes were zero-filled
  std::size_t extra_bytes = 0;    ///< bytes after the layout (padding or newer fields), ignored
};

/// Why a frame did not decode. Never fatal to the session: count it and carry on.
struct DecodeError {
  enum class Kind {
    UnknownMessage,  ///< the id is not in sccp.md §3
    Unsupported,     ///< a known id without a typed layout here (SubscriptionStatReq)
  };
  Kind kind = Kind::UnknownMessage;
  std::uint32_t message_id = 0;
  std::string reason;  ///< "unknown message id 0x1234" / "SubscriptionStatReq not decoded"
};

/// Decodes one frame from FrameReader at negotiated `protocol_version` (0 before Register
/// has been answered). Any payload decodes: short ones are zero-filled and flagged, extra
/// bytes are ignored. Peer data never asserts, throws or aborts.
Result<Decoded, DecodeError> decode(const Frame& frame, std::uint32_t protocol_version);

/// Decodes the first frame of `bytes` (a whole encoded frame, e.g. from encode()). Framing
/// problems (fewer than 12 bytes, a bad length, a length beyond `bytes`) are reported as
/// UnknownMessage with the reason; meant for tests and tools.
Result<Decoded, DecodeError> decode_bytes(const Bytes& bytes, std::uint32_t protocol_version);

}  // namespace cme::runtime::sccp
