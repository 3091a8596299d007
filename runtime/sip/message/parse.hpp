#pragma once
// parse_message: one SIP message from one datagram (RFC 3261 §7, §18.3, §25.1). Pure: no I/O.
//
// What it checks: the start line (Request-Line: method token, SP, a Request-URI without blanks,
// angle brackets or, for sip/sips, escaped headers, SP, SIP/2.0; Status-Line: SIP/2.0, a
// three-digit code 100-699, the reason phrase, possibly empty), header field lines (a token
// name, ':', folding joined to one SP, RFC 3261 §7.3.1), and Content-Length (decimal; several
// copies must agree). Typed checks of values (Via, From, To, CSeq, ...) are request_core() and
// the parse_* functions of headers.hpp.
//
// What it builds: a Message whose header list has one entry per value. Names are canonical
// (compact forms expanded), values trimmed and unfolded. Values of list headers (Via, Contact,
// Route, Record-Route, Allow, Supported, Require, Accept ...: the comma-separated `#` grammars)
// are split on commas outside quotes and angle brackets; empty elements are dropped. Every other
// header (To, From, Subject, Date, WWW-Authenticate, Authorization, Proxy-Authenticate,
// Proxy-Authorization, unknown headers ...) is kept whole. A parsed Message has exactly one
// Content-Length, equal to body.size() and written as a plain decimal: the first copy stays in
// place ("0150" becomes "150", agreeing copies are dropped), and a datagram without one gets one
// after its last header. So parse → serialize → parse gives the same Message. Leading CR/LF
// before the start line are skipped (RFC 3261 §7.5); lines may end in CRLF or a bare LF.
//
// Body (RFC 3261 §18.3, datagrams): without Content-Length it is the rest of the datagram;
// with it, exactly that many bytes (extra bytes are ignored), and a Content-Length larger than
// what follows is an error. A datagram without the empty line that ends the header section is
// taken as all headers and no body.

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

/// Why bytes are not a SIP message, and whether the sender can be told (RFC 3261 §8.2, §16.3).
struct MessageError {
  enum class Kind {
    Empty,                 ///< no start line
    StartLine,             ///< malformed Request-Line / Status-Line, or a bad Request-URI
    Version,               ///< SIP-Version other than SIP/2.0 (a request gets 505)
    HeaderSyntax,          ///< a header line without ':' or with a bad name; folding first
    ContentLength,         ///< Content-Length not a decimal number, or copies that differ
    BodyTruncated,         ///< Content-Length larger than the bytes received
    MissingContentLength,  ///< stream transport and no Content-Length (StreamFramer)
    TooLarge,              ///< header section or body above the StreamFramer limits
  };
  Kind kind = Kind::StartLine;
  std::string reason;         ///< short text, usable as the reason phrase of the answer
  bool request_line = false;  ///< the start line is a request line whose method was read
  bool core_headers = false;  ///< Via, From, To, Call-ID and CSeq are present and not empty
  Message partial;            ///< start line and header fields as far as they were read

  /// The status to answer with: 505 for Kind::Version, 400 otherwise; 0 when the error can
  /// only be dropped (a response, no readable request line or core headers, or an ACK, which
  /// is never answered, RFC 3261 §17.1.1.1).
  unsigned answer_status() const;
};

/// Parses one datagram. Errors as above; network input never makes it throw or abort.
Result<Message, MessageError> parse_message(std::string_view bytes);

}  // namespace cme::runtime::sip
