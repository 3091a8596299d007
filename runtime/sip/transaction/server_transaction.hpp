#pragma once
// ServerTransaction: what the two server state machines share (RFC 3261 §17.2): the request
// that created it, where it came from, where responses go (response_destination()), the TU's
// callbacks and how it ends. ServerInviteTransaction (§17.2.1, RFC 6026 §7.1) and
// ServerNonInviteTransaction (§17.2.2) implement the machines.
//
// Life cycle: create with std::make_shared (timers hold weak references), call start() once,
// then feed requests matched to it (receive_request: retransmissions, and for an INVITE its
// ACK), the TU's responses (respond) and transport failures towards destination()
// (transport_error). The TU hears, from inside those calls or a timer callback:
//   on_ack             INVITE only: an ACK matched in the Accepted state (RFC 6026 §7.1)
//   on_timeout         timer H fired: no ACK for a non-2xx final response
//   on_transport_error the transport failed (RFC 3261 §17.2.4)
//   on_terminated      last, exactly once, whatever the reason (TransactionLayer drops it here)
// A TU may keep the shared_ptr as long as it likes: once terminated, respond() returns false
// and nothing is sent. Not thread-safe: use it on the TimerService's event loop.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/message.hpp"
#include "runtime/sip/transaction/transaction_timers.hpp"

namespace cme::runtime::sip {

class ServerTransaction : public std::enable_shared_from_this<ServerTransaction> {
 public:
  struct Callbacks {
    std::function<void(const Message& ack)> on_ack;
    std::function<void()> on_timeout;
    std::function<void()> on_transport_error;
    std::function<void()> on_terminated;
  };

  /// `request` created the transaction; it came from `source`; responses go to `destination`
  /// (response_destination() of its top Via and `source`; its protocol decides reliability).
  ServerTransaction(TransactionServices services, Message request, net::Endpoint source,
                    net::Endpoint destination, Callbacks callbacks);
  virtual ~ServerTransaction() = default;
  ServerTransaction(const ServerTransaction&) = delete;
  ServerTransaction& operator=(const ServerTransaction&) = delete;

  /// Starts the machine (the INVITE's 100 Trying timer). Call once, after make_shared.
  virtual void start() = 0;
  /// A request matched to this transaction (RFC 3261 §17.2.3): a retransmission of request(),
  /// or the ACK of an INVITE.
  virtual void receive_request(const Message& request) = 0;
  /// Sends the TU's `response` (to request()) when the state allows it. Returns false, sending
  /// nothing, otherwise: a status outside 100-699, a second final response, or terminated.
  virtual bool respond(Message response) = 0;
  /// The transport failed to deliver to destination().
  virtual void transport_error() = 0;
  virtual bool terminated() const = 0;
  /// True once a final (200-699) response was sent.
  bool final_response_sent() const { return final_.has_value(); }
  /// Ends at once without any callback (layer shutdown): stops timers, state Terminated.
  void abort();

  /// The request. Once a non-INVITE transaction has sent its final response, nothing can be
  /// answered any more (retransmissions get the kept wire form, final_response()), so only its
  /// request line is kept: Timer J holds the transaction 32 s over UDP, and its headers and body
  /// would be kept for nothing.
  const Message& request() const { return request_; }
  Method method() const { return request_.method_id; }
  const net::Endpoint& source() const { return source_; }
  const net::Endpoint& destination() const { return destination_; }
  /// The last provisional response sent, in wire form (as serialize() wrote it), or nullopt.
  /// Responses are kept in that form, one string each, for retransmission: it is what they
  /// are sent as, and a fraction of the size of a Message.
  const std::optional<std::string>& last_provisional() const { return provisional_; }
  /// The final response sent, in wire form, or nullopt.
  const std::optional<std::string>& final_response() const { return final_; }
  /// Replaces the callbacks.
  void set_callbacks(Callbacks callbacks) { callbacks_ = std::move(callbacks); }

 protected:
  TimerService& timer_service() const { return services_.timer_service; }
  const TransactionTimers& timers() const { return services_.timers; }
  bool reliable() const { return is_reliable(destination_); }
  std::weak_ptr<void> weak_self() { return weak_from_this(); }

  /// Sends a provisional response and keeps it in wire form (last_provisional()).
  void send_provisional(const Message& response);
  /// Sends the final response and keeps it in wire form (final_response()).
  void send_final(const Message& response);
  /// Releases what request() no longer needs to keep (see request()): headers and body.
  void release_request_body();
  /// Sends the recorded final response again (retransmission, timer G).
  void resend_final();
  /// Sends the recorded provisional response again, if there is one.
  void resend_provisional();
  /// Passes an ACK to the TU.
  void pass_ack(const Message& ack);
  /// Ends the transaction: mark_terminated(), stop_timers(), then the TU's on_timeout or
  /// on_transport_error for `failure` (if any), then on_terminated.
  void end(std::optional<TransactionFailure> failure);

  virtual void mark_terminated() = 0;
  virtual void stop_timers() = 0;

 private:
  TransactionServices services_;
  Message request_;
  net::Endpoint source_;
  net::Endpoint destination_;
  Callbacks callbacks_;
  std::optional<std::string> provisional_;
  std::optional<std::string> final_;
};

}  // namespace cme::runtime::sip
