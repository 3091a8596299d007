#pragma once
// serialize: a Message written in wire form (RFC 3261 §7). Pure.

#include <string>

#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

/// The start line ("METHOD request-uri SIP/2.0" or "SIP/2.0 code reason"; the method text is
/// method_text(method_id) when `method` is empty), one "Name: value" line per header value in
/// order, the empty line and the body; every line ends in CRLF. Content-Length is always
/// written and always equals body.size(): in place of the first stored Content-Length (other
/// copies are left out), or after the last header when there is none. Status codes are written
/// with three digits as given; values are written as stored (callers keep CR/LF out of them).
std::string serialize(const Message& message);

}  // namespace cme::runtime::sip
