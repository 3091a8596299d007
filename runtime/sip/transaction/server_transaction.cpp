#include "runtime/sip/transaction/server_transaction.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

void ServerTransaction::send(const Message& message) {
  services_.channel.send(message, destination_);
}

void ServerTransaction::send_provisional(Message response) {
  provisional_ = std::move(response);
  send(*provisional_);
}

void ServerTransaction::send_final(Message response) {
  final_ = std::move(response);
  send(*final_);
}

void ServerTransaction::release_request_body() {
  static constexpr std::string_view kKept[] = {"Via",    "From", "To",
                                               "Call-ID", "CSeq", "Timestamp"};
  std::erase_if(request_.headers, [](const Header& h) {
    return std::find(std::begin(kKept), std::end(kKept), h.name) == std::end(kKept);
  });
  request_.body = std::string();
}

void ServerTransaction::resend_final() {
  if (final_) {
    send(*final_);
  }
}

void ServerTransaction::resend_provisional() {
  if (provisional_) {
    send(*provisional_);
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
