#pragma once
// The header-section parser shared by parse_message (datagrams) and StreamFramer (streams).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "runtime/sip/message/message.hpp"
#include "runtime/sip/message/parse.hpp"

namespace cme::runtime::sip::detail {

/// Number of CR / LF bytes at the start of `bytes` (RFC 3261 §7.5 leading CRLFs).
std::size_t leading_line_breaks(std::string_view bytes);

/// Finds the empty line that ends the header section. `scanned` is a line start from which to
/// resume (0 the first time); it is advanced to the last complete line start examined. Returns
/// the offset of the first body byte, or npos when the empty line is not in `bytes` yet.
std::size_t find_head_end(std::string_view bytes, std::size_t& scanned);

/// What parse_head learnt besides the Message fields.
struct HeadInfo {
  std::optional<std::uint64_t> content_length;  ///< present and valid
  unsigned core = 0;  ///< bit set of the non-empty Via, From, To, Call-ID, CSeq seen
};

/// Parses the start line and header fields of `head` (up to, not including, the empty line)
/// into `out`. On failure fills `error` (kind, reason, request_line, core_headers; not
/// `partial`, which the caller moves `out` into) and returns false; parsing continues past a
/// bad line so that `out` holds every readable header.
bool parse_head(std::string_view head, Message& out, HeadInfo& info, MessageError& error);

}  // namespace cme::runtime::sip::detail
