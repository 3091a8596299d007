#pragma once
// LoopbackTransport: a runtime::net::Transport for I/O-free tests (STYLE.md §5). It records what
// the code under test sends, lets the test inject received bytes, and can fail sends.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/net/transport.hpp"

namespace cme::test {

class LoopbackTransport final : public runtime::net::Transport {
 public:
  using Endpoint = runtime::net::Endpoint;
  struct Sent {
    Endpoint to;
    std::string bytes;
  };

  /// `local_address`:`port` is what local() reports for both protocols.
  explicit LoopbackTransport(std::string local_address = "127.0.0.1", std::uint16_t port = 5060)
      : local_address_(std::move(local_address)), port_(port) {}

  void set_handlers(Handlers handlers) override { handlers_ = std::move(handlers); }
  void send(const Endpoint& to, std::string bytes) override {
    if (fail_sends_) {
      ++counters_.send_errors;
      return;
    }
    ++counters_.datagrams_out;
    counters_.bytes_out += bytes.size();
    sent_.push_back(Sent{to, std::move(bytes)});
  }
  void close(const Endpoint& peer) override { closed_.push_back(peer); }
  Endpoint local(runtime::net::Protocol protocol) const override {
    return Endpoint{local_address_, port_, protocol};
  }
  const runtime::net::TransportCounters& counters() const override { return counters_; }

  /// Delivers `bytes` as if received from `from`.
  void inject(const Endpoint& from, std::string_view bytes) {
    ++counters_.datagrams_in;
    counters_.bytes_in += bytes.size();
    if (handlers_.received) {
      handlers_.received(from, bytes);
    }
  }
  /// Reports that a TCP connection from `peer` was accepted.
  void open(const Endpoint& peer) {
    if (handlers_.opened) {
      handlers_.opened(peer);
    }
  }
  /// Reports that the TCP connection with `peer` ended.
  void drop(const Endpoint& peer) {
    if (handlers_.closed) {
      handlers_.closed(peer);
    }
  }
  /// Makes every following send fail (counted, nothing recorded) until called with false.
  void fail_sends(bool fail) { fail_sends_ = fail; }

  const std::vector<Sent>& sent() const { return sent_; }
  /// Returns and forgets what was sent so far.
  std::vector<Sent> take() { return std::exchange(sent_, {}); }
  const std::vector<Endpoint>& closed() const { return closed_; }

 private:
  std::string local_address_;
  std::uint16_t port_;
  Handlers handlers_;
  runtime::net::TransportCounters counters_;
  std::vector<Sent> sent_;
  std::vector<Endpoint> closed_;
  bool fail_sends_ = false;
};

}  // namespace cme::test
