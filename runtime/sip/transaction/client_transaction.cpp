#include "runtime/sip/transaction/client_transaction.hpp"

#include <utility>

#include "runtime/sip/transaction/transaction_key.hpp"

namespace cme::runtime::sip {

ClientTransaction::ClientTransaction(TransactionServices services, Message request,
                                     net::Endpoint destination, Callbacks callbacks)
    : services_(services),
      request_(std::move(request)),
      destination_(std::move(destination)),
      callbacks_(std::move(callbacks)),
      branch_(top_via_branch(request_)) {}

void ClientTransaction::abort() {
  mark_terminated();
  stop_timers();
  callbacks_ = {};
}

void ClientTransaction::send(const Message& message) {
  services_.channel.send(message, destination_);
}

void ClientTransaction::deliver(const Message& response) {
  if (callbacks_.on_response) {
    callbacks_.on_response(response);
  }
}

void ClientTransaction::end(std::optional<TransactionFailure> failure) {
  mark_terminated();
  stop_timers();
  report_end(std::exchange(callbacks_, {}), failure);
}

}  // namespace cme::runtime::sip
