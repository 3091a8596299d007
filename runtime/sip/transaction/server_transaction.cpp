#include "runtime/sip/transaction/server_transaction.hpp"

#include <string>
#include <utility>
#include <vector>

#include "runtime/sip/message/serialize.hpp"

namespace cme::runtime::sip {

ServerTransaction::ServerTransaction(TransactionServices services, Message request,
                                     net::Endpoint source, net::Endpoint destination,
                                     Callbacks callbacks)
    : services_(services),
      request_(std::move(request)),
      source_(std::move(source)),
      destination_(std::move(destination)),
      callbacks_(std::move(callbacks)) {}

void ServerTransaction::abort() {
  mark_terminated();
  stop_timers();
  callbacks_ = {};
}

void ServerTransaction::send_provisional(const Message& response) {
  provisional_ = serialize(response);
  services_.channel.send_serialized(*provisional_, destination_);
}

void ServerTransaction::send_final(const Message& response) {
  final_ = serialize(response);
  services_.channel.send_serialized(*final_, destination_);
}

void ServerTransaction::release_request_body() {
  request_.headers = std::vector<Header>();
  request_.body = std::string();
}

void ServerTransaction::resend_final() {
  if (final_) {
    services_.channel.send_serialized(*final_, destination_);
  }
}

void ServerTransaction::resend_provisional() {
  if (provisional_) {
    services_.channel.send_serialized(*provisional_, destination_);
  }
}

void ServerTransaction::pass_ack(const Message& ack) {
  if (callbacks_.on_ack) {
    callbacks_.on_ack(ack);
  }
}

void ServerTransaction::end(std::optional<TransactionFailure> failure) {
  mark_terminated();
  stop_timers();
  report_end(std::exchange(callbacks_, {}), failure);
}

}  // namespace cme::runtime::sip
