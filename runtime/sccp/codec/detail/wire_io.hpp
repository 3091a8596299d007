#pragma once
// WireWriter / WireReader: the little-endian primitives of sccp.md §1 behind one interface, so
// that one field list per message (detail/*_fields.hpp) both encodes and decodes it. A field
// function is `template <class Io> void fields(Io& io, T& m, std::uint32_t version)`; the
// writer only reads `m` (encode passes it a copy of the message).
//
// WireReader never reads past its payload: a missing byte reads as 0 and marks the read short
// (sccp.md §1: real phones send short messages; missing trailing fields are 0).

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>

#include "runtime/sccp/codec/wire_types.hpp"

namespace cme::runtime::sccp::detail {

class WireWriter {
 public:
  static constexpr bool kReads = false;
  explicit WireWriter(Bytes& out) : out_(out) {}

  void u8(std::uint8_t v) { out_.push_back(v); }
  void u16(std::uint16_t v) {
    u8(static_cast<std::uint8_t>(v));
    u8(static_cast<std::uint8_t>(v >> 8));
  }
  void u32(std::uint32_t v) {
    u16(static_cast<std::uint16_t>(v));
    u16(static_cast<std::uint16_t>(v >> 16));
  }
  void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
  template <std::size_t N>
  void raw(const std::array<std::uint8_t, N>& v) {
    out_.insert(out_.end(), v.begin(), v.end());
  }
  /// char[n]: at most n-1 bytes of `s`, NUL padded to n.
  void text(const std::string& s, std::size_t n) {
    const std::size_t used = std::min(s.size(), n - 1);
    out_.insert(out_.end(), s.begin(), s.begin() + static_cast<std::ptrdiff_t>(used));
    zeros(n - used);
  }
  /// cstr: the bytes of `s` up to its first NUL, then one NUL.
  void cstr(const std::string& s) {
    const std::size_t used = std::min(s.find('\0'), s.size());
    out_.insert(out_.end(), s.begin(), s.begin() + static_cast<std::ptrdiff_t>(used));
    u8(0);
  }
  void zeros(std::size_t n) { out_.insert(out_.end(), n, 0); }
  /// Writing: whether a section of an optional-tail layout is written (see WireReader::more).
  bool more(bool write) const { return write; }

 private:
  Bytes& out_;
};

class WireReader {
 public:
  static constexpr bool kReads = true;
  explicit WireReader(std::span<const std::uint8_t> in) : in_(in) {}

  void u8(std::uint8_t& v) { v = next(); }
  void u16(std::uint16_t& v) {
    std::uint8_t lo = 0;
    std::uint8_t hi = 0;
    u8(lo);
    u8(hi);
    v = static_cast<std::uint16_t>(lo | (hi << 8));
  }
  void u32(std::uint32_t& v) {
    std::uint16_t lo = 0;
    std::uint16_t hi = 0;
    u16(lo);
    u16(hi);
    v = static_cast<std::uint32_t>(lo) | (static_cast<std::uint32_t>(hi) << 16);
  }
  void i32(std::int32_t& v) {
    std::uint32_t u = 0;
    u32(u);
    v = static_cast<std::int32_t>(u);
  }
  template <std::size_t N>
  void raw(std::array<std::uint8_t, N>& v) {
    for (auto& b : v) {
      b = next();
    }
  }
  /// char[n]: the bytes before the first NUL.
  void text(std::string& s, std::size_t n) {
    s.clear();
    bool ended = false;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint8_t c = next();
      ended = ended || c == 0;
      if (!ended) {
        s.push_back(static_cast<char>(c));
      }
    }
  }
  /// cstr: bytes up to a NUL; running out of payload first marks the read short.
  void cstr(std::string& s) {
    s.clear();
    for (std::uint8_t c = next(); c != 0; c = next()) {
      s.push_back(static_cast<char>(c));
    }
  }
  void zeros(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      next();
    }
  }
  /// Reading: whether payload bytes remain for an optional tail (the writer's flag is ignored).
  bool more(bool /*write*/) const { return pos_ < in_.size(); }

  /// A read went past the end of the payload (the missing bytes read as 0).
  bool short_read() const { return missing_ > 0; }
  std::size_t missing_bytes() const { return missing_; }
  std::size_t remaining() const { return pos_ < in_.size() ? in_.size() - pos_ : 0; }
  /// Bytes consumed so far, missing ones included.
  std::size_t position() const { return pos_; }

 private:
  std::uint8_t next() {
    if (pos_ < in_.size()) {
      return in_[pos_++];
    }
    ++pos_;
    ++missing_;
    return 0;
  }

  std::span<const std::uint8_t> in_;
  std::size_t pos_ = 0;
  std::size_t missing_ = 0;
};

/// A run of u32 fields in wire order: `words(io, {&m.a, &m.b})`.
template <class Io>
void words(Io& io, std::initializer_list<std::uint32_t*> fields) {
  for (std::uint32_t* f : fields) {
    io.u32(*f);
  }
}

}  // namespace cme::runtime::sccp::detail
