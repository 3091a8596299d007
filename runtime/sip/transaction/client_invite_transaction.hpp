#pragma once
// ClientInviteTransaction: the INVITE client transaction of RFC 3261 §17.1.1 (Figure 5), with
// the Accepted state of RFC 6026 §7.2 (Figure 5 as updated). No proxy timer C.
//
//   Calling     start() sends the INVITE. Unreliable transport: timer A retransmits after T1,
//               2*T1, 4*T1 ... (no cap: 0.5, 1, 2, 4, 8, 16 s). Any transport: timer B (64*T1)
//               ends the transaction with on_timeout.
//   Proceeding  on a 1xx (passed to the TU); no more retransmissions, timer B stopped.
//   Completed   on a 300-699 from Calling/Proceeding: the ACK (make_ack, same branch) is sent,
//               the response passed up; each retransmitted 300-699 is answered with the same ACK
//               and not passed up. Timer D: 32 s unreliable, 0 reliable -> Terminated.
//   Accepted    on a 2xx from Calling/Proceeding (RFC 6026): passed up, and so is every further
//               2xx (retransmissions, forked answers): their ACK belongs to the TU/dialog
//               (RFC 3261 §13.2.2.4). Timer M (64*T1) -> Terminated.
//   Terminated  on_terminated; everything else is ignored.
// A transport error in Calling, Proceeding or Completed ends it with on_transport_error (RFC
// 3261 §17.1.4); in Accepted it is ignored (the 2xx arrived; the dialog owns the ACK).
//
// CANCEL (RFC 3261 §9.1): cancel() sends nothing itself; it runs the caller's `send_cancel`
// (TransactionLayer's: a CANCEL client transaction built by make_cancel) once a provisional
// response has arrived, and from then on waits 64*T1 for the final response (normally 487),
// ending with on_timeout if none comes.

#include <chrono>
#include <functional>
#include <optional>

#include "runtime/sip/transaction/client_transaction.hpp"
#include "runtime/sip/transaction/transaction_timer.hpp"

namespace cme::runtime::sip {

class ClientInviteTransaction final : public ClientTransaction {
 public:
  enum class State { Calling, Proceeding, Completed, Accepted, Terminated };

  ClientInviteTransaction(TransactionServices services, Message invite, net::Endpoint destination,
                          Callbacks callbacks);

  void start() override;
  void receive_response(const Message& response) override;
  void transport_error() override;
  bool terminated() const override { return state_ == State::Terminated; }
  State state() const { return state_; }

  /// Asks to cancel the INVITE (see above). Calling: `send_cancel` runs on the first 1xx;
  /// Proceeding: it runs now. Returns false, running nothing, once a final response arrived or
  /// the transaction ended; a second request returns true and runs nothing more.
  bool cancel(std::function<void()> send_cancel);
  /// True once cancel() succeeded (the CANCEL may still wait for a provisional response).
  bool cancel_requested() const { return cancel_requested_; }
  /// True once the CANCEL was sent.
  bool cancel_sent() const { return cancel_sent_; }
  /// The ACK sent for the non-2xx final response (Completed), or nullopt.
  const std::optional<Message>& ack() const { return ack_; }

 protected:
  void mark_terminated() override { state_ = State::Terminated; }
  void stop_timers() override;

 private:
  void on_timer_a();
  void on_provisional(const Message& response);
  void on_success(const Message& response);
  void on_failure(const Message& response);
  void send_pending_cancel();

  State state_ = State::Calling;
  std::chrono::milliseconds timer_a_interval_;
  TransactionTimer timer_a_;
  TransactionTimer timer_b_;
  TransactionTimer timer_d_;
  TransactionTimer timer_m_;
  TransactionTimer cancel_timer_;  ///< 64*T1 after the CANCEL was sent (RFC 3261 §9.1)
  std::function<void()> pending_cancel_;
  bool cancel_requested_ = false;
  bool cancel_sent_ = false;
  std::optional<Message> ack_;
};

}  // namespace cme::runtime::sip
