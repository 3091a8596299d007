// FrameReader (frame_reader.hpp).

#include "runtime/sccp/codec/frame_reader.hpp"

#include <utility>

namespace cme::runtime::sccp {
namespace {

std::uint32_t read_u32(const Bytes& b, std::size_t at) {
  return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8) |
         (static_cast<std::uint32_t>(b[at + 2]) << 16) |
         (static_cast<std::uint32_t>(b[at + 3]) << 24);
}

/// Capacity kept between frames; a larger buffer is released once it is drained.
constexpr std::size_t kKeptCapacity = 8 * 1024;

}  // namespace

void FrameReader::feed(std::span<const std::uint8_t> bytes) {
  if (error_) {
    return;
  }
  compact();
  buffer_.insert(buffer_.end(), bytes.begin(), bytes.end());
}

void FrameReader::compact() {
  if (start_ == 0) {
    return;
  }
  buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(start_));
  start_ = 0;
  if (buffer_.empty() && buffer_.capacity() > kKeptCapacity) {
    Bytes().swap(buffer_);
  }
}

Result<std::optional<Frame>, FramingError> FrameReader::fail(FramingError error) {
  error_ = std::move(error);
  Bytes().swap(buffer_);
  start_ = 0;
  return Err{*error_};
}

Result<std::optional<Frame>, FramingError> FrameReader::next() {
  if (error_) {
    return Err{*error_};
  }
  if (buffered() > kMaxBuffered) {
    return fail({FramingError::Kind::Overflow, 0, "more than 64 KiB buffered"});
  }
  if (buffered() < 8) {
    return std::optional<Frame>{};
  }
  const std::uint32_t length = read_u32(buffer_, start_);
  if (length < kMinFrameLength || length > kMaxFrameLength) {
    return fail({FramingError::Kind::BadLength, length,
                 "length " + std::to_string(length) + " outside 4..2000"});
  }
  if (buffered() < 8 + std::size_t{length}) {
    return std::optional<Frame>{};
  }
  Frame frame;
  frame.header_version = read_u32(buffer_, start_ + 4);
  frame.message_id = read_u32(buffer_, start_ + 8);
  const auto payload = buffer_.begin() + static_cast<std::ptrdiff_t>(start_ + kHeaderSize);
  frame.payload.assign(payload, payload + (length - 4));
  start_ += 8 + std::size_t{length};
  if (start_ == buffer_.size()) {
    compact();
  }
  return std::optional<Frame>{std::move(frame)};
}

}  // namespace cme::runtime::sccp
