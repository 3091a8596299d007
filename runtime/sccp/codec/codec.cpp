// encode / decode (codec.hpp): one field list per message (detail/*_fields.hpp) drives both.

#include "runtime/sccp/codec/codec.hpp"

#include <span>
#include <utility>

#include "runtime/sccp/codec/detail/button_fields.hpp"
#include "runtime/sccp/codec/detail/call_fields.hpp"
#include "runtime/sccp/codec/detail/media_fields.hpp"
#include "runtime/sccp/codec/detail/registration_fields.hpp"
#include "runtime/sccp/codec/detail/wire_io.hpp"

namespace cme::runtime::sccp {
namespace {

void put_u32(Bytes& out, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) {
    out[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v >> (8 * i));
  }
}

std::uint32_t get_u32(const Bytes& in, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) {
    v = (v << 8) | in[at + static_cast<std::size_t>(i)];
  }
  return v;
}

template <class M>
Decoded read_as(std::span<const std::uint8_t> payload, std::uint32_t header,
                std::uint32_t version) {
  M m{};
  detail::WireReader reader(payload);
  detail::fields(reader, m, version);
  if constexpr (std::is_same_v<M, Register>) {
    m.payload_size = static_cast<std::uint32_t>(reader.position());
  }
  Decoded d{Message{std::move(m)}, header};
  d.short_payload = reader.short_read();
  d.missing_bytes = reader.missing_bytes();
  d.extra_bytes = reader.remaining();
  return d;
}

/// Tries the variant alternatives from index I on; the one whose kId is `id` decodes.
template <std::size_t I = 0>
Result<Decoded, DecodeError> dispatch(const Frame& frame, std::uint32_t version) {
  if constexpr (I == std::variant_size_v<Message>) {
    if (is_known_message(frame.message_id)) {
      return Err{DecodeError{DecodeError::Kind::Unsupported, frame.message_id,
                             std::string(message_name(frame.message_id)) + " not decoded"}};
    }
    return Err{DecodeError{DecodeError::Kind::UnknownMessage, frame.message_id,
                           "unknown message id " + std::to_string(frame.message_id)}};
  } else {
    using M = std::variant_alternative_t<I, Message>;
    if (frame.message_id == static_cast<std::uint32_t>(M::kId)) {
      return read_as<M>(frame.payload, frame.header_version, version);
    }
    return dispatch<I + 1>(frame, version);
  }
}

}  // namespace

Bytes encode(const Message& message, std::uint32_t protocol_version) {
  const std::uint32_t version = layout_version(protocol_version);
  const MessageId id = message_id(message);
  Bytes out(kHeaderSize, 0);
  out.reserve(kHeaderSize + 800);  // the largest fixed payload (SoftKeySetRes) is 780 bytes
  detail::WireWriter writer(out);
  std::visit(
      [&](const auto& m) {
        auto copy = m;  // the field lists take a mutable reference; the writer only reads it
        detail::fields(writer, copy, version);
      },
      message);
  writer.zeros((4 - out.size() % 4) % 4);
  put_u32(out, 0, static_cast<std::uint32_t>(out.size() - 8));
  put_u32(out, 4, header_version(id, version));
  put_u32(out, 8, static_cast<std::uint32_t>(id));
  return out;
}

Result<Decoded, DecodeError> decode(const Frame& frame, std::uint32_t protocol_version) {
  return dispatch(frame, layout_version(protocol_version));
}

Result<Decoded, DecodeError> decode_bytes(const Bytes& bytes, std::uint32_t protocol_version) {
  if (bytes.size() < kHeaderSize) {
    return Err{DecodeError{DecodeError::Kind::UnknownMessage, 0, "fewer than 12 bytes"}};
  }
  const std::uint32_t length = get_u32(bytes, 0);
  if (length < kMinFrameLength || length > kMaxFrameLength ||
      8 + std::size_t{length} > bytes.size()) {
    return Err{DecodeError{DecodeError::Kind::UnknownMessage, 0, "bad length field"}};
  }
  Frame frame{get_u32(bytes, 4), get_u32(bytes, 8),
              Bytes(bytes.begin() + kHeaderSize, bytes.begin() + 8 + length)};
  return decode(frame, protocol_version);
}

}  // namespace cme::runtime::sccp
