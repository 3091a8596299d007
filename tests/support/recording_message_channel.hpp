#pragma once
// RecordingMessageChannel: a runtime::sip::MessageChannel for I/O-free tests of the SIP
// transaction layer. It records every message sent, where to, and the (manual) clock's steady
// time of the send, so that tests can check retransmission schedules.

#include <chrono>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/core/clock.hpp"
#include "runtime/net/endpoint.hpp"
#include "runtime/sip/message/message.hpp"
#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/transport/message_channel.hpp"

namespace cme::test {

class RecordingMessageChannel final : public runtime::sip::MessageChannel {
 public:
  struct Sent {
    runtime::sip::Message message;
    runtime::net::Endpoint to;
    runtime::Clock::SteadyTime at;
  };

  /// `clock` (not owned) stamps each send.
  explicit RecordingMessageChannel(const runtime::Clock& clock) : clock_(clock) {}

  void send(const runtime::sip::Message& message, const runtime::net::Endpoint& to) override {
    sent_.push_back(Sent{message, to, clock_.steady_now()});
  }
  /// Records the message the bytes parse to (an unparsable one as an empty Message: the
  /// transactions only ever pass serialize()'s output).
  void send_serialized(std::string_view bytes, const runtime::net::Endpoint& to) override {
    auto parsed = runtime::sip::parse_message(bytes);
    sent_.push_back(Sent{parsed ? std::move(parsed).value() : runtime::sip::Message{}, to,
                         clock_.steady_now()});
  }

  const std::vector<Sent>& sent() const { return sent_; }
  std::size_t size() const { return sent_.size(); }
  const Sent& last() const { return sent_.back(); }
  /// Returns and forgets what was sent so far.
  std::vector<Sent> take() { return std::exchange(sent_, {}); }
  /// Milliseconds from `origin` to each recorded send, in order.
  std::vector<long long> times_ms(runtime::Clock::SteadyTime origin) const {
    std::vector<long long> out;
    for (const auto& s : sent_) {
      out.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(s.at - origin).count());
    }
    return out;
  }

 private:
  const runtime::Clock& clock_;
  std::vector<Sent> sent_;
};

}  // namespace cme::test
