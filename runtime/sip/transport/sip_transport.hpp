#pragma once
// SipTransport: the SIP transport layer (RFC 3261 §18) over a runtime::net::Transport. Incoming:
// UDP datagrams are parsed whole (parse_message); TCP streams are framed per connection by
// Content-Length (StreamFramer), and RFC 5626 CRLF keep-alives are answered. A request gets
// `received` on its top Via when the source address differs from sent-by (§18.2.1), and
// `rport=<source port>` when the client asked for it (RFC 3581 §4). Malformed messages are
// counted; a request that can be answered gets 400 (or 505) statelessly; anything else is
// dropped. Outgoing: MessageChannel::send serializes and sends. A tap sees every message in and
// out (for `debug ccsip messages`).

#include <chrono>
#include <functional>
#include <map>
#include <string_view>

#include "runtime/core/clock.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/net/transport.hpp"
#include "runtime/sip/message/framer.hpp"
#include "runtime/sip/transport/message_channel.hpp"

namespace cme::runtime::sip {

struct SipTransportCounters {
  std::size_t messages_in = 0;
  std::size_t messages_out = 0;
  std::size_t malformed = 0;  ///< could not be parsed or framed
  std::size_t answered = 0;   ///< malformed requests answered 400/505
  std::size_t pings = 0;      ///< CRLF keep-alives answered
  std::size_t timed_out = 0;  ///< TCP connections closed as idle or slow (SipTcpLimits)
  std::size_t over_budget = 0;  ///< TCP connections closed at max_buffered_bytes
};

/// Bounds on what TCP peers can hold (issue 16 #1; docs/limits.md). Times are on the injected
/// clock; a sweep every second closes the connections past them.
struct SipTcpLimits {
  /// A connection that has carried a SIP message and then stays silent this long is closed.
  /// CRLF keep-alives (RFC 5626 §4.4.1) count as traffic, so a phone that pings keeps its flow;
  /// the default outlasts a one-hour registration refresh.
  std::chrono::seconds idle{3900};
  /// A new connection must complete its first SIP message within this time (an idle or
  /// slowloris peer that never sends one is closed; pings do not extend it).
  std::chrono::seconds first_message{32};
  /// Bytes of an unfinished message may stay buffered this long (64*T1, RFC 3261 Timer F/B).
  std::chrono::seconds partial_message{32};
  /// Bytes buffered in unfinished messages over all connections; the connection whose bytes
  /// cross it is closed. Each connection's own bound is StreamFramer::Limits (64 KiB head + 1 MiB
  /// body).
  std::size_t max_buffered_bytes = 64 * 1024 * 1024;
};

class SipTransport final : public MessageChannel {
 public:
  /// A parsed message from `source`.
  /// Receives each message; it may keep (move from) it.
  using Handler = std::function<void(Message&& message, const net::Endpoint& source)>;
  /// The TCP connection with `peer` ended.
  using ClosedHandler = std::function<void(const net::Endpoint& peer)>;
  /// Every message as bytes: `outgoing` false = received from `peer`, true = sent to `peer`.
  using Tap = std::function<void(bool outgoing, std::string_view bytes, const net::Endpoint& peer)>;

  /// `transport` is borrowed; its handlers are taken over by this object. Without a clock
  /// TCP connections have no time limits (only `max_buffered_bytes` of the default limits).
  explicit SipTransport(net::Transport& transport);
  /// The same with SipTcpLimits' times enforced on `clock` and `timers` (borrowed).
  SipTransport(net::Transport& transport, const Clock& clock, TimerService& timers,
               SipTcpLimits limits = {});
  ~SipTransport() override;

  void set_handler(Handler handler) { handler_ = std::move(handler); }
  void set_closed_handler(ClosedHandler handler) { closed_ = std::move(handler); }
  void set_tap(Tap tap) { tap_ = std::move(tap); }

  void send(const Message& message, const net::Endpoint& to) override;
  void send_serialized(std::string_view bytes, const net::Endpoint& to) override;

  const SipTransportCounters& counters() const { return counters_; }
  /// TCP connections known now, and the bytes buffered in their unfinished messages.
  std::size_t streams() const { return streams_.size(); }
  std::size_t buffered_bytes() const { return buffered_; }
  net::Transport& transport() { return transport_; }

 private:
  void on_bytes(const net::Endpoint& from, std::string_view bytes);
  void on_stream(const net::Endpoint& from, std::string_view bytes);
  void deliver(Message message, const net::Endpoint& from, std::string_view bytes);
  void reject(const MessageError& error, const net::Endpoint& from);
  void send_bytes(std::string bytes, const net::Endpoint& to);

  /// One TCP connection's framer and the times the limits look at.
  struct Stream {
    StreamFramer framer;
    Clock::SteadyTime opened{};
    Clock::SteadyTime last_traffic{};
    Clock::SteadyTime partial_since{};  ///< when unfinished bytes were first left buffered
    bool spoke = false;                 ///< a SIP message has been framed
    bool spoke_since_partial = false;   ///< a message or ping completed in this chunk
  };
  Stream& stream(const net::Endpoint& peer);
  /// Ends our side of the connection with `peer` (no closed handler: we chose to close).
  void drop_stream(const net::Endpoint& peer);
  void arm_sweep();
  void sweep();
  Clock::SteadyTime now() const;

  net::Transport& transport_;
  const Clock* clock_ = nullptr;
  TimerService* timers_ = nullptr;
  SipTcpLimits limits_;
  TimerHandle sweep_timer_ = 0;
  Handler handler_;
  ClosedHandler closed_;
  Tap tap_;
  std::map<net::Endpoint, Stream> streams_;  ///< one per TCP connection
  std::size_t buffered_ = 0;                 ///< sum of the framers' buffered()
  SipTransportCounters counters_;
};

}  // namespace cme::runtime::sip
