#pragma once
// ServerNonInviteTransaction: the non-INVITE server transaction of RFC 3261 §17.2.2
// (Figure 8), for every method but INVITE and ACK (CANCEL included: it has its own).
//
//   Trying      from start(). Retransmitted requests are absorbed (the TU has not answered).
//   Proceeding  on a 1xx from the TU (sent). A retransmitted request: the last provisional
//               response is sent again.
//   Completed   on a 200-699 from the TU (sent). A retransmitted request: the final response is
//               sent again. Timer J: 64*T1 unreliable, 0 reliable -> Terminated.
//   Terminated  on_terminated; everything else is ignored.
// A transport error in Proceeding or Completed ends it with on_transport_error (Figure 8);
// in Trying nothing has been sent, so there is nothing to fail.

#include "runtime/sip/transaction/server_transaction.hpp"
#include "runtime/sip/transaction/transaction_timer.hpp"

namespace cme::runtime::sip {

class ServerNonInviteTransaction final : public ServerTransaction {
 public:
  enum class State { Trying, Proceeding, Completed, Terminated };

  ServerNonInviteTransaction(TransactionServices services, Message request, net::Endpoint source,
                             net::Endpoint destination, Callbacks callbacks);

  void start() override;
  void receive_request(const Message& request) override;
  bool respond(Message response) override;
  void transport_error() override;
  bool terminated() const override { return state_ == State::Terminated; }
  State state() const { return state_; }

 protected:
  void mark_terminated() override { state_ = State::Terminated; }
  void stop_timers() override { timer_j_.stop(); }

 private:
  State state_ = State::Trying;
  TransactionTimer timer_j_;
};

}  // namespace cme::runtime::sip
