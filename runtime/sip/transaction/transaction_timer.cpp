#include "runtime/sip/transaction/transaction_timer.hpp"

#include <utility>

namespace cme::runtime::sip {

void TransactionTimer::start(std::chrono::milliseconds delay, std::weak_ptr<void> owner,
                             std::function<void()> fire) {
  stop();
  handle_ = service_->schedule(delay, [this, owner = std::move(owner), fire = std::move(fire)] {
    const std::shared_ptr<void> alive = owner.lock();
    if (!alive) {
      return;  // the transaction is gone (its destructor cancels; belt and braces)
    }
    handle_ = 0;
    fire();
  });
}

void TransactionTimer::stop() {
  if (handle_ != 0) {
    service_->cancel(handle_);
    handle_ = 0;
  }
}

}  // namespace cme::runtime::sip
