#pragma once
// SipTransport: the SIP transport layer (RFC 3261 §18) over a runtime::net::Transport. Incoming:
// UDP datagrams are parsed whole (parse_message); TCP streams are framed per connection by
// Content-Length (StreamFramer), and RFC 5626 CRLF keep-alives are answered. A request gets
// `received` on its top Via when the source address differs from sent-by (§18.2.1), and
// `rport=<source port>` when the client asked for it (RFC 3581 §4). Malformed messages are
// counted; a request that can be answered gets 400 (or 505) statelessly; anything else is
// dropped. Outgoing: MessageChannel::send serializes and sends. A tap sees every message in and
// out (for `debug ccsip messages`).

#include <functional>
#include <map>
#include <string_view>

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

  /// `transport` is borrowed; its handlers are taken over by this object.
  explicit SipTransport(net::Transport& transport);

  void set_handler(Handler handler) { handler_ = std::move(handler); }
  void set_closed_handler(ClosedHandler handler) { closed_ = std::move(handler); }
  void set_tap(Tap tap) { tap_ = std::move(tap); }

  void send(const Message& message, const net::Endpoint& to) override;
  void send_serialized(std::string_view bytes, const net::Endpoint& to) override;

  const SipTransportCounters& counters() const { return counters_; }
  net::Transport& transport() { return transport_; }

 private:
  void on_bytes(const net::Endpoint& from, std::string_view bytes);
  void on_stream(const net::Endpoint& from, std::string_view bytes);
  void deliver(Message message, const net::Endpoint& from, std::string_view bytes);
  void reject(const MessageError& error, const net::Endpoint& from);
  void send_bytes(std::string bytes, const net::Endpoint& to);

  net::Transport& transport_;
  Handler handler_;
  ClosedHandler closed_;
  Tap tap_;
  std::map<net::Endpoint, StreamFramer> framers_;  ///< one per TCP connection
  SipTransportCounters counters_;
};

}  // namespace cme::runtime::sip
