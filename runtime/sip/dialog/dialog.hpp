#pragma once
// Dialog: the state of one SIP dialog as RFC 3261 §12 defines it (Call-ID, local and remote
// tags, local and remote CSeq, remote target, route set), for either side: a UAS dialog built
// from the INVITE we received (§12.1.1), a UAC dialog built from the INVITE we send and
// completed by the response that carries the To tag (§12.1.2). Requests inside the dialog are
// built here (§12.2.1.1), including the ACK for a 2xx (§13.2.2.4). Pure value type.
//
// Where the dialog's requests go: `peer`, the transport flow the dialog was set up on (the
// source of the INVITE we received, or where we sent ours). That is what phones behind NAT
// expect (RFC 3581, RFC 5626 §5.3) and what a B2BUA that only talks to phones and trunks by
// address needs; the Request-URI is still the remote target. Loose routing only (RFC 3261
// §16.12): a route set whose first URI lacks `lr` is used as if it had it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

struct Dialog {
  std::string call_id;
  std::string local_tag;
  std::string remote_tag;        ///< "" until the remote side sent one (UAC, before the response)
  NameAddr local;                ///< our From (UAC) or To (UAS), without the tag
  NameAddr remote;               ///< their To (UAC) or From (UAS), without the tag
  std::uint32_t local_cseq = 0;  ///< of the last request we sent
  std::optional<std::uint32_t> remote_cseq;  ///< of the last request we accepted
  std::string remote_target;                 ///< URI from the remote Contact (§12.1)
  std::vector<std::string> route_set;        ///< Route values, in the order we send them
  net::Endpoint peer;                        ///< where the dialog's requests go (see above)
  std::string contact;                       ///< our Contact header value in this dialog
};

/// The UAS dialog for `request` (an INVITE whose core headers parsed as `core`) received from
/// `source`: remote tag from From, remote target from Contact (else the From URI), route set
/// = Record-Route in order, remote CSeq = the request's.
Dialog uas_dialog(const Message& request, const RequestCore& core, std::string local_tag,
                  const net::Endpoint& source, std::string contact);

/// Completes a UAC dialog with `response` (a 1xx with a To tag or a 2xx to our INVITE): the
/// remote tag, the remote target (its Contact, when present) and the route set (Record-Route
/// reversed, §12.1.2). False, changing nothing, when the response has no parsable To tag.
bool establish_uac(Dialog& dialog, const Message& response);

/// A target refresh (§12.2: re-INVITE, UPDATE or their 2xx): takes the Contact of `message`
/// as the new remote target when it has a parsable one.
void refresh_target(Dialog& dialog, const Message& message);

/// A new request of `method` in the dialog (§12.2.1.1): Request-URI = remote target, Route =
/// the route set, From/To with the tags, Call-ID, CSeq = ++local_cseq, Max-Forwards 70, our
/// Contact (for INVITE, UPDATE and any target refresh; harmless on others). No Via: the
/// transaction layer adds it. Before the remote tag is known it is the dialog-creating request.
Message dialog_request(Dialog& dialog, Method method);

/// The ACK for a 2xx to our INVITE whose CSeq number was `invite_cseq` (§13.2.2.4).
Message dialog_ack(const Dialog& dialog, std::uint32_t invite_cseq);

/// Checks the CSeq of a request received in the dialog (§12.2.2): false when it is lower than
/// the last one accepted (out of order: answer 500); otherwise records it and returns true.
bool accept_remote_cseq(Dialog& dialog, std::uint32_t cseq);

}  // namespace cme::runtime::sip
