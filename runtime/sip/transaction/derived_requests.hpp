#pragma once
// Requests the transaction layer derives from an INVITE it sent: the CANCEL (RFC 3261 §9.1)
// and the ACK for a non-2xx final response (RFC 3261 §17.1.1.3). The ACK for a 2xx is a new
// request of the dialog (RFC 3261 §13.2.2.4) and is not built here.
//
// Precondition for both: `invite` is a request this UA built, with a top Via carrying the
// branch and a parsable CSeq (as TransactionLayer::send_request makes it). Neither has a body
// (serialize() writes Content-Length: 0).

#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

/// CANCEL for `invite` (RFC 3261 §9.1): the same Request-URI, Call-ID, To, From and CSeq
/// number (method CANCEL), a single Via equal to the INVITE's top Via (so the same branch),
/// the INVITE's Route headers and Max-Forwards 70.
Message make_cancel(const Message& invite);

/// ACK for the non-2xx final `response` to `invite` (RFC 3261 §17.1.1.3): the INVITE's
/// Request-URI, Call-ID, From and CSeq number (method ACK), To copied from the response (with
/// its tag), a single Via equal to the INVITE's top Via, the INVITE's Route headers,
/// and Max-Forwards 70.
Message make_ack(const Message& invite, const Message& response);

}  // namespace cme::runtime::sip
