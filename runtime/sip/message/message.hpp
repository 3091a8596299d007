#pragma once
// SIP message model (RFC 3261 §7): a request or a response as parsed from, or to be written to,
// the wire. Header fields are kept in order, one entry per field *value*: a field line carrying
// several comma-separated values (Via, Contact, Route, Record-Route, Allow, Supported ...)
// becomes several entries, so `Via` lists are walked in order. Names are stored in their
// canonical long form ("Via", "Call-ID", "Content-Length"): compact forms (RFC 3261 §7.3.3,
// e.g. "v", "i", "l", "m", "f", "t") and any letter case are normalised by the parser.
// Values keep their text as received, minus folding (RFC 3261 §7.3.1: LWS with CRLF becomes one
// space) and surrounding whitespace; Content-Length is the exception (parse_message keeps one,
// as a plain decimal equal to body.size(); serialize() always writes the right one). Typed
// views of values (URI, Via, name-addr, CSeq, digest) are parsed on demand by
// runtime/sip/message/headers.hpp; the wire form is parse.hpp, framer.hpp and serialize.hpp.
//
// Pure value type: no I/O, no Asio.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cme::runtime::sip {

/// The methods OpenCME handles; anything else is `Other` with its text in Message::method.
enum class Method {
  Invite,
  Ack,
  Bye,
  Cancel,
  Register,
  Options,
  Info,
  Update,
  Prack,
  Subscribe,
  Notify,
  Publish,
  Refer,
  Message,
  Other
};

/// "INVITE" -> Method::Invite (case-sensitive, RFC 3261 §7.1); unknown -> Method::Other.
Method method_from_text(std::string_view text);
/// Method::Invite -> "INVITE"; Other -> "".
std::string_view method_text(Method m);

struct Header {
  std::string name;   ///< canonical long form
  std::string value;  ///< one value, unfolded and trimmed
  bool operator==(const Header&) const = default;
};

struct Message {
  bool request = true;
  // ---- request line (RFC 3261 §7.1) ----
  Method method_id = Method::Other;
  std::string method;       ///< as on the wire ("INVITE")
  std::string request_uri;  ///< as on the wire ("sip:1001@10.0.0.1:5060")
  // ---- status line (RFC 3261 §7.2) ----
  unsigned status = 0;  ///< 100-699
  std::string reason;   ///< "OK"
  // ---- both ----
  std::vector<Header> headers;
  std::string body;  ///< exactly Content-Length bytes

  bool operator==(const Message&) const = default;

  /// The first value of header `name` (canonical or compact form, any case), or nullopt.
  std::optional<std::string_view> header(std::string_view name) const;
  /// Every value of header `name`, in order.
  std::vector<std::string_view> headers_named(std::string_view name) const;
  /// Number of values of header `name`.
  std::size_t count(std::string_view name) const;
  /// Appends a value (name normalised to its canonical form).
  void add(std::string_view name, std::string value);
  /// Replaces every value of `name` by one value, in the place of the first (appended at the
  /// end when absent).
  void set(std::string_view name, std::string value);
  /// Removes every value of `name`; returns how many were removed.
  std::size_t remove(std::string_view name);
  /// Removes the first value of `name` (e.g. the top Via when a proxy forwards a response).
  bool remove_first(std::string_view name);
  /// Inserts a value before the existing values of `name` (e.g. a new top Via), or at the
  /// front of the header list when there are none.
  void prepend(std::string_view name, std::string value);
};

/// The canonical long form of a header name: compact forms expanded ("i" -> "Call-ID", "v" ->
/// "Via", "m" -> "Contact", "l" -> "Content-Length", "f" -> "From", "t" -> "To", "c" ->
/// "Content-Type", "e" -> "Content-Encoding", "k" -> "Supported", "s" -> "Subject", "o" ->
/// "Event", "r" -> "Refer-To", "b" -> "Referred-By", "x" -> "Session-Expires", "u" ->
/// "Allow-Events", and "a", "d", "j", "n", "y" of RFC 3841/4474), and known names spelled as
/// RFC 3261 spells them ("call-id" -> "Call-ID", "CSEQ" -> "CSeq", "www-authenticate" ->
/// "WWW-Authenticate"). Unknown names: each dash-separated word with its first letter upper
/// case and the rest lower case ("x-cisco-foo" and "X-CISCO-FOO" -> "X-Cisco-Foo").
std::string canonical_header_name(std::string_view name);

}  // namespace cme::runtime::sip
