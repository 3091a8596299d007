#pragma once
// Message helpers of the B2BUA: what crosses from one leg to the other (bodies, chosen headers,
// statuses) and the requests and responses a call builds from the other leg's. Pure.

#include <chrono>
#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/sip/dialog/dialog.hpp"
#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

/// The methods our Allow header lists in calls: what a call leg answers (no REFER or INFO yet).
inline constexpr const char* kCallAllow = "INVITE, ACK, BYE, CANCEL, OPTIONS, UPDATE";

/// Copies the body of `from` with its Content-Type and Content-Disposition to `to` (replacing
/// what `to` had); an empty body copies nothing and clears `to`'s.
void copy_body(const Message& from, Message& to);
/// Appends to `to` every value of each header of `names` that `from` has.
void copy_headers(const Message& from, Message& to, std::initializer_list<std::string_view> names);

/// The status the caller hears for the callee's final failure `status` (300-699): 3xx (we do
/// not follow redirections) -> 480; 401/407 (credentials the caller cannot give) -> 403;
/// everything else unchanged (404, 408, 480, 486, 487, 488, 503, 603 ...).
unsigned caller_status(unsigned status);

/// Our response to `request` (from the leg that sent it) that relays `from` (a response of the
/// other leg): status (caller_status() for failures), reason, body, Session-Expires, Require
/// (`timer` only), Min-SE, Retry-After and Warning. `to_tag` as in make_response; `contact` added
/// unless empty (for 101-299). A 101-299 that creates the dialog (`to_tag` given) copies the
/// request's Record-Route (RFC 3261 §12.1.1).
Message relayed_response(const Message& request, const Message& from, std::string_view to_tag,
                         const std::string& contact);

/// The request of the method of `request` in `dialog` (dialog_request) that relays `request`
/// (received on the other leg): its body, Allow, Supported (without 100rel: no PRACK relay)
/// and Session-Expires; Min-SE raised to `min_se_floor` when a Session-Expires is relayed.
Message relayed_request(Dialog& dialog, const Message& request, std::chrono::seconds min_se_floor);

/// The CSeq number of `message`, 0 when it has none that parses.
std::uint32_t cseq_number(const Message& message);

/// The user part of the URI of a From/To value ("" when none or unparsable).
std::string uri_user(std::string_view name_addr);

}  // namespace cme::runtime::sip
