#include "runtime/sip/call/answer_retransmitter.hpp"

#include <algorithm>
#include <utility>

namespace cme::runtime::sip {

AnswerRetransmitter::AnswerRetransmitter(TimerService& service, TransactionTimers timers)
    : timers_(timers), resend_timer_(service), give_up_timer_(service) {}

void AnswerRetransmitter::start(std::shared_ptr<ServerTransaction> transaction, Message answer,
                                std::uint32_t cseq, std::weak_ptr<void> owner,
                                std::function<void()> give_up) {
  stop();
  transaction->respond(answer);
  const bool reliable = is_reliable(transaction->destination());
  transaction_ = std::move(transaction);
  answer_ = std::move(answer);
  cseq_ = cseq;
  owner_ = owner;
  interval_ = timers_.t1;
  if (!reliable) {
    resend_timer_.start(interval_, owner_, [this] { resend(); });
  }
  give_up_timer_.start(timers_.timeout(), owner_, [this, give_up = std::move(give_up)] {
    stop();
    if (give_up) {
      give_up();
    }
  });
}

void AnswerRetransmitter::resend() {
  if (!transaction_) {
    return;
  }
  transaction_->respond(answer_);
  interval_ = std::min(2 * interval_, timers_.t2);
  resend_timer_.start(interval_, owner_, [this] { resend(); });
}

bool AnswerRetransmitter::acked(std::uint32_t cseq) {
  if (!transaction_ || cseq != cseq_) {
    return false;
  }
  stop();
  return true;
}

void AnswerRetransmitter::stop() {
  resend_timer_.stop();
  give_up_timer_.stop();
  transaction_.reset();
}

}  // namespace cme::runtime::sip
