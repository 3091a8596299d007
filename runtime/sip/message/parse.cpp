// parse_message (parse.hpp): one datagram, RFC 3261 §7 and §18.3.

#include "runtime/sip/message/parse.hpp"

#include "runtime/sip/message/detail/head.hpp"

namespace cme::runtime::sip {

unsigned MessageError::answer_status() const {
  if (!request_line || !core_headers || partial.method_id == Method::Ack) {
    return 0;
  }
  return kind == Kind::Version ? 505 : 400;
}

Result<Message, MessageError> parse_message(std::string_view bytes) {
  bytes.remove_prefix(detail::leading_line_breaks(bytes));
  MessageError error;
  if (bytes.empty()) {
    error.kind = MessageError::Kind::Empty;
    error.reason = "Empty message";
    return Err{std::move(error)};
  }
  std::size_t scanned = 0;
  std::size_t const body_start = detail::find_head_end(bytes, scanned);
  std::string_view head = bytes;
  std::string_view body;
  if (body_start != std::string_view::npos) {
    head = bytes.substr(0, body_start);
    body = bytes.substr(body_start);
  }
  Message message;
  detail::HeadInfo info;
  bool ok = detail::parse_head(head, message, info, error);
  if (ok && info.content_length) {
    if (*info.content_length > body.size()) {
      error.kind = MessageError::Kind::BodyTruncated;
      error.reason = "Content-Length larger than the message";
      ok = false;
    } else {
      body = body.substr(0, static_cast<std::size_t>(*info.content_length));
    }
  }
  if (!ok) {
    error.partial = std::move(message);
    return Err{std::move(error)};
  }
  if (!info.content_length) {
    message.headers.push_back(Header{"Content-Length", std::to_string(body.size())});
  }
  message.body.assign(body);
  return message;
}

}  // namespace cme::runtime::sip
