#pragma once
// TransactionLayer: owns every client and server transaction of the SIP stack (RFC 3261 §17),
// matches incoming messages to them and creates new ones. I/O-free: it sends through the
// MessageChannel, times through the TimerService and draws branches from the RandomSource.
//
// Incoming requests (receive(), from the SIP transport), matched by ServerKey (see
// transaction_key.hpp: branch + sent-by + method, ACK -> its INVITE; RFC 2543 fallback):
//   - a retransmission goes to its transaction (which resends its last response) and is
//     counted; the TU never sees it;
//   - an ACK goes to its INVITE server transaction (Completed -> Confirmed; Accepted -> TU);
//     an ACK matching none is the TU's (the ACK for a 2xx) and goes to TransactionUser::on_ack;
//   - a new CANCEL creates a non-INVITE server transaction and goes to on_cancel with the
//     transaction it targets; any other new request is first offered to
//     TransactionUser::answer_statelessly (RFC 3261 §8.2.7: a challenge is sent without a
//     transaction, and counted), else creates a server transaction for it (INVITE or
//     non-INVITE) and goes to on_request;
//   - a request without a parsable top Via is dropped; one with a bad CSeq (or a CSeq method
//     other than the request's) is answered 400 statelessly (ACK: dropped). Both are counted.
//   - a new request (not ACK) while max_server_transactions are live is answered 503 with
//     Retry-After statelessly, and counted.
// Responses go to response_destination(top Via, source) (RFC 3261 §18.2.2, RFC 3581).
//
// Incoming responses, matched by ClientKey (top Via branch + CSeq method, RFC 3261 §17.1.3):
// to their client transaction; a response with no match, or with other than exactly one Via
// (RFC 3261 §8.1.3.3), is dropped and counted.
//
// Transactions leave the layer the moment they terminate (size() counts live ones). On
// destruction every transaction is aborted silently (no callbacks). TimerService, channel,
// random source and TU are not owned and must outlive the layer. Not thread-safe.

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "runtime/core/random_source.hpp"
#include "runtime/sip/transaction/client_transaction.hpp"
#include "runtime/sip/transaction/server_transaction.hpp"
#include "runtime/sip/transaction/transaction_key.hpp"
#include "runtime/sip/transaction/transaction_user.hpp"

namespace cme::runtime::sip {

/// Our Via sent-by (RFC 3261 §18.1.1): the host (IP literal) and port per transport.
struct SentBy {
  std::string host = "127.0.0.1";
  std::uint16_t udp_port = 5060;
  std::uint16_t tcp_port = 5060;
};

struct TransactionLayerOptions {
  TransactionTimers timers;
  SentBy sent_by;
  std::size_t branch_token_length = 16;  ///< random characters after "z9hG4bK"
  /// Live server transactions at most. A UDP non-INVITE transaction lives 32 s (Timer J) and
  /// holds about 1.5 KB, so a flood of new requests would otherwise grow the memory without
  /// bound; at the cap a new request is answered `503 Service Unavailable` with Retry-After
  /// statelessly (RFC 3261 §21.5.4, §20.33) and no transaction is made. 500000 is about
  /// 750 MB, and 7.5 times the registrations of 1000 phones per second held 32 s.
  std::size_t max_server_transactions = 500000;
  /// The Retry-After of those 503 answers, in seconds.
  unsigned overload_retry_after = 10;
};

struct TransactionLayerCounters {
  std::size_t requests_in = 0;
  std::size_t responses_in = 0;
  std::size_t retransmissions_absorbed = 0;  ///< requests (not ACK) matched to a transaction
  std::size_t stray_responses = 0;           ///< no client transaction: dropped
  std::size_t stray_acks = 0;                ///< no server transaction: passed to the TU
  std::size_t malformed = 0;                 ///< unusable Via/CSeq: dropped or answered 400
  std::size_t overloaded = 0;  ///< new requests answered 503 at max_server_transactions
  std::size_t stateless = 0;   ///< new requests the TU answered without a transaction
  std::size_t client_created = 0;
  std::size_t server_created = 0;
};

/// What receive() did with a message.
enum class ReceiveOutcome {
  NewTransaction,  ///< a server transaction was created and the TU called
  Matched,         ///< given to an existing transaction
  AckToTu,         ///< an ACK that matched nothing, passed to TransactionUser::on_ack
  Stray,           ///< a response that matched nothing: dropped
  Rejected,        ///< answered 400 statelessly
  Overloaded,      ///< answered 503 statelessly: max_server_transactions are live
  Stateless,       ///< the TU answered it without a transaction (answer_statelessly)
  Dropped,         ///< unusable (no parsable Via, or a malformed ACK or response)
};

class TransactionLayer {
 public:
  TransactionLayer(TimerService& timer_service, MessageChannel& channel, RandomSource& random,
                   TransactionUser& user, TransactionLayerOptions options = {});
  ~TransactionLayer();
  TransactionLayer(const TransactionLayer&) = delete;
  TransactionLayer& operator=(const TransactionLayer&) = delete;

