#include "runtime/sip/transaction/server_invite_transaction.hpp"

#include <algorithm>
#include <cassert>
#include <utility>

#include "runtime/sip/message/response.hpp"

namespace cme::runtime::sip {

ServerInviteTransaction::ServerInviteTransaction(TransactionServices services, Message invite,
                                                 net::Endpoint source, net::Endpoint destination,
                                                 Callbacks callbacks)
    : ServerTransaction(services, std::move(invite), std::move(source), std::move(destination),
                        std::move(callbacks)),
      timer_g_interval_(services.timers.t1),
      trying_timer_(services.timer_service),
      timer_g_(services.timer_service),
      timer_h_(services.timer_service),
      timer_i_(services.timer_service),
      timer_l_(services.timer_service) {}

void ServerInviteTransaction::start() {
  assert(!weak_self().expired() && "create transactions with std::make_shared");
  trying_timer_.start(timers().trying_delay, weak_self(), [this] { send_trying(); });
}

void ServerInviteTransaction::send_trying() {
  if (state_ == State::Proceeding && !last_provisional()) {
    send_provisional(make_response(request(), 100));
  }
}

void ServerInviteTransaction::receive_request(const Message& request) {
  if (request.method_id == Method::Ack) {
    on_ack(request);
    return;
  }
  if (state_ == State::Proceeding) {
    resend_provisional();
  } else if (state_ == State::Completed) {
    resend_final();
  }
  // Confirmed, Accepted (RFC 6026 §7.1) and Terminated absorb the retransmission.
}

void ServerInviteTransaction::on_ack(const Message& ack) {
  if (state_ == State::Completed) {
    state_ = State::Confirmed;
    timer_g_.stop();
    timer_h_.stop();
    const auto i = reliable() ? std::chrono::milliseconds::zero() : timers().t4;
    timer_i_.start(i, weak_self(), [this] { end(std::nullopt); });
  } else if (state_ == State::Accepted) {
    pass_ack(ack);
  }
  // Proceeding (no final response yet) and Confirmed absorb it.
}

bool ServerInviteTransaction::respond(Message response) {
  if (response.request || response.status < 100 || response.status > 699) {
    return false;
  }
  if (state_ == State::Proceeding) {
    return respond_proceeding(std::move(response));
  }
  if (state_ == State::Accepted && response.status >= 200 && response.status < 300) {
    send_final(response);  // the TU retransmits its 2xx (RFC 3261 §13.3.1.4)
    return true;
  }
  return false;
}

bool ServerInviteTransaction::respond_proceeding(Message response) {
  trying_timer_.stop();
  if (response.status < 200) {
    send_provisional(response);
    return true;
  }
  if (response.status < 300) {
    state_ = State::Accepted;
    timer_l_.start(timers().timeout(), weak_self(), [this] { end(std::nullopt); });
    send_final(response);
    return true;
  }
  state_ = State::Completed;
  if (!reliable()) {
    timer_g_.start(timer_g_interval_, weak_self(), [this] { on_timer_g(); });
  }
  timer_h_.start(timers().timeout(), weak_self(), [this] { end(TransactionFailure::Timeout); });
  send_final(response);
  return true;
}

void ServerInviteTransaction::on_timer_g() {
  if (state_ != State::Completed) {
    return;
  }
  resend_final();
  timer_g_interval_ = std::min(2 * timer_g_interval_, timers().t2);
  timer_g_.start(timer_g_interval_, weak_self(), [this] { on_timer_g(); });
}

void ServerInviteTransaction::transport_error() {
  if (state_ == State::Proceeding || state_ == State::Completed) {
    end(TransactionFailure::TransportError);
  }
}

void ServerInviteTransaction::stop_timers() {
  trying_timer_.stop();
  timer_g_.stop();
  timer_h_.stop();
  timer_i_.stop();
  timer_l_.stop();
}

}  // namespace cme::runtime::sip
