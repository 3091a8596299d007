#pragma once
// Recorders for SIP transaction tests: callback sets that remember what a client or server
// transaction told its TU, and the manual clock/timer/channel bundle the transactions run on.

#include <vector>

#include "runtime/sip/message/message.hpp"
#include "runtime/sip/transaction/client_transaction.hpp"
#include "runtime/sip/transaction/server_transaction.hpp"
#include "runtime/sip/transaction/transaction_timers.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/manual_timer_service.hpp"
#include "tests/support/recording_message_channel.hpp"

namespace cme::test {

/// A manual clock, timer service and recording channel, plus the services struct built on them.
struct TransactionBench {
  explicit TransactionBench(runtime::sip::TransactionTimers t = {}) : timers(t) {}
  ManualClock clock;
  ManualTimerService timer_service{clock};
  RecordingMessageChannel channel{clock};
  runtime::sip::TransactionTimers timers;
  runtime::Clock::SteadyTime start = clock.steady_now();

  runtime::sip::TransactionServices services() {
    return runtime::sip::TransactionServices{timer_service, channel, timers};
  }
  /// Milliseconds since `start`.
  long long now_ms() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(clock.steady_now() - start)
        .count();
  }
};

struct ClientRecorder {
  std::vector<runtime::sip::Message> responses;
  int timeouts = 0;
  int transport_errors = 0;
  int terminated = 0;

  runtime::sip::ClientTransaction::Callbacks callbacks() {
    return runtime::sip::ClientTransaction::Callbacks{
        .on_response = [this](const runtime::sip::Message& r) { responses.push_back(r); },
        .on_timeout = [this] { ++timeouts; },
        .on_transport_error = [this] { ++transport_errors; },
        .on_terminated = [this] { ++terminated; },
    };
  }
};

struct ServerRecorder {
  std::vector<runtime::sip::Message> acks;
  int timeouts = 0;
  int transport_errors = 0;
  int terminated = 0;

  runtime::sip::ServerTransaction::Callbacks callbacks() {
    return runtime::sip::ServerTransaction::Callbacks{
        .on_ack = [this](const runtime::sip::Message& a) { acks.push_back(a); },
        .on_timeout = [this] { ++timeouts; },
        .on_transport_error = [this] { ++transport_errors; },
        .on_terminated = [this] { ++terminated; },
    };
  }
};

}  // namespace cme::test
