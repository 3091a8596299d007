// StreamFramer (framer.hpp).

#include "runtime/sip/message/framer.hpp"

#include "runtime/sip/message/detail/head.hpp"

namespace cme::runtime::sip {
namespace {

/// Consumed bytes are dropped from the buffer once they are this many and at least half of it.
constexpr std::size_t kCompactThreshold = 4096;

}  // namespace

void StreamFramer::feed(std::string_view bytes) {
  if (closed_) {
    return;
  }
  if (start_ == buffer_.size()) {
    buffer_.clear();
    start_ = 0;
  } else if (start_ >= kCompactThreshold && start_ * 2 >= buffer_.size()) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  buffer_.append(bytes);
}

void StreamFramer::consume(std::size_t bytes) {
  start_ += bytes;
  scanned_ = 0;
  if (start_ == buffer_.size()) {
    start_ = 0;
    if (buffer_.capacity() > kKeptCapacity) {
      std::string().swap(buffer_);  // give a large message's memory back
    } else {
      buffer_.clear();
    }
  }
}

FrameEvent StreamFramer::fatal(MessageError::Kind kind, std::string reason, Message partial,
                               const MessageError* head_error) {
  FrameEvent event;
  event.kind = FrameEvent::Kind::Error;
  event.close = true;
  if (head_error != nullptr) {
    event.error = *head_error;
  }
  event.error.kind = kind;
  event.error.reason = std::move(reason);
  event.error.partial = std::move(partial);
  closed_ = true;
  pending_.reset();
  buffer_.clear();
  start_ = 0;
  scanned_ = 0;
  return event;
}

/// Skips CR/LF between messages. Returns true with a Ping event for "\r\n\r\n"; false when a
/// message starts (or more bytes are needed: the buffered view is then empty or a partial
/// keep-alive, which next() leaves in place).
bool StreamFramer::skip_line_breaks(FrameEvent& event) {
  std::string_view view = std::string_view(buffer_).substr(start_);
  while (!view.empty() && (view[0] == '\r' || view[0] == '\n')) {
    if (view.substr(0, 4) == "\r\n\r\n") {
      consume(4);
      event.kind = FrameEvent::Kind::Ping;
      return true;
    }
    bool const maybe_ping =
        view.size() < 4 && std::string_view("\r\n\r\n").substr(0, view.size()) == view;
    if (maybe_ping) {
      return false;
    }
    std::size_t const skip = view.substr(0, 2) == "\r\n" ? 2 : 1;
    consume(skip);
    view.remove_prefix(skip);
  }
  return false;
}

/// Parses the header section once it is complete. Returns false when more bytes are needed or
/// framing failed (then `event` is the closing error).
bool StreamFramer::read_head(FrameEvent& event) {
  std::string_view const view = std::string_view(buffer_).substr(start_);
  std::size_t const body_start = detail::find_head_end(view, scanned_);
  if (body_start == std::string_view::npos || body_start > limits_.max_header_bytes) {
    if (view.size() > limits_.max_header_bytes) {
      event = fatal(MessageError::Kind::TooLarge, "Header section too large", Message{}, nullptr);
    }
    return false;
  }
  Pending pending;
  detail::HeadInfo info;
  pending.ok = detail::parse_head(view.substr(0, body_start), pending.message, info, pending.error);
  pending.head_size = body_start;
  if (!info.content_length) {
    bool const bad = !pending.ok && pending.error.kind == MessageError::Kind::ContentLength;
    event =
        fatal(bad ? MessageError::Kind::ContentLength : MessageError::Kind::MissingContentLength,
              bad ? "Bad Content-Length" : "Missing Content-Length", std::move(pending.message),
              &pending.error);
    return false;
  }
  if (*info.content_length > limits_.max_body_bytes ||
      (!pending.ok && pending.error.kind == MessageError::Kind::ContentLength)) {
    bool const large = *info.content_length > limits_.max_body_bytes;
    event = fatal(large ? MessageError::Kind::TooLarge : MessageError::Kind::ContentLength,
                  large ? "Body too large" : "Conflicting Content-Length",
                  std::move(pending.message), &pending.error);
    return false;
  }
  pending.body_size = static_cast<std::size_t>(*info.content_length);
  pending_ = std::move(pending);
  return true;
}

FrameEvent StreamFramer::next() {
  FrameEvent event;
  if (closed_) {
    return event;
  }
  if (!pending_) {
    if (scanned_ == 0 && skip_line_breaks(event)) {
      return event;
    }
    char const first = buffered() == 0 ? '\r' : buffer_[start_];
    if (first == '\r' || first == '\n' || !read_head(event)) {
      return event;  // nothing, a partial keep-alive, an incomplete head, or a closing error
    }
  }
  Pending& pending = *pending_;
  if (buffered() < pending.head_size + pending.body_size) {
    return event;
  }
  std::string_view const body =
      std::string_view(buffer_).substr(start_ + pending.head_size, pending.body_size);
  if (pending.ok) {
    event.kind = FrameEvent::Kind::Message;
    event.message = std::move(pending.message);
    event.message.body.assign(body);
  } else {
    event.kind = FrameEvent::Kind::Error;
    event.error = std::move(pending.error);
    event.error.partial = std::move(pending.message);
  }
  consume(pending.head_size + pending.body_size);
  pending_.reset();
  return event;
}

}  // namespace cme::runtime::sip
