#pragma once
// Transaction matching keys (RFC 3261 §17.1.3, §17.2.3).
//
// Client side (§17.1.3): a response belongs to the client transaction whose request carried
// the response's top Via branch and whose method equals the response's CSeq method (so the
// CANCEL, which reuses the INVITE's branch, has a transaction of its own). OpenCME generates
// every client branch itself, so sent-by is not needed.
//
// Server side (§17.2.3): a request belongs to the server transaction created by a request with
// the same top Via branch, the same sent-by (host lower-cased; a missing port counts as 5060,
// 5061 for TLS) and the same method, where an ACK matches its INVITE. A CANCEL has its own
// transaction (method CANCEL); the transaction it cancels has the same branch and sent-by.
//
// Requests whose branch lacks the magic cookie "z9hG4bK" (RFC 2543 peers) are still matched,
// by the RFC 2543 fallback of §17.2.3: the id is built from the Request-URI, From tag, Call-ID,
// CSeq number and the top Via value, which a retransmission, its ACK to a non-2xx response and
// its CANCEL repeat exactly. The To tag is left out (an ACK carries the tag of our response, the
// INVITE none). An ACK for a 2xx has another Request-URI (the Contact) and so never matches,
// which is what we want: it goes to the TU.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

/// The branch prefix of RFC 3261 §8.1.1.7.
inline constexpr std::string_view kBranchMagicCookie = "z9hG4bK";

/// True when `branch` starts with the magic cookie (and has something after it).
bool has_magic_cookie(std::string_view branch);

/// The top Via of `message`, parsed; nullopt when absent or unparsable.
std::optional<Via> top_via(const Message& message);

/// The branch parameter of the top Via of `message`; "" when there is no parsable top Via or
/// no branch.
std::string top_via_branch(const Message& message);

/// "host:port" of a Via's sent-by, host lower-cased, the default port filled in (5060; 5061 for
/// TLS).
std::string sent_by(const Via& via);

struct ClientKey {
  std::string branch;
  std::string method;  ///< the CSeq method ("INVITE", "CANCEL", ...)
  auto operator<=>(const ClientKey&) const = default;
};


/// The client key of an outgoing request or an incoming response: top Via branch + CSeq method.
/// Nullopt when the top Via or CSeq does not parse or the branch is empty.
std::optional<ClientKey> client_key(const Message& message);

struct ServerKey {
  std::string id;       ///< the branch, or "rfc2543|..." for the fallback
  std::string sent_by;  ///< see sent_by()
  std::string method;   ///< the request method, INVITE for an ACK
  auto operator<=>(const ServerKey&) const = default;
};
/// Hash of a ServerKey, for the transaction layer's table.
struct ServerKeyHash {
  std::size_t operator()(const ServerKey& key) const noexcept;
};

/// The server key of an incoming request whose top Via parsed as `top_via` (see above). Error
/// when the CSeq does not parse or its method differs from the request method (RFC 3261
/// §8.1.1.5); the reason is fit for a 400 reason phrase.
Result<ServerKey, ParseError> server_key(const Message& request, const Via& top_via);

}  // namespace cme::runtime::sip
