// SccpTestPhone: sockets, sending, receiving and expect() (sccp_test_phone.hpp). The
// registration sequences are in sccp_test_phone_registration.cpp.

#include "tests/support/sccp_test_phone.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

namespace cme::test {
namespace sccp = runtime::sccp;
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return static_cast<int>(std::max<std::int64_t>(0, left.count()));
}

/// Waits for `events` on `fd` until `deadline`; false on timeout or error.
bool wait_for(int fd, short events, Clock::time_point deadline) {
  pollfd p{fd, events, 0};
  for (;;) {
    const int n = ::poll(&p, 1, remaining_ms(deadline));
    if (n > 0) {
      return true;
    }
    if (n == 0 || errno != EINTR) {
      return false;
    }
  }
}

std::string ids_text(std::initializer_list<sccp::MessageId> ids) {
  std::string text;
  for (auto id : ids) {
    text += (text.empty() ? "" : "/") + std::string(sccp::message_name(id));
  }
  return text;
}

}  // namespace

SccpTestPhone::~SccpTestPhone() {
  close();
}

void SccpTestPhone::close() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

Result<Unit, SccpTestPhone::Error> SccpTestPhone::connect(const std::string& host,
                                                          std::uint16_t port, Timeout timeout) {
  close();
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1) {
    return Err{"not an IPv4 address: " + host};
  }
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd_ < 0) {
    return Err{std::string("socket: ") + std::strerror(errno)};
  }
  const auto deadline = Clock::now() + timeout;
  int rc = ::connect(fd_, reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
  if (rc != 0 && errno == EINPROGRESS && wait_for(fd_, POLLOUT, deadline)) {
    int error = 0;
    socklen_t len = sizeof error;
    ::getsockopt(fd_, SOL_SOCKET, SO_ERROR, &error, &len);
    rc = error == 0 ? 0 : -1;
    errno = error == 0 ? ETIMEDOUT : error;
  }
  if (rc != 0) {
    const std::string why = std::strerror(errno);
    close();
    return Err{"connect " + host + ":" + std::to_string(port) + ": " + why};
  }
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
  reader_ = sccp::FrameReader{};
  return Unit{};
}

Result<Unit, SccpTestPhone::Error> SccpTestPhone::send_raw(const sccp::Bytes& bytes) {
  const auto deadline = Clock::now() + kDefaultTimeout;
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    if (fd_ < 0 || !wait_for(fd_, POLLOUT, deadline)) {
      return Err{std::string("send: not connected or timed out")};
    }
    const ssize_t n =
        ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n < 0 && errno != EAGAIN && errno != EINTR) {
      return Err{std::string("send: ") + std::strerror(errno)};
    }
    sent += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  return Unit{};
}

Result<Unit, SccpTestPhone::Error> SccpTestPhone::send(const sccp::Message& message) {
  return send_raw(sccp::encode(message, version_));
}

/// One recv() within `timeout`; decodes whole frames into pending_ and log_.
/// Errors: timed out, connection closed, framing lost (the socket is then closed).
Result<Unit, SccpTestPhone::Error> SccpTestPhone::receive_some(Timeout timeout) {
  if (fd_ < 0) {
    return Err{std::string("not connected")};
  }
  if (!wait_for(fd_, POLLIN, Clock::now() + timeout)) {
    return Err{std::string("timed out")};
  }
  std::array<std::uint8_t, 4096> buffer{};
  const ssize_t n = ::recv(fd_, buffer.data(), buffer.size(), MSG_DONTWAIT);
  if (n <= 0) {
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
      return Unit{};
    }
    close();
    return Err{std::string("connection closed by the server")};
  }
  reader_.feed(std::span(buffer.data(), static_cast<std::size_t>(n)));
  for (auto frame = reader_.next(); frame.ok() && frame.value(); frame = reader_.next()) {
    auto decoded = sccp::decode(*frame.value(), version_);
    if (!decoded.ok()) {
      ++decode_errors_;
      continue;
    }
    short_payloads_ += decoded->short_payload ? 1 : 0;
    log_.push_back(decoded->message);
    pending_.push_back(std::move(decoded->message));
  }
  if (reader_.failed()) {
    close();
    return Err{std::string("framing error from the server")};
  }
  return Unit{};
}

std::optional<sccp::Message> SccpTestPhone::take_pending(
    std::initializer_list<sccp::MessageId> ids) {
  auto it = std::find_if(pending_.begin(), pending_.end(), [&](const sccp::Message& m) {
    return std::find(ids.begin(), ids.end(), sccp::message_id(m)) != ids.end();
  });
  if (it == pending_.end()) {
    return std::nullopt;
  }
  sccp::Message found = std::move(*it);
  pending_.erase(it);
  return found;
}

Result<sccp::Message, SccpTestPhone::Error> SccpTestPhone::expect_any(
    std::initializer_list<sccp::MessageId> ids, Timeout timeout) {
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    if (auto found = take_pending(ids)) {
      return std::move(*found);
    }
    auto got = receive_some(std::chrono::milliseconds(remaining_ms(deadline)));
    if (!got.ok()) {
      std::string seen;
      for (const auto& m : pending_) {
        seen += " " + std::string(sccp::message_name(sccp::message_id(m)));
      }
      return Err{"expecting " + ids_text(ids) + ": " + got.error() + " (pending:" + seen + ")"};
    }
  }
}

Result<sccp::Message, SccpTestPhone::Error> SccpTestPhone::expect(sccp::MessageId id,
                                                                  Timeout timeout) {
  return expect_any({id}, timeout);
}

Result<Unit, SccpTestPhone::Error> SccpTestPhone::expect_closed(Timeout timeout) {
  const auto deadline = Clock::now() + timeout;
  while (fd_ >= 0) {
    auto got = receive_some(std::chrono::milliseconds(remaining_ms(deadline)));
    if (!got.ok() && fd_ >= 0) {
      return Err{"still connected: " + got.error()};
    }
  }
  return Unit{};
}

Result<Unit, SccpTestPhone::Error> SccpTestPhone::exchange(
    const sccp::Message& request, std::initializer_list<sccp::MessageId> answers, Timeout timeout,
    sccp::Message* answer) {
  auto sent = send(request);
  if (!sent.ok()) {
    return sent;
  }
  auto got = expect_any(answers, timeout);
  if (!got.ok()) {
    return Err{std::string(sccp::message_name(sccp::message_id(request))) + ": " + got.error()};
  }
  if (answer != nullptr) {
    *answer = std::move(got.value());
  }
  return Unit{};
}

Result<Unit, SccpTestPhone::Error> SccpTestPhone::keepalive(Timeout timeout) {
  return exchange(sccp::KeepAlive{}, {sccp::MessageId::KeepAliveAck}, timeout);
}

Result<std::uint32_t, SccpTestPhone::Error> SccpTestPhone::unregister(Timeout timeout) {
  sccp::Message ack;
  auto done = exchange(sccp::Unregister{}, {sccp::MessageId::UnregisterAck}, timeout, &ack);
  if (!done.ok()) {
    return Err{done.error()};
  }
  return std::get<sccp::UnregisterAck>(ack).status;
}

}  // namespace cme::test
