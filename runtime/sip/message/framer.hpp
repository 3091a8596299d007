#pragma once
// StreamFramer: SIP messages out of a byte stream (TCP, TLS), RFC 3261 §18.3 and §7.5, with
// RFC 5626 §4.4.1 CRLF keep-alives. Pure: the transport feeds received bytes in any split and
// sends what the events ask for.
//
//   framer.feed(bytes);
//   for (auto e = framer.next(); e.kind != FrameEvent::Kind::NeedMore; e = framer.next()) ...
//
// Between messages, CR and LF bytes are skipped (RFC 3261 §7.5); a "\r\n\r\n" there is a
// keep-alive ping and yields Kind::Ping, to be answered with kPong ("\r\n"). A single CRLF (the
// peer's pong to our ping) is skipped silently. Each message needs Content-Length (RFC 3261
// §18.3): without it, or with a value that is not a number, the stream cannot be framed and the
// error closes the connection. The header section and the body are bounded by Limits. A message
// whose header section has other errors (bad start line, bad header line) is skipped as a whole
// using its Content-Length and reported as a non-closing error, so the connection continues.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/sip/message/message.hpp"
#include "runtime/sip/message/parse.hpp"

namespace cme::runtime::sip {

/// One result of StreamFramer::next().
struct FrameEvent {
  enum class Kind {
    NeedMore,  ///< no complete message is buffered: feed more bytes
    Message,   ///< `message` is complete (body exactly Content-Length bytes)
    Ping,      ///< a CRLFCRLF keep-alive: send StreamFramer::kPong
    Error,     ///< `error` (answer with error.answer_status() when not 0); see `close`
  };
  Kind kind = Kind::NeedMore;
  Message message;
  MessageError error;
  bool close = false;  ///< Error: framing is lost; answer if possible, then close the connection
};

class StreamFramer {
 public:
  struct Limits {
    std::size_t max_header_bytes = 64 * 1024;  ///< start line + headers + empty line
    std::size_t max_body_bytes = 1024 * 1024;  ///< largest Content-Length accepted
  };
  /// The keep-alive answer to a Kind::Ping (RFC 5626 §4.4.1).
  static constexpr std::string_view kPong = "\r\n";

  StreamFramer() = default;
  explicit StreamFramer(Limits limits) : limits_(limits) {}

  /// Appends received bytes. Ignored after a closing error.
  void feed(std::string_view bytes);
  /// The next event; NeedMore when more bytes are needed (and forever after a closing error).
  FrameEvent next();
  /// Bytes buffered and not yet returned as events.
  std::size_t buffered() const { return buffer_.size() - start_; }
  /// Bytes of memory the buffer holds. When everything buffered has been returned, a buffer
  /// larger than kKeptCapacity is freed, so a connection keeps little between messages.
  std::size_t capacity() const { return buffer_.capacity(); }
  static constexpr std::size_t kKeptCapacity = 64 * 1024;
  /// True after an error with `close` set.
  bool closed() const { return closed_; }

 private:
  /// A header section that has been parsed while its body is still arriving.
  struct Pending {
    Message message;
    MessageError error;
    bool ok = true;
    std::size_t head_size = 0;
    std::size_t body_size = 0;
  };

  bool skip_line_breaks(FrameEvent& event);
  bool read_head(FrameEvent& event);
  FrameEvent fatal(MessageError::Kind kind, std::string reason, Message partial,
                   const MessageError* head_error);
  void consume(std::size_t bytes);

  Limits limits_;
  std::string buffer_;
  std::size_t start_ = 0;    ///< first byte not yet consumed
  std::size_t scanned_ = 0;  ///< header-end search resumes here (relative to start_)
  std::optional<Pending> pending_;
  bool closed_ = false;
};

}  // namespace cme::runtime::sip
