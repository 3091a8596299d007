#pragma once
// SipService: OpenCME's SIP user agent core (issue 4): the transaction layer's user. It answers
// REGISTER through the registrar and OPTIONS itself (RFC 3261 §11), and refuses what is not
// implemented yet with 501 (RFC 3261 §8.2.1; calls are the B2BUA's, next). It follows the
// running configuration (configure()). I/O-free: it sends through a MessageChannel and reads
// the injected clock, timers and randomness, so tests drive it with doubles.

#include <memory>
#include <optional>
#include <string>

#include "model/config.hpp"
#include "runtime/core/clock.hpp"
#include "runtime/core/random_source.hpp"
#include "runtime/core/timer_service.hpp"
#include "runtime/sip/call/call_manager.hpp"
#include "runtime/sip/registrar/registrar.hpp"
#include "runtime/sip/transaction/transaction_layer.hpp"
#include "runtime/sip/transport/message_channel.hpp"

namespace cme::runtime::sip {

struct SipServiceCounters {
  std::size_t not_implemented = 0;  ///< requests answered 501
  std::size_t options = 0;
};

class SipService final : public TransactionUser {
 public:
  /// Everything is borrowed and must outlive the service. `sent_by` is our Via address.
  SipService(const Clock& clock, TimerService& timers, RandomSource& random,
             MessageChannel& channel, SentBy sent_by);
  ~SipService() override;

  /// A message from the transport (parsed), received from `source`.
  void receive(const Message& message, const net::Endpoint& source);
  /// The same, moving a request into its server transaction (the transport's path).
  void receive(Message&& message, const net::Endpoint& source);
  /// The TCP connection with `peer` failed or closed.
  void transport_error(const net::Endpoint& peer);
  /// Applies a new running configuration (pools, dns, registrar limits, authentication).
  void configure(std::shared_ptr<const model::Config> config);

  Registrar& registrar() { return registrar_; }
  const Registrar& registrar() const { return registrar_; }
  TransactionLayer& transactions() { return transactions_; }
  CallManager& calls() { return calls_; }
  const CallManager& calls() const { return calls_; }
  const SipServiceCounters& counters() const { return counters_; }

  // TransactionUser
  /// A REGISTER that Registrar::screen() refuses: its 401, 400 or 404 (RFC 3261 §8.2.7).
  std::optional<Message> answer_statelessly(const Message& request, const RequestCore& core,
                                            const net::Endpoint& source) override;
  void on_request(const std::shared_ptr<ServerTransaction>& transaction, const Message& request,
                  const RequestCore& core, const net::Endpoint& source) override;
  void on_cancel(const std::shared_ptr<ServerTransaction>& cancel,
                 const std::shared_ptr<ServerTransaction>& cancelled, const Message& request,
                 const net::Endpoint& source) override;
  void on_ack(const Message& ack, const net::Endpoint& source) override;
  void on_failure(ServerTransaction& transaction, TransactionFailure failure) override;

 private:
  std::string new_tag();
  /// Our To tag for a request: a new one outside a dialog, "" inside one.
  std::string to_tag(bool in_dialog);

  RandomSource& random_;
  Registrar registrar_;
  TransactionLayer transactions_;
  CallManager calls_;  ///< after transactions_: destroyed first
  SipServiceCounters counters_;
};

}  // namespace cme::runtime::sip
