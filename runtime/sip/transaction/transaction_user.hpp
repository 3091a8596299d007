#pragma once
// TransactionUser: the layer above the transaction layer (UA core, dialogs, registrar; RFC 3261
// §17 "TU"), as TransactionLayer calls it for incoming requests. Declared here so that the
// transaction layer does not depend upward (STYLE.md §1). Client transactions report through
// per-transaction callbacks instead (ClientTransaction::Callbacks).
//
// Every call happens on the event loop, from inside TransactionLayer::receive() or a timer
// callback; the TU may call back into the layer and the transactions.

#include <memory>
#include <optional>

#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/message.hpp"
#include "runtime/sip/transaction/server_transaction.hpp"
#include "runtime/sip/transaction/transaction_timers.hpp"

namespace cme::runtime::sip {

class TransactionUser {
 public:
  virtual ~TransactionUser() = default;

  /// Asked first for each new request (not a retransmission of a live transaction; neither ACK
  /// nor CANCEL): a response to send without any transaction (RFC 3261 §8.2.7 stateless UAS:
  /// the challenge of an unauthenticated request, so that a flood of them makes no state), or
  /// nullopt to go on with on_request. The layer sends it to the response destination and
  /// keeps nothing: a retransmission is asked about, and answered, afresh.
  virtual std::optional<Message> answer_statelessly(const Message& /*request*/,
                                                    const RequestCore& /*core*/,
                                                    const net::Endpoint& /*source*/) {
    return std::nullopt;
  }

  /// A new request (neither ACK nor CANCEL) from `source` created `transaction`; the TU answers
  /// through transaction->respond(), now or later (an INVITE gets a 100 Trying after 200 ms by
  /// itself). Retransmissions of it never reach the TU. `core` is request_core(request): the
  /// layer parsed those headers to match the request, and a request without them never
  /// reaches the TU (the layer answers 400 with the reason).
  virtual void on_request(const std::shared_ptr<ServerTransaction>& transaction,
                          const Message& request, const RequestCore& core,
                          const net::Endpoint& source) = 0;

  /// A new CANCEL created `cancel` (a non-INVITE server transaction). `cancelled` is the server
  /// transaction it targets (same branch and sent-by, another method; RFC 3261 §9.2), or null
  /// when there is none: answer the CANCEL with 481 then. Otherwise answer it with 200 and, when
  /// `cancelled` is an INVITE without a final response, answer that with 487.
  virtual void on_cancel(const std::shared_ptr<ServerTransaction>& cancel,
                         const std::shared_ptr<ServerTransaction>& cancelled,
                         const Message& request, const net::Endpoint& source) = 0;

  /// An ACK that belongs to the TU: it matched no server transaction (the ACK for a 2xx is a
  /// transaction of its own, RFC 3261 §17.2.3, §13.3.1.4), or it matched an INVITE server
  /// transaction in the Accepted state (RFC 6026 §7.1). The TU stops retransmitting its 2xx.
  virtual void on_ack(const Message& ack, const net::Endpoint& source) = 0;

  /// `transaction` failed: timer H fired with no ACK for a non-2xx final response (Timeout),
  /// or the transport failed (TransportError). It is terminated when this is called.
  virtual void on_failure(ServerTransaction& transaction, TransactionFailure failure) = 0;
};

}  // namespace cme::runtime::sip
