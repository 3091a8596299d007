#pragma once
// Responses built from the request they answer (RFC 3261 §8.2.6) and the standard reason
// phrases (RFC 3261 §21). Pure.

#include <string_view>

#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

/// The reason phrase RFC 3261 §21 gives `status` (plus 202 Accepted RFC 3515/6665, 204 No
/// Notification RFC 5839, 412 Conditional Request Failed RFC 3903, 422 Session Interval Too
/// Small RFC 4028, 489 Bad Event RFC 6665); for other codes the name of the class
/// ("Provisional", "Success", "Redirection", "Client Error", "Server Error", "Global Failure");
/// "" outside 100-699.
std::string_view default_reason(unsigned status);

/// A response to `request` (RFC 3261 §8.2.6.2): status line `status` and `reason` (or
/// default_reason(status) when empty), then copies of every Via value in order, From, To,
/// Call-ID and CSeq. `to_tag` is added as `;tag=` when given and To has no tag (callers leave it
/// empty for a 100 Trying, §8.2.6.2). A 100 Trying also copies Timestamp (§8.2.6.1). Headers absent
/// from the request are simply not copied (a 400 to a broken request copies what there is).
/// No body; serialize() writes Content-Length: 0.
Message make_response(const Message& request, unsigned status, std::string_view reason = {},
                      std::string_view to_tag = {});

}  // namespace cme::runtime::sip
