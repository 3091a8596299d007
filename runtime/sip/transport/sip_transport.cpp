#include "runtime/sip/transport/sip_transport.hpp"

#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/message/response.hpp"
#include "runtime/sip/message/serialize.hpp"
#include "runtime/sip/transport/via_stamp.hpp"

namespace cme::runtime::sip {

SipTransport::SipTransport(net::Transport& transport) : transport_(transport) {
  net::Transport::Handlers h;
  h.received = [this](const net::Endpoint& from, std::string_view bytes) { on_bytes(from, bytes); };
  h.closed = [this](const net::Endpoint& peer) {
    framers_.erase(peer);
    if (closed_) {
      closed_(peer);
    }
  };
  transport_.set_handlers(std::move(h));
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
  auto& framer = framers_[from];
  framer.feed(bytes);
  for (;;) {
    auto event = framer.next();
    switch (event.kind) {
      case FrameEvent::Kind::NeedMore:
        return;
      case FrameEvent::Kind::Ping:
        ++counters_.pings;
        transport_.send(from, std::string(StreamFramer::kPong));
        continue;
      case FrameEvent::Kind::Message:
        deliver(std::move(event.message), from, {});
        if (framers_.count(from) == 0) {
          return;  // the handler closed the connection
        }
        continue;
      case FrameEvent::Kind::Error:
        reject(event.error, from);
        if (event.close) {
          framers_.erase(from);
          transport_.close(from);
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
