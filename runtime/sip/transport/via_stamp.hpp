#pragma once
// stamp_top_via: the `received` and `rport` parameters a server adds to the top Via of each
// request it receives (RFC 3261 §18.2.1, RFC 3581 §4), so that responses go back to where the
// request came from.

#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

/// Stamps the top Via of `request`, which came from `source`:
/// - `received=<source address>` when the sent-by host is not the source address, or when the
///   client asked for rport (RFC 3581 §4: then always); an existing `received` is replaced in
///   place, otherwise it is appended;
/// - `rport=<source port>` in place of the client's `rport` flag (or value), if there is one.
/// Values already right leave the text untouched. A Via that does not parse is left alone (the
/// transaction layer answers it 400). A Via in the plain shape clients send (upper-case
/// transport, lower-case host without brackets, no blanks or quotes in its parameters) is
/// edited as text; any other goes through parse_via and to_string. Both give the same text for
/// the plain shape.
void stamp_top_via(Message& request, const net::Endpoint& source);

}  // namespace cme::runtime::sip
