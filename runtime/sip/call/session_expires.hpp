#pragma once
// Session timers (RFC 4028): the Session-Expires and Min-SE headers, the checks a UAS makes on
// a request, the answer it gives and when a session that nobody refreshed ends. Pure.
//
//   - Session-Expires: delta-seconds *(";" se-params), refresher=uac|uas (compact form "x").
//   - Min-SE: delta-seconds. RFC 4028 forbids intervals below 90 s.
//   - A request whose Session-Expires is below our minimum (and below its own Min-SE) gets
//     422 Session Interval Too Small with our Min-SE (§8.1 on the UAS side).
//   - The UAS answer (§9): the request's interval; the request's refresher when it named one,
//     else uac when the UAC sent `Supported: timer`, else uas. `Require: timer` goes with a
//     refresher=uac answer.
//   - Without a refresh, the side that is not the refresher ends the session (BYE) when
//     interval - min(32 s, interval/3) has passed since the last refresh (§10).

#include <chrono>
#include <optional>
#include <string>

#include "runtime/sip/message/message.hpp"

namespace cme::runtime::sip {

inline constexpr std::chrono::seconds kMinSessionInterval{90};

enum class Refresher { Uac, Uas };

struct SessionExpires {
  std::chrono::seconds interval{0};
  std::optional<Refresher> refresher;
  bool operator==(const SessionExpires&) const = default;
};

/// The Session-Expires of `message`; nullopt when absent or malformed (no delta, not a
/// number, a zero interval).
std::optional<SessionExpires> session_expires(const Message& message);
/// "1800;refresher=uac".
std::string to_string(const SessionExpires& value);
/// The Min-SE of `message`, or nullopt.
std::optional<std::chrono::seconds> min_se(const Message& message);
/// True when `message` lists `timer` in Supported or Require.
bool supports_timer(const Message& message);

/// The Min-SE to answer 422 with when `request`'s Session-Expires is below `our_min` (and its
/// own Min-SE), or nullopt when the request is acceptable (or asks for no session timer).
std::optional<std::chrono::seconds> too_small(const Message& request, std::chrono::seconds our_min);

/// The Session-Expires a UAS puts in its 2xx to `request` (see above), or nullopt when the
/// request asks for no session timer.
std::optional<SessionExpires> uas_answer(const Message& request);

/// Sets Session-Expires on `response` and `Require: timer` when the refresher is the UAC.
void add_session_expires(Message& response, const SessionExpires& value);

/// How long after the last refresh the non-refreshing side ends the session (§10).
std::chrono::seconds expiry_delay(std::chrono::seconds interval);

}  // namespace cme::runtime::sip
