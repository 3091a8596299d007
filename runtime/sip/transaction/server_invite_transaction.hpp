#pragma once
// ServerInviteTransaction: the INVITE server transaction of RFC 3261 §17.2.1 (Figure 7), with
// the Accepted state of RFC 6026 §7.1.
//
//   Proceeding  from start(). If the TU has sent no response `trying_delay` (200 ms) later, a
//               100 Trying is sent. 1xx from the TU: sent. A retransmitted INVITE: the last
//               provisional response is sent again (nothing before the first one).
//   Completed   on a 300-699 from the TU (sent). Unreliable transport: timer G resends it after
//               T1, doubling, capped at T2 (0.5, 1, 2, 4, 4 ... s). Any transport: timer H
//               (64*T1) ends it with on_timeout. A retransmitted INVITE: the final response is
//               sent again. The ACK (same branch) -> Confirmed.
//   Confirmed   absorbs ACK retransmissions. Timer I: T4 unreliable, 0 reliable -> Terminated.
//   Accepted    on a 2xx from the TU (sent; RFC 6026). Further 2xx from the TU (the UAS core's
//               retransmissions, RFC 3261 §13.3.1.4, which are the TU's job) are sent; ACKs
//               that match are passed to the TU (on_ack); a retransmitted INVITE is absorbed.
//               Timer L (64*T1) -> Terminated.
//   Terminated  on_terminated; everything else is ignored.
// A transport error in Proceeding or Completed ends it with on_transport_error; in Confirmed
// and Accepted it is ignored. An ACK in Proceeding (no final response sent yet) is ignored.

#include <chrono>

#include "runtime/sip/transaction/server_transaction.hpp"
#include "runtime/sip/transaction/transaction_timer.hpp"

namespace cme::runtime::sip {

class ServerInviteTransaction final : public ServerTransaction {
 public:
  enum class State { Proceeding, Completed, Confirmed, Accepted, Terminated };

  ServerInviteTransaction(TransactionServices services, Message invite, net::Endpoint source,
                          net::Endpoint destination, Callbacks callbacks);

  void start() override;
  void receive_request(const Message& request) override;
  bool respond(Message response) override;
  void transport_error() override;
  bool terminated() const override { return state_ == State::Terminated; }
  State state() const { return state_; }

 protected:
  void mark_terminated() override { state_ = State::Terminated; }
  void stop_timers() override;

 private:
  void send_trying();
  void on_timer_g();
  void on_ack(const Message& ack);
  bool respond_proceeding(Message response);

  State state_ = State::Proceeding;
  std::chrono::milliseconds timer_g_interval_;
  TransactionTimer trying_timer_;
  TransactionTimer timer_g_;
  TransactionTimer timer_h_;
  TransactionTimer timer_i_;
  TransactionTimer timer_l_;
};

}  // namespace cme::runtime::sip
