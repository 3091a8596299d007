#pragma once
// ClientTransaction: what the two client state machines share (RFC 3261 §17.1): the request,
// where it goes, the TU's callbacks, and how the transaction ends. ClientInviteTransaction
// (§17.1.1, RFC 6026 §7.2) and ClientNonInviteTransaction (§17.1.2) implement the machines.
//
// Life cycle: create with std::make_shared (timers hold weak references), call start() once to
// send the request, then feed matching responses (receive_response) and transport failures
// towards destination() (transport_error). The TU hears, in this order and from inside those
// calls or a timer callback:
//   on_response        every response the machine passes up (1xx, the final, 2xx retransmissions)
//   on_timeout         timer B / F fired, or 64*T1 passed after a CANCEL (RFC 3261 §9.1)
//   on_transport_error the transport failed (RFC 3261 §17.1.4)
//   on_terminated      last, exactly once, whatever the reason (TransactionLayer drops it here)
// Callbacks may call back into the transaction and the layer. After on_terminated the callbacks
// are released and every input is ignored. Not thread-safe: use it on the TimerService's loop.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/message.hpp"
#include "runtime/sip/transaction/transaction_timers.hpp"

namespace cme::runtime::sip {

class ClientTransaction : public std::enable_shared_from_this<ClientTransaction> {
 public:
  struct Callbacks {
    std::function<void(const Message& response)> on_response;
    std::function<void()> on_timeout;
    std::function<void()> on_transport_error;
    std::function<void()> on_terminated;
  };

  /// `request` must carry its top Via with the branch (TransactionLayer adds it); `destination`
  /// is the next hop (its protocol decides reliability).
  ClientTransaction(TransactionServices services, Message request, net::Endpoint destination,
                    Callbacks callbacks);
  virtual ~ClientTransaction() = default;
  ClientTransaction(const ClientTransaction&) = delete;
  ClientTransaction& operator=(const ClientTransaction&) = delete;

  /// Sends the request and starts the machine's timers. Call once, after make_shared.
  virtual void start() = 0;
  /// A response matched to this transaction (RFC 3261 §17.1.3).
  virtual void receive_response(const Message& response) = 0;
  /// The transport failed to deliver to destination().
  virtual void transport_error() = 0;
  virtual bool terminated() const = 0;
  /// Ends at once without any callback (layer shutdown): stops timers, state Terminated.
  void abort();

  const Message& request() const { return request_; }
  const net::Endpoint& destination() const { return destination_; }
  /// The top Via branch of request() ("" when it has none).
  const std::string& branch() const { return branch_; }
  Method method() const { return request_.method_id; }
  /// Replaces the callbacks (e.g. the TU takes over a transaction another part started).
  void set_callbacks(Callbacks callbacks) { callbacks_ = std::move(callbacks); }

 protected:
  const TransactionServices& services() const { return services_; }
  TimerService& timer_service() const { return services_.timer_service; }
  const TransactionTimers& timers() const { return services_.timers; }
  bool reliable() const { return is_reliable(destination_); }
  std::weak_ptr<void> weak_self() { return weak_from_this(); }

  /// Passes `message` to the channel towards destination().
  void send(const Message& message);
  /// Passes `response` to the TU.
  void deliver(const Message& response);
  /// Ends the transaction: the subclass's mark_terminated() and stop_timers(), then the TU's
  /// on_timeout/on_transport_error for `failure` (if any), then on_terminated.
  void end(std::optional<TransactionFailure> failure);

  virtual void mark_terminated() = 0;
  virtual void stop_timers() = 0;

 private:
  TransactionServices services_;
  Message request_;
  net::Endpoint destination_;
  Callbacks callbacks_;
  std::string branch_;
};

}  // namespace cme::runtime::sip
