#pragma once
// The `debug ccsip messages` trace of the SIP service: each message sent or received, in the
// text IOS prints (ios-texts.md "debug ccsip messages"; CME 8.x+ form).

#include <string>
#include <string_view>

namespace cme::runtime::sip {

/// The debug condition, as `debug` takes it and ServiceHost::debugging() is asked.
inline constexpr std::string_view kDebugCcsipMessages = "ccsip messages";

/// The trace of one message: the "//-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:" header line,
/// "Sent:" or "Received:", then `bytes` (the whole message as on the wire) with CR removed and
/// without trailing empty lines. `outgoing`: true for a message we sent.
std::string ccsip_text(bool outgoing, std::string_view bytes);

}  // namespace cme::runtime::sip
