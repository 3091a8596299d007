#pragma once
// A TransactionLayer on the manual clock, with a recording channel, a seeded random source and
// a TransactionUser that records every call, for I/O-free tests of the SIP transaction layer.

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/message.hpp"
#include "runtime/sip/transaction/transaction_layer.hpp"
#include "runtime/sip/transaction/transaction_user.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/manual_timer_service.hpp"
#include "tests/support/recording_message_channel.hpp"
#include "tests/support/seeded_random.hpp"

namespace cme::test {

class RecordingTransactionUser final : public runtime::sip::TransactionUser {
 public:
  using Message = runtime::sip::Message;
  using Endpoint = runtime::net::Endpoint;
  using ServerPtr = std::shared_ptr<runtime::sip::ServerTransaction>;

  struct Request {
    ServerPtr transaction;
    Message request;
    Endpoint source;
  };
  struct Cancel {
    ServerPtr cancel;
    ServerPtr cancelled;
    Message request;
  };
  struct Failure {
    runtime::sip::ServerTransaction* transaction;
    runtime::sip::TransactionFailure failure;
  };

  std::optional<Message> answer_statelessly(const Message& request,
                                            const runtime::sip::RequestCore& /*core*/,
                                            const Endpoint& /*source*/) override {
    asked_statelessly.push_back(request);
    return stateless ? stateless(request) : std::nullopt;
  }
  void on_request(const ServerPtr& transaction, const Message& request,
                  const runtime::sip::RequestCore& /*core*/, const Endpoint& source) override {
    requests.push_back(Request{transaction, request, source});
  }
  void on_cancel(const ServerPtr& cancel, const ServerPtr& cancelled, const Message& request,
                 const Endpoint& /*source*/) override {
    cancels.push_back(Cancel{cancel, cancelled, request});
  }
  void on_ack(const Message& ack, const Endpoint& source) override {
    acks.emplace_back(ack, source);
  }
  void on_failure(runtime::sip::ServerTransaction& transaction,
                  runtime::sip::TransactionFailure failure) override {
    failures.push_back(Failure{&transaction, failure});
  }

  /// Set it to answer requests without a transaction (answer_statelessly); unset: none.
  std::function<std::optional<Message>(const Message&)> stateless;
  std::vector<Message> asked_statelessly;  ///< every request answer_statelessly was asked about
  std::vector<Request> requests;
  std::vector<Cancel> cancels;
  std::vector<std::pair<Message, Endpoint>> acks;
  std::vector<Failure> failures;
};

/// OpenCME at 10.0.0.1:5060 (UDP and TCP), seeded random 7, default timers.
struct LayerBench {
  static runtime::sip::TransactionLayerOptions options() {
    runtime::sip::TransactionLayerOptions o;
    o.sent_by.host = "10.0.0.1";
    return o;
  }

  LayerBench() = default;
  /// A layer with `o` (start from options()).
  explicit LayerBench(const runtime::sip::TransactionLayerOptions& o)
      : layer{timer_service, channel, random, tu, o} {}

  ManualClock clock;
  ManualTimerService timer_service{clock};
  RecordingMessageChannel channel{clock};
  SeededRandom random{7};
  RecordingTransactionUser tu;
  runtime::sip::TransactionLayer layer{timer_service, channel, random, tu, options()};
};

}  // namespace cme::test
