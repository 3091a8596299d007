#include "runtime/sip/transport/sip_transport.hpp"

#include <vector>

#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/message/response.hpp"
#include "runtime/sip/message/serialize.hpp"
#include "runtime/sip/transport/via_stamp.hpp"

namespace cme::runtime::sip {

namespace {

/// How often the TCP time limits are checked.
constexpr std::chrono::seconds kSweepInterval{1};

}  // namespace

SipTransport::SipTransport(net::Transport& transport) : transport_(transport) {
  net::Transport::Handlers h;
  h.received = [this](const net::Endpoint& from, std::string_view bytes) { on_bytes(from, bytes); };
  h.opened = [this](const net::Endpoint& peer) { stream(peer); };
  h.closed = [this](const net::Endpoint& peer) {
    if (const auto it = streams_.find(peer); it != streams_.end()) {
      buffered_ -= it->second.framer.buffered();
      streams_.erase(it);
    }
    if (closed_) {
      closed_(peer);
    }
  };
  transport_.set_handlers(std::move(h));
}

SipTransport::SipTransport(net::Transport& transport, const Clock& clock, TimerService& timers,
                           SipTcpLimits limits)
    : SipTransport(transport) {
  clock_ = &clock;
  timers_ = &timers;
  limits_ = limits;
}

SipTransport::~SipTransport() {
  if (timers_ != nullptr && sweep_timer_ != 0) {
    timers_->cancel(sweep_timer_);
  }
}

Clock::SteadyTime SipTransport::now() const {
  return clock_ != nullptr ? clock_->steady_now() : Clock::SteadyTime{};
}

SipTransport::Stream& SipTransport::stream(const net::Endpoint& peer) {
  auto [it, added] = streams_.try_emplace(peer);
  if (added) {
    it->second.opened = it->second.last_traffic = now();
    arm_sweep();
  }
  return it->second;
}

void SipTransport::drop_stream(const net::Endpoint& peer) {
  if (const auto it = streams_.find(peer); it != streams_.end()) {
    buffered_ -= it->second.framer.buffered();
    streams_.erase(it);
  }
  transport_.close(peer);
}

void SipTransport::arm_sweep() {
  if (timers_ == nullptr || sweep_timer_ != 0 || streams_.empty()) {
    return;
  }
  sweep_timer_ = timers_->schedule(kSweepInterval, [this] {
    sweep_timer_ = 0;
    sweep();
    arm_sweep();
  });
}

void SipTransport::sweep() {
  const auto t = now();
  std::vector<net::Endpoint> expired;
  for (const auto& [peer, s] : streams_) {
    const bool silent = s.spoke ? t - s.last_traffic >= limits_.idle
                                : t - s.opened >= limits_.first_message;
    const bool slow = s.framer.buffered() > 0 && t - s.partial_since >= limits_.partial_message;
    if (silent || slow) {
      expired.push_back(peer);
    }
  }
  for (const auto& peer : expired) {
    ++counters_.timed_out;
    drop_stream(peer);
  }
}

void SipTransport::send(const Message& message, const net::Endpoint& to) {
  send_bytes(serialize(message), to);
}

void SipTransport::send_serialized(std::string_view bytes, const net::Endpoint& to) {
  send_bytes(std::string(bytes), to);
}

void SipTransport::send_bytes(std::string bytes, const net::Endpoint& to) {
  ++counters_.messages_out;
  if (tap_) {
    tap_(true, bytes, to);
  }
  transport_.send(to, std::move(bytes));
}

void SipTransport::on_bytes(const net::Endpoint& from, std::string_view bytes) {
  if (from.protocol == net::Protocol::Tcp) {
    on_stream(from, bytes);
    return;
  }
  if (bytes.find_first_not_of("\r\n") == std::string_view::npos) {
    ++counters_.pings;  // RFC 5626 §4.4.1 CRLF keep-alive over UDP: nothing to answer
    return;
  }
  auto parsed = parse_message(bytes);
  if (!parsed.ok()) {
    reject(parsed.error(), from);
    return;
  }
  deliver(std::move(parsed).value(), from, bytes);
}

void SipTransport::on_stream(const net::Endpoint& from, std::string_view bytes) {
  Stream* s = &stream(from);
  s->last_traffic = now();
  const std::size_t before = s->framer.buffered();
  if (buffered_ + bytes.size() > limits_.max_buffered_bytes) {
    ++counters_.over_budget;
    drop_stream(from);
    return;
  }
  s->framer.feed(bytes);
  buffered_ += s->framer.buffered() - before;
  for (;;) {
    const std::size_t held = s->framer.buffered();
    auto event = s->framer.next();
    buffered_ -= held - s->framer.buffered();
    switch (event.kind) {
      case FrameEvent::Kind::NeedMore:
        if (s->framer.buffered() > 0 && (before == 0 || s->spoke_since_partial)) {
          s->partial_since = now();
        }
        s->spoke_since_partial = false;
        return;
      case FrameEvent::Kind::Ping:
        ++counters_.pings;
        s->spoke_since_partial = true;
        transport_.send(from, std::string(StreamFramer::kPong));
        continue;
      case FrameEvent::Kind::Message:
        s->spoke = s->spoke_since_partial = true;
        deliver(std::move(event.message), from, {});
        if (const auto it = streams_.find(from); it != streams_.end()) {
          s = &it->second;  // the handler may have closed it, or opened others
          continue;
        }
        return;
      case FrameEvent::Kind::Error:
        reject(event.error, from);
        if (event.close) {
          drop_stream(from);
          return;
        }
        continue;
    }
  }
}

void SipTransport::deliver(Message message, const net::Endpoint& from, std::string_view bytes) {
  ++counters_.messages_in;
  if (tap_) {
    tap_(false, bytes.empty() ? std::string_view(serialize(message)) : bytes, from);
  }
  if (message.request) {
    stamp_top_via(message, from);
  }
  if (handler_) {
    handler_(std::move(message), from);
  }
}

void SipTransport::reject(const MessageError& error, const net::Endpoint& from) {
  ++counters_.malformed;
  const unsigned status = error.answer_status();
  if (status == 0) {
    return;  // not answerable (a response, an ACK, or no usable request line or headers)
  }
  ++counters_.answered;
  send(make_response(error.partial, status, error.reason), from);
}

}  // namespace cme::runtime::sip
