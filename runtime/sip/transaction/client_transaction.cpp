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
  // Released before the calls: nothing the TU captured outlives the transaction's end.
  const Callbacks callbacks = std::exchange(callbacks_, {});
  if (failure == TransactionFailure::Timeout && callbacks.on_timeout) {
    callbacks.on_timeout();
  }
  if (failure == TransactionFailure::TransportError && callbacks.on_transport_error) {
    callbacks.on_transport_error();
  }
  if (callbacks.on_terminated) {
    callbacks.on_terminated();
  }
}

}  // namespace cme::runtime::sip
