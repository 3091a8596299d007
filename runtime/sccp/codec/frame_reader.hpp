#pragma once
// FrameReader: whole SCCP frames out of a TCP byte stream (sccp.md §1). Pure: the session feeds
// received bytes in any split and takes frames out.
//
//   reader.feed(bytes);
//   for (auto r = reader.next(); r.ok() && r.value(); r = reader.next()) { ...*r.value()... }
//   // !r.ok(): framing is lost; close the TCP connection.
//
// A length field below 4 or above 2000 (kMinFrameLength, kMaxFrameLength) is a framing error,
// and so is more buffered data than kMaxBuffered (a peer that never lets us drain); the error is
// sticky: the reader drops its buffer and returns the same error from then on.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "common/result.hpp"
#include "runtime/sccp/codec/wire_types.hpp"

namespace cme::runtime::sccp {

/// One frame: the header fields and the payload (length - 4 bytes).
struct Frame {
  std::uint32_t header_version = 0;  ///< frame bytes 4..7 (sccp.md §1.2); informational
  std::uint32_t message_id = 0;      ///< raw id, possibly unknown
  Bytes payload;
  bool operator==(const Frame&) const = default;
};

/// Why the stream cannot be framed any more. The caller closes the session.
struct FramingError {
  enum class Kind {
    BadLength,  ///< length field < 4 or > 2000
    Overflow,   ///< more than kMaxBuffered bytes fed without draining
  };
  Kind kind = Kind::BadLength;
  std::uint32_t length = 0;  ///< the offending length field (BadLength)
  std::string reason;        ///< short text for logs
};

class FrameReader {
 public:
  /// Buffered bytes allowed between drains; the caller reads the socket in smaller chunks
  /// and calls next() until it returns no frame before the next feed().
  static constexpr std::size_t kMaxBuffered = 64 * 1024;

  /// Appends received bytes; ignored after an error.
  void feed(std::span<const std::uint8_t> bytes);
  /// The next whole frame; an empty optional when more bytes are needed; a FramingError once
  /// framing is lost (and forever after).
  Result<std::optional<Frame>, FramingError> next();
  /// Bytes buffered and not yet returned as frames.
  std::size_t buffered() const { return buffer_.size() - start_; }
  /// Memory the buffer holds (bounded: it is freed down to the data when it grows large).
  std::size_t capacity() const { return buffer_.capacity(); }
  /// True after a framing error.
  bool failed() const { return error_.has_value(); }

 private:
  Result<std::optional<Frame>, FramingError> fail(FramingError error);
  void compact();

  Bytes buffer_;
  std::size_t start_ = 0;  ///< first byte not yet returned
  std::optional<FramingError> error_;
};

}  // namespace cme::runtime::sccp