  /// A message from the transport, received from `source` (see above). A request is copied
  /// first (a new server transaction keeps it).
  ReceiveOutcome receive(const Message& message, const net::Endpoint& source);
  /// The same, moving a request that starts a server transaction into it (the transport's path:
  /// no copy of the request per transaction).
  ReceiveOutcome receive(Message&& message, const net::Endpoint& source);
  /// The transport could not deliver to `peer` (TCP connection failed or closed): every
  /// transaction sending to it hears transport_error() (RFC 3261 §17.1.4, §17.2.4).
  void transport_error(const net::Endpoint& peer);

  /// Starts a client transaction for `request` (any method but ACK and CANCEL) towards `to`:
  /// replaces any Via by ours (`SIP/2.0/<proto> <sent-by>;branch=z9hG4bK<token>;rport`, the
  /// token from the RandomSource, unique among live client transactions) and sends it.
  /// Returns null, sending nothing, for ACK, CANCEL or a request without a parsable CSeq.
  std::shared_ptr<ClientTransaction> send_request(Message request, const net::Endpoint& to,
                                                  ClientTransaction::Callbacks callbacks);
  /// Cancels the INVITE client transaction `invite` (RFC 3261 §9.1): a CANCEL (make_cancel)
  /// goes out as a client transaction of its own, with `callbacks`, once a provisional
  /// response has arrived. False when `invite` is not an INVITE or already has a final response.
  bool cancel(ClientTransaction& invite, ClientTransaction::Callbacks callbacks = {});
  /// Sends an ACK for a 2xx (RFC 3261 §13.2.2.4) statelessly: replaces any Via by ours with a
  /// fresh branch and sends it to `to`. Returns the ACK as sent, for resending on 2xx
  /// retransmissions.
  Message send_ack(Message ack, const net::Endpoint& to);

  /// Live transactions.
  std::size_t size() const { return clients_.size() + servers_.size(); }
  std::size_t client_count() const { return clients_.size(); }
  std::size_t server_count() const { return servers_.size(); }
  const TransactionLayerCounters& counters() const { return counters_; }
  const TransactionLayerOptions& options() const { return options_; }

 private:
  // Server transactions in a hash table: a registrar keeps every UDP transaction 32 s (Timer
  // J), hundreds of thousands under load, where a tree costs a cache miss per level on every
  // lookup. Client transactions (the calls' outgoing legs) stay ordered: new_branch() looks a
  // branch up under any method.
  using ClientMap = std::map<ClientKey, std::shared_ptr<ClientTransaction>>;
  using ServerMap =
      std::unordered_map<ServerKey, std::shared_ptr<ServerTransaction>, ServerKeyHash>;

  ReceiveOutcome receive_request(Message&& request, const net::Endpoint& source);
  ReceiveOutcome receive_response(const Message& response);
  ReceiveOutcome receive_ack(const Message& ack, const ServerKey& key, const net::Endpoint& source);
  /// Answers a request that cannot make a transaction with 400 `reason` sent to `destination`
  /// (an ACK is only dropped).
  ReceiveOutcome reject(const Message& request, const net::Endpoint& destination,
                        const std::string& reason);
  ReceiveOutcome refuse_overload(const Message& request, const Via& top_via,
                                 const net::Endpoint& source);
  std::shared_ptr<ServerTransaction> create_server(const ServerKey& key, Message&& request,
                                                   const net::Endpoint& source,
                                                   const net::Endpoint& destination);
  std::shared_ptr<ServerTransaction> cancelled_by(const ServerKey& cancel_key) const;
  ClientTransaction::Callbacks with_removal(ClientTransaction::Callbacks callbacks,
                                            const ClientKey& key);
  void start_client(const std::shared_ptr<ClientTransaction>& transaction, const ClientKey& key);
  void send_cancel(const ClientTransaction& invite, ClientTransaction::Callbacks callbacks);
  std::string new_branch();
  std::string our_via(net::Protocol protocol, const std::string& branch) const;
  TransactionServices services() const;

  TimerService& timer_service_;
  MessageChannel& channel_;
  RandomSource& random_;
  TransactionUser& user_;
  TransactionLayerOptions options_;
  TransactionLayerCounters counters_;
  ClientMap clients_;
  ServerMap servers_;
};

}  // namespace cme::runtime::sip
