#include "runtime/sip/transaction/server_non_invite_transaction.hpp"

#include <cassert>
#include <utility>

namespace cme::runtime::sip {

ServerNonInviteTransaction::ServerNonInviteTransaction(TransactionServices services,
                                                       Message request, net::Endpoint source,
                                                       net::Endpoint destination,
                                                       Callbacks callbacks)
    : ServerTransaction(services, std::move(request), std::move(source), std::move(destination),
                        std::move(callbacks)),
      timer_j_(services.timer_service) {}

void ServerNonInviteTransaction::start() {
  assert(!weak_self().expired() && "create transactions with std::make_shared");
}

void ServerNonInviteTransaction::receive_request(const Message& /*request*/) {
  if (state_ == State::Proceeding) {
    resend_provisional();
  } else if (state_ == State::Completed) {
    resend_final();
  }
  // Trying absorbs it: the TU has not answered yet.
}

bool ServerNonInviteTransaction::respond(Message response) {
  if (response.request || response.status < 100 || response.status > 699) {
    return false;
  }
  if (state_ != State::Trying && state_ != State::Proceeding) {
    return false;
  }
  if (response.status < 200) {
    state_ = State::Proceeding;
    send_provisional(response);
    return true;
  }
  state_ = State::Completed;
  const auto j = reliable() ? std::chrono::milliseconds::zero() : timers().timeout();
  timer_j_.start(j, weak_self(), [this] { end(std::nullopt); });
  send_final(response);
  release_request_body();
  return true;
}

void ServerNonInviteTransaction::transport_error() {
  if (state_ == State::Proceeding || state_ == State::Completed) {
    end(TransactionFailure::TransportError);
  }
}

}  // namespace cme::runtime::sip
