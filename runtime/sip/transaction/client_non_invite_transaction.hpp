#pragma once
// ClientNonInviteTransaction: the non-INVITE client transaction of RFC 3261 §17.1.2
// (Figure 6), for every method but INVITE and ACK (REGISTER, OPTIONS, BYE, CANCEL, NOTIFY ...).
//
//   Trying      start() sends the request. Unreliable transport: timer E retransmits after T1,
//               then doubles, capped at T2 (0.5, 1, 2, 4, 4, 4 ... s). Any transport: timer F
//               (64*T1) ends the transaction with on_timeout.
//   Proceeding  on a 1xx (passed to the TU); timer E keeps retransmitting, now every T2.
//   Completed   on a 200-699 from Trying/Proceeding (passed to the TU); retransmissions of the
//               response are absorbed. Timer K: T4 unreliable, 0 reliable -> Terminated.
//   Terminated  on_terminated; everything else is ignored.
// A transport error in Trying or Proceeding ends it with on_transport_error (RFC 3261
// §17.1.4); in Completed it is ignored (the final response arrived).

#include <chrono>

#include "runtime/sip/transaction/client_transaction.hpp"
#include "runtime/sip/transaction/transaction_timer.hpp"

namespace cme::runtime::sip {

class ClientNonInviteTransaction final : public ClientTransaction {
 public:
  enum class State { Trying, Proceeding, Completed, Terminated };

  ClientNonInviteTransaction(TransactionServices services, Message request,
                             net::Endpoint destination, Callbacks callbacks);

  void start() override;
  void receive_response(const Message& response) override;
  void transport_error() override;
  bool terminated() const override { return state_ == State::Terminated; }
  State state() const { return state_; }

 protected:
  void mark_terminated() override { state_ = State::Terminated; }
  void stop_timers() override;

 private:
  void on_timer_e();

  State state_ = State::Trying;
  std::chrono::milliseconds timer_e_interval_;
  TransactionTimer timer_e_;
  TransactionTimer timer_f_;
  TransactionTimer timer_k_;
};

}  // namespace cme::runtime::sip
