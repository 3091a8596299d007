#include "runtime/sip/transaction/client_non_invite_transaction.hpp"

#include <algorithm>
#include <cassert>
#include <utility>

namespace cme::runtime::sip {

ClientNonInviteTransaction::ClientNonInviteTransaction(TransactionServices services,
                                                       Message request, net::Endpoint destination,
                                                       Callbacks callbacks)
    : ClientTransaction(services, std::move(request), std::move(destination), std::move(callbacks)),
      timer_e_interval_(services.timers.t1),
      timer_e_(services.timer_service),
      timer_f_(services.timer_service),
      timer_k_(services.timer_service) {}

void ClientNonInviteTransaction::start() {
  assert(!weak_self().expired() && "create transactions with std::make_shared");
  send(request());
  if (!reliable()) {
    timer_e_.start(timer_e_interval_, weak_self(), [this] { on_timer_e(); });
  }
  timer_f_.start(timers().timeout(), weak_self(), [this] { end(TransactionFailure::Timeout); });
}

void ClientNonInviteTransaction::on_timer_e() {
  if (state_ != State::Trying && state_ != State::Proceeding) {
    return;
  }
  send(request());
  // RFC 3261 §17.1.2.2: doubling up to T2 while Trying, T2 once Proceeding.
  timer_e_interval_ =
      state_ == State::Trying ? std::min(2 * timer_e_interval_, timers().t2) : timers().t2;
  timer_e_.start(timer_e_interval_, weak_self(), [this] { on_timer_e(); });
}

void ClientNonInviteTransaction::receive_response(const Message& response) {
  const unsigned status = response.status;
  if (status < 100 || status > 699) {
    return;
  }
  if (state_ != State::Trying && state_ != State::Proceeding) {
    return;  // Completed absorbs retransmitted responses
  }
  if (status < 200) {
    state_ = State::Proceeding;
    deliver(response);
    return;
  }
  state_ = State::Completed;
  timer_e_.stop();
  timer_f_.stop();
  const auto k = reliable() ? std::chrono::milliseconds::zero() : timers().t4;
  timer_k_.start(k, weak_self(), [this] { end(std::nullopt); });
  deliver(response);
}

void ClientNonInviteTransaction::transport_error() {
  if (state_ == State::Trying || state_ == State::Proceeding) {
    end(TransactionFailure::TransportError);
  }
}

void ClientNonInviteTransaction::stop_timers() {
  timer_e_.stop();
  timer_f_.stop();
  timer_k_.stop();
}

}  // namespace cme::runtime::sip
