#pragma once
// Session descriptions as calls need them (SDP, RFC 4566; offer/answer RFC 3264): origin with
// its session version, connection, media lines (port, proto, formats) and attributes (rtpmap,
// fmtp, ptime, sendrecv / sendonly / recvonly / inactive ...). Lines the model does not name
// (i, u, e, p, b, t, r, z, k and unknown types) are kept in order, with the position of c=
// among them, and written back. Pure.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {

/// A line kept as text: `type` is the letter before '=', `value` what follows.
struct SdpLine {
  char type = 't';
  std::string value;
  bool operator==(const SdpLine&) const = default;
};

/// `a=name` or `a=name:value` (RFC 4566 §5.13).
struct SdpAttribute {
  std::string name;
  std::optional<std::string> value;
  bool operator==(const SdpAttribute&) const = default;
};

/// `c=IN IP4 192.0.2.1` (RFC 4566 §5.7); `address` keeps a "/ttl" suffix if any.
struct SdpConnection {
  std::string net_type = "IN";
  std::string address_type = "IP4";
  std::string address;
  bool operator==(const SdpConnection&) const = default;
};

/// `o=username sess-id sess-version nettype addrtype address` (RFC 4566 §5.2). A new offer in a
/// session increments session_version (RFC 3264 §8).
struct SdpOrigin {
  std::string username = "-";
  std::string session_id;
  std::uint64_t session_version = 0;
  std::string net_type = "IN";
  std::string address_type = "IP4";
  std::string address;
  bool operator==(const SdpOrigin&) const = default;
};

/// `m=media port[/count] proto fmt ...` and its section (RFC 4566 §5.14).
struct SdpMedia {
  std::string media = "audio";
  std::uint16_t port = 0;  ///< 0 rejects or disables the stream (RFC 3264 §6)
  std::optional<unsigned> port_count;
  std::string proto = "RTP/AVP";
  std::vector<std::string> formats;  ///< RTP payload types as text ("0", "8", "101")
  std::optional<SdpConnection> connection;
  std::vector<SdpAttribute> attributes;
  std::vector<SdpLine> other;        ///< i=, b=, k= and unknown lines, in order
  std::size_t connection_index = 0;  ///< c= is written before other[connection_index]
  bool operator==(const SdpMedia&) const = default;
};

struct Sdp {
  unsigned version = 0;
  SdpOrigin origin;
  std::string session_name = "-";
  std::optional<SdpConnection> connection;
  std::vector<SdpLine> other;        ///< i u e p b t r z k and unknown session lines, in order
  std::size_t connection_index = 0;  ///< c= is written before other[connection_index]
  std::vector<SdpAttribute> attributes;
  std::vector<SdpMedia> media;
  bool operator==(const Sdp&) const = default;
};

/// Parses an SDP body; lines end in CRLF or LF. Required: v=0 first and o= with six fields;
/// a missing s= reads as "-". Errors ("Bad SDP ..."): a line not of the form `x=...`, v= not 0
/// or not first, a malformed o=, c= or m= line (port not a number 0-65535).
Result<Sdp, ParseError> parse_sdp(std::string_view text);

/// Writes `sdp` with CRLF line ends: v, o, s, the kept lines with c= at its connection_index
/// (parse_sdp records where c= was; 0 puts it first, the RFC 4566 place when only t= and b=
/// lines are kept), then the attributes; per media: m, kept lines with c=, attributes. RFC
/// 4566-ordered text is written back unchanged, and parse → to_string → parse is an identity.
std::string to_string(const Sdp& sdp);

/// Media stream direction attributes (RFC 3264 §5.1, §6.1).
enum class SdpDirection { SendRecv, SendOnly, RecvOnly, Inactive };

/// The value of the first attribute `name` ("" for a flag), or nullopt.
std::optional<std::string_view> attribute(const std::vector<SdpAttribute>& attributes,
                                          std::string_view name);
/// The direction of `media`: its own attribute, else the session's, else SendRecv.
SdpDirection direction(const Sdp& sdp, const SdpMedia& media);
/// Replaces the direction attributes of `media` by one for `value`.
void set_direction(SdpMedia& media, SdpDirection value);
/// The connection that applies to `media`: its own c=, else the session's, else nullptr.
const SdpConnection* connection(const Sdp& sdp, const SdpMedia& media);

/// `a=rtpmap:<payload> <encoding>/<clock rate>[/<channels>]` (RFC 4566 §6).
struct SdpRtpMap {
  unsigned payload = 0;
  std::string encoding;  ///< "PCMU", "telephone-event"
  unsigned clock_rate = 8000;
  std::optional<unsigned> channels;
  bool operator==(const SdpRtpMap&) const = default;
};
/// The rtpmap of `payload` in `media`, or nullopt (also for a malformed rtpmap).
std::optional<SdpRtpMap> rtpmap(const SdpMedia& media, unsigned payload);

}  // namespace cme::runtime::sip
