#include "runtime/sip/transport/sip_transport.hpp"

#include "common/ascii.hpp"
#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/message/response.hpp"
#include "runtime/sip/message/serialize.hpp"

namespace cme::runtime::sip {

namespace {

/// True when stamping `via` (the top Via value) would change nothing, decided on the text alone:
/// no "rport" anywhere in it (case-insensitive) and a sent-by host written exactly as the source
/// address. Anything else (IPv6 in brackets, a host name, odd spacing) takes the full parse,
/// which then decides; a malformed value is left alone either way.
bool stamp_is_noop(std::string_view via, std::string_view source_address) {
  if (contains_ci(via, "rport")) {
    return false;
  }
  const auto blank = via.find(' ');  // "SIP/2.0/UDP 10.0.0.5:5060;branch=..."
  if (blank == std::string_view::npos) {
    return false;
  }
  const auto host = via.substr(blank + 1, source_address.size());
  const auto after = blank + 1 + source_address.size();
  return host == source_address && after < via.size() && (via[after] == ':' || via[after] == ';');
}

}  // namespace

void stamp_top_via(Message& request, const net::Endpoint& source) {
  auto top = request.header("Via");
  if (!top || stamp_is_noop(*top, source.address)) {
    return;
  }
  auto via = parse_via(*top);
  if (!via.ok()) {
    return;
  }
  bool changed = false;
  const auto set = [&](std::string_view name, std::string value) {
    for (auto& p : via->params) {
      if (equal_ci(p.name, name)) {
        p.value = std::move(value);
        changed = true;
        return;
      }
    }
    via->params.push_back(Param{std::string(name), std::move(value)});
    changed = true;
  };
  const bool wants_rport = param(via->params, "rport").has_value();
  if (via->host != source.address || wants_rport) {
    set("received", source.address);
  }
  if (wants_rport) {
    set("rport", std::to_string(source.port));
  }
  if (changed) {
    request.remove_first("Via");
    request.prepend("Via", to_string(*via));
  }
}

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
  std::string bytes = serialize(message);
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
