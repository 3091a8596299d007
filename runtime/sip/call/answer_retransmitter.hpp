#pragma once
// AnswerRetransmitter: the UAS core's duty for a 2xx to an INVITE (RFC 3261 §13.3.1.4; the
// server transaction stops at the 2xx, RFC 6026): send the 2xx again after T1, 2*T1 ... capped
// at T2, until the ACK comes, and give up after 64*T1 (the caller then ends the dialog with a
// BYE). Over TCP nothing is resent, but the 64*T1 wait for the ACK still runs.
//
// Timers run only while `owner` (the call's shared_ptr) is alive (TransactionTimer).

#include <cstdint>
#include <functional>
#include <memory>

#include "runtime/sip/message/message.hpp"
#include "runtime/sip/transaction/server_transaction.hpp"
#include "runtime/sip/transaction/transaction_timer.hpp"

namespace cme::runtime::sip {

class AnswerRetransmitter {
 public:
  AnswerRetransmitter(TimerService& service, TransactionTimers timers);

  /// Sends `answer` (a 2xx to the INVITE with CSeq `cseq`) through `transaction` and starts
  /// retransmitting it; `give_up` runs if no ACK came within 64*T1. Replaces an earlier wait.
  void start(std::shared_ptr<ServerTransaction> transaction, Message answer, std::uint32_t cseq,
             std::weak_ptr<void> owner, std::function<void()> give_up);
  /// An ACK with CSeq `cseq` arrived: true (and the retransmissions stop) when it is the one
  /// awaited.
  bool acked(std::uint32_t cseq);
  /// Stops without waiting any more.
  void stop();
  /// True while waiting for the ACK.
  bool waiting() const { return transaction_ != nullptr; }
  /// The CSeq number of the INVITE whose ACK is awaited (valid while waiting()).
  std::uint32_t cseq() const { return cseq_; }

 private:
  void resend();

  TransactionTimers timers_;
  TransactionTimer resend_timer_;
  TransactionTimer give_up_timer_;
  std::shared_ptr<ServerTransaction> transaction_;
  Message answer_;
  std::uint32_t cseq_ = 0;
  std::chrono::milliseconds interval_{0};
  std::weak_ptr<void> owner_;
};

}  // namespace cme::runtime::sip
