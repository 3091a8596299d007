#pragma once
// SccpTestPhone: a scriptable SCCP phone for end-to-end tests. It speaks SCCP over one TCP
// connection with blocking POSIX sockets; every wait is bounded by poll() with a timeout, so a
// silent or dead server makes a step fail, never hang.
//
//   SccpTestPhone phone;
//   REQUIRE(phone.connect("127.0.0.1", port).ok());
//   REQUIRE(phone.register_as(SccpModel::Phone7941, "001122AABB01").ok());
//   REQUIRE(phone.send(sccp::OffHook{1, 0}).ok());
//   auto state = phone.expect(sccp::MessageId::CallState);
//
// Received messages that no expect() asked for yet wait in pending(); log() keeps everything
// received, in order. Frames that do not decode are counted, not fatal (decode_errors()).

#include <chrono>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "runtime/sccp/codec/codec.hpp"
#include "runtime/sccp/codec/frame_reader.hpp"
#include "runtime/sccp/codec/message.hpp"

namespace cme::test {

/// The phone models the test phone imitates (sccp.md §5.1, §11.8).
enum class SccpModel {
  Phone7941,  ///< device type 115, protocol 17, 124-byte Register, RegisterAvailableLines, BLF
  Phone7960,  ///< device type 7, protocol 11, 68-byte Register, IpPort, ForwardStatReq per line
};

class SccpTestPhone {
 public:
  using Timeout = std::chrono::milliseconds;
  static constexpr Timeout kDefaultTimeout{2000};
  using Error = std::string;

  SccpTestPhone() = default;
  SccpTestPhone(const SccpTestPhone&) = delete;
  SccpTestPhone& operator=(const SccpTestPhone&) = delete;
  ~SccpTestPhone();

  /// Connects to an IPv4 `host` (dotted quad) and TCP `port` within `timeout`.
  /// Errors: bad address, refused, timed out.
  Result<Unit, Error> connect(const std::string& host, std::uint16_t port,
                              Timeout timeout = kDefaultTimeout);

  /// Registers as `model` with device name "SEP" + `mac` (12 hex digits): sends Register, and
  /// after RegisterAck sends and answers what that model does (sccp.md §5.1): 7960: IpPort;
  /// both: CapabilitiesRes on CapabilitiesReq, ButtonTemplateReq, SoftKeyTemplateReq,
  /// SoftKeySetReq, LineStatReq per line button; 7960: ForwardStatReq per line; both:
  /// SpeedDialStatReq per speed-dial; 7941: FeatureStatReq per BLF button,
  /// RegisterAvailableLines; both: TimeDateReq. Each answer is awaited for `step_timeout`.
  /// Errors: RegisterReject (with its text), a missing answer, a lost connection.
  Result<Unit, Error> register_as(SccpModel model, const std::string& mac,
                                  Timeout step_timeout = kDefaultTimeout);

  /// Encodes `message` at the negotiated protocol version and sends it.
  Result<Unit, Error> send(const runtime::sccp::Message& message);
  /// Sends bytes as they are (malformed frames, split frames, garbage).
  Result<Unit, Error> send_raw(const runtime::sccp::Bytes& bytes);

  /// The first message with id `id`: from pending() or received within `timeout`.
  /// Errors: timed out (with the ids seen meanwhile), connection closed.
  Result<runtime::sccp::Message, Error> expect(runtime::sccp::MessageId id,
                                               Timeout timeout = kDefaultTimeout);
  /// As expect(), for the first message with any of `ids`.
  Result<runtime::sccp::Message, Error> expect_any(
      std::initializer_list<runtime::sccp::MessageId> ids, Timeout timeout = kDefaultTimeout);
  /// Waits up to `timeout` for the server to close the connection. Errors: still open.
  Result<Unit, Error> expect_closed(Timeout timeout = kDefaultTimeout);

  /// Sends KeepAlive and waits for KeepAliveAck.
  Result<Unit, Error> keepalive(Timeout timeout = kDefaultTimeout);
  /// Sends Unregister and waits for UnregisterAck; returns its status (0 OK, 1 error, 2 NAK).
  Result<std::uint32_t, Error> unregister(Timeout timeout = kDefaultTimeout);
  /// Closes the socket (idempotent).
  void close();

  bool connected() const { return fd_ >= 0; }
  /// min(model's version, RegisterAck's maxProtocolVer); 0 before registration.
  std::uint32_t protocol_version() const { return version_; }
  /// RegisterAck's keepAliveInterval in seconds; 0 before registration.
  std::uint32_t keepalive_interval() const { return keepalive_interval_; }
  const std::optional<runtime::sccp::ButtonTemplate>& button_template() const { return buttons_; }
  const std::optional<runtime::sccp::SoftKeyTemplateRes>& soft_key_template() const {
    return soft_keys_;
  }
  const std::optional<runtime::sccp::SoftKeySetRes>& soft_key_sets() const { return sets_; }
  /// LineStat / LineStatV2 answers by line number, as (number, label) of the line.
  const std::map<std::uint32_t, runtime::sccp::LineStatV2>& lines() const { return lines_; }
  const std::map<std::uint32_t, runtime::sccp::SpeedDialStat>& speed_dials() const {
    return speed_dials_;
  }
  /// Received, not yet returned by expect().
  const std::deque<runtime::sccp::Message>& pending() const { return pending_; }
  /// Every message received, in order.
  const std::vector<runtime::sccp::Message>& log() const { return log_; }
  std::size_t decode_errors() const { return decode_errors_; }
  std::size_t short_payloads() const { return short_payloads_; }

 private:
  Result<Unit, Error> receive_some(Timeout timeout);
  std::optional<runtime::sccp::Message> take_pending(
      std::initializer_list<runtime::sccp::MessageId> ids);
  Result<Unit, Error> exchange(const runtime::sccp::Message& request,
                               std::initializer_list<runtime::sccp::MessageId> answers,
                               Timeout timeout, runtime::sccp::Message* answer = nullptr);
  Result<Unit, Error> registration_start(SccpModel model, const std::string& mac, Timeout timeout);
  Result<Unit, Error> registration_templates(Timeout timeout);
  Result<Unit, Error> registration_buttons(SccpModel model, Timeout timeout);

  int fd_ = -1;
  runtime::sccp::FrameReader reader_;
  std::uint32_t version_ = 0;
  std::uint32_t keepalive_interval_ = 0;
  std::optional<runtime::sccp::ButtonTemplate> buttons_;
  std::optional<runtime::sccp::SoftKeyTemplateRes> soft_keys_;
  std::optional<runtime::sccp::SoftKeySetRes> sets_;
  std::map<std::uint32_t, runtime::sccp::LineStatV2> lines_;
  std::map<std::uint32_t, runtime::sccp::SpeedDialStat> speed_dials_;
  std::deque<runtime::sccp::Message> pending_;
  std::vector<runtime::sccp::Message> log_;
  std::size_t decode_errors_ = 0;
  std::size_t short_payloads_ = 0;
};

}  // namespace cme::test
