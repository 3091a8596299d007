#include "runtime/sip/transaction/client_invite_transaction.hpp"

#include <cassert>
#include <utility>

#include "runtime/sip/transaction/derived_requests.hpp"

namespace cme::runtime::sip {

ClientInviteTransaction::ClientInviteTransaction(TransactionServices services, Message invite,
                                                 net::Endpoint destination, Callbacks callbacks)
    : ClientTransaction(services, std::move(invite), std::move(destination), std::move(callbacks)),
      timer_a_interval_(services.timers.t1),
      timer_a_(services.timer_service),
      timer_b_(services.timer_service),
      timer_d_(services.timer_service),
      timer_m_(services.timer_service),
      cancel_timer_(services.timer_service) {}

void ClientInviteTransaction::start() {
  assert(!weak_self().expired() && "create transactions with std::make_shared");
  send(request());
  if (!reliable()) {
    timer_a_.start(timer_a_interval_, weak_self(), [this] { on_timer_a(); });
  }
  timer_b_.start(timers().timeout(), weak_self(), [this] {
    if (state_ == State::Calling) {
      end(TransactionFailure::Timeout);
    }
  });
}

void ClientInviteTransaction::on_timer_a() {
  if (state_ != State::Calling) {
    return;
  }
  send(request());
  timer_a_interval_ *= 2;
  timer_a_.start(timer_a_interval_, weak_self(), [this] { on_timer_a(); });
}

void ClientInviteTransaction::receive_response(const Message& response) {
  const unsigned status = response.status;
  if (status < 100 || status > 699) {
    return;
  }
  switch (state_) {
    case State::Calling:
    case State::Proceeding:
      if (status < 200) {
        on_provisional(response);
      } else if (status < 300) {
        on_success(response);
      } else {
        on_failure(response);
      }
      return;
    case State::Completed:
      if (status >= 300 && ack_) {
        send(*ack_);  // the final response was retransmitted: our ACK was lost
      }
      return;
    case State::Accepted:
      if (status >= 200 && status < 300) {
        deliver(response);
      }
      return;
    case State::Terminated:
      return;
  }
}

void ClientInviteTransaction::on_provisional(const Message& response) {
  state_ = State::Proceeding;
  timer_a_.stop();
  timer_b_.stop();
  send_pending_cancel();
  deliver(response);
}

void ClientInviteTransaction::on_success(const Message& response) {
  state_ = State::Accepted;
  timer_a_.stop();
  timer_b_.stop();
  cancel_timer_.stop();
  pending_cancel_ = nullptr;
  timer_m_.start(timers().timeout(), weak_self(), [this] { end(std::nullopt); });
  deliver(response);
}

void ClientInviteTransaction::on_failure(const Message& response) {
  state_ = State::Completed;
  timer_a_.stop();
  timer_b_.stop();
  cancel_timer_.stop();
  pending_cancel_ = nullptr;
  ack_ = make_ack(request(), response);
  send(*ack_);
  const auto d = reliable() ? std::chrono::milliseconds::zero() : timers().timer_d;
  timer_d_.start(d, weak_self(), [this] { end(std::nullopt); });
  deliver(response);
}

void ClientInviteTransaction::transport_error() {
  if (state_ == State::Calling || state_ == State::Proceeding || state_ == State::Completed) {
    end(TransactionFailure::TransportError);
  }
}

bool ClientInviteTransaction::cancel(std::function<void()> send_cancel) {
  if (state_ != State::Calling && state_ != State::Proceeding) {
    return false;
  }
  if (cancel_requested_) {
    return true;
  }
  cancel_requested_ = true;
  pending_cancel_ = std::move(send_cancel);
  if (state_ == State::Proceeding) {
    send_pending_cancel();
  }
  return true;
}

void ClientInviteTransaction::send_pending_cancel() {
  if (!pending_cancel_) {
    return;
  }
  const std::function<void()> send_cancel = std::exchange(pending_cancel_, nullptr);
  cancel_sent_ = true;
  cancel_timer_.start(timers().timeout(), weak_self(), [this] {
    if (state_ == State::Calling || state_ == State::Proceeding) {
      end(TransactionFailure::Timeout);
    }
  });
  send_cancel();
}

void ClientInviteTransaction::stop_timers() {
  timer_a_.stop();
  timer_b_.stop();
  timer_d_.stop();
  timer_m_.stop();
  cancel_timer_.stop();
  pending_cancel_ = nullptr;
}

}  // namespace cme::runtime::sip
