// SccpTestPhone (tests/support/sccp_test_phone.hpp) against a tiny in-test SCCP server on
// 127.0.0.1 port 0: the 7941 and 7960 registration sequences, keepalive, unregister, reject,
// timeouts and a framing error.

#include "tests/support/sccp_test_phone.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "runtime/sccp/codec/codec.hpp"

namespace sccp = cme::runtime::sccp;
using cme::test::SccpModel;
using cme::test::SccpTestPhone;
using Id = sccp::MessageId;

namespace {

/// A one-connection SCCP server thread. It answers registration requests the way a CM does
/// (sccp.md §5.1), KeepAlive with KeepAliveAck, Unregister with UnregisterAck and a close; a
/// device named SEP000000000000 gets RegisterReject. With `silent` it answers nothing. Every
/// wait is bounded: the thread ends at most 10 s after start. Read what it saw after join().
class FakeCm {
 public:
  explicit FakeCm(bool silent = false) : silent_(silent) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    REQUIRE(::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(listener_, 1) == 0);
    REQUIRE(::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { run(); });
  }
  ~FakeCm() { join(); }
  void join() {
    if (thread_.joinable()) {
      thread_.join();
    }
    if (listener_ >= 0) {
      ::close(listener_);
      listener_ = -1;
    }
  }
  std::uint16_t port() const { return port_; }
  std::vector<Id> ids;                 ///< ids received, in order
  std::vector<std::uint32_t> headers;  ///< their header versions
  std::uint32_t register_payload = 0;  ///< payload size of the Register
  bool framing_error = false;

 private:
  void run() {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    pollfd p{listener_, POLLIN, 0};
    if (::poll(&p, 1, 5000) != 1) {
      return;
    }
    conn_ = ::accept(listener_, nullptr, nullptr);
    sccp::FrameReader reader;
    while (conn_ >= 0 && std::chrono::steady_clock::now() < deadline) {
      pollfd c{conn_, POLLIN, 0};
      if (::poll(&c, 1, 100) != 1) {
        continue;
      }
      std::array<std::uint8_t, 4096> buffer{};
      const ssize_t n = ::recv(conn_, buffer.data(), buffer.size(), 0);
      if (n <= 0) {
        break;
      }
      reader.feed(std::span(buffer.data(), static_cast<std::size_t>(n)));
      for (auto f = reader.next(); f.ok() && f.value() && conn_ >= 0; f = reader.next()) {
        handle(*f.value());
      }
      if (reader.failed()) {
        framing_error = true;
        break;
      }
    }
    if (conn_ >= 0) {
      ::close(conn_);
    }
  }

  void reply(const sccp::Message& m) {
    const auto bytes = sccp::encode(m, version_);
    REQUIRE(::send(conn_, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(bytes.size()));
  }

  void handle(const sccp::Frame& frame) {
    auto decoded = sccp::decode(frame, version_);
    REQUIRE(decoded.ok());
    ids.push_back(sccp::message_id(decoded->message));
    headers.push_back(frame.header_version);
    if (!silent_) {
      std::visit([this, &frame](const auto& m) { answer(m, frame); }, decoded->message);
    }
  }

  void answer(const sccp::Register& r, const sccp::Frame& frame) {
    register_payload = static_cast<std::uint32_t>(frame.payload.size());
    if (r.device_name == "SEP000000000000") {
      reply(sccp::RegisterReject{"Device Unknown"});
      return;
    }
    version_ = std::min<std::uint32_t>(r.protocol_version, 17);
    reply(sccp::RegisterAck{30, "M/D/Y", 30, 17});
    reply(sccp::CapabilitiesReq{});
  }
  void answer(const sccp::ButtonTemplateReq&, const sccp::Frame&) {
    sccp::ButtonTemplate t{0, 4, 4, {}};
    t.buttons[0] = {1, 0x09};
    t.buttons[1] = {2, 0x09};
    t.buttons[2] = {1, 0x02};
    t.buttons[3] = {1, 0x15};
    reply(t);
  }
  void answer(const sccp::SoftKeySetReq&, const sccp::Frame&) {
    reply(sccp::SoftKeySetRes{0, 1, 1, {}});
    reply(sccp::SelectSoftKeys{0, 0, 0, 0xFFFFFFFF});
  }
  void answer(const sccp::LineStatReq& r, const sccp::Frame&) {
    const std::string number = std::to_string(100 + r.value);
    if (version_ >= 17) {
      reply(sccp::LineStatV2{r.value, 15, number, "Line " + number, number});
    } else {
      reply(sccp::LineStat{r.value, number, "Line " + number, number, 15});
    }
  }
  void answer(const sccp::Unregister&, const sccp::Frame&) {
    reply(sccp::UnregisterAck{0});
    ::close(conn_);
    conn_ = -1;
  }
  void answer(const sccp::SoftKeyTemplateReq&, const sccp::Frame&) {
    reply(sccp::SoftKeyTemplateRes{0, 1, 1, {}});
  }
  void answer(const sccp::ForwardStatReq& r, const sccp::Frame&) {
    reply(sccp::ForwardStat{0, r.value, 0, "", 0, "", 0, ""});
  }
  void answer(const sccp::SpeedDialStatReq& r, const sccp::Frame&) {
    reply(sccp::SpeedDialStat{r.value, "5001", "Bob"});
  }
  void answer(const sccp::FeatureStatReq& r, const sccp::Frame&) {
    reply(sccp::FeatureStatV2{r.feature_index, 0x15, 1, "Carol"});
  }
  void answer(const sccp::TimeDateReq&, const sccp::Frame&) {
    reply(sccp::DefineTimeDate{2026, 12, 1, 7, 23, 45, 0, 0, 1796686000});
  }
  void answer(const sccp::KeepAlive&, const sccp::Frame&) { reply(sccp::KeepAliveAck{}); }
  template <class M>
  void answer(const M&, const sccp::Frame&) {}  // nothing to answer

  bool silent_;
  int listener_ = -1;
  int conn_ = -1;
  std::uint16_t port_ = 0;
  std::uint32_t version_ = 0;
  std::thread thread_;
};

void register_phone(SccpTestPhone& phone, const FakeCm& cm, SccpModel model,
                    const std::string& mac) {
  REQUIRE(phone.connect("127.0.0.1", cm.port()).ok());
  auto registered = phone.register_as(model, mac);
  INFO((registered.ok() ? std::string() : registered.error()));
  REQUIRE(registered.ok());
}

}  // namespace

TEST_CASE("sccp test phone: a 7941 registers, keeps alive and unregisters",
          "[runtime][sccp][test_phone][loopback]") {
  FakeCm cm;
  SccpTestPhone phone;
  register_phone(phone, cm, SccpModel::Phone7941, "001122AABB01");
  CHECK(phone.protocol_version() == 17);
  CHECK(phone.keepalive_interval() == 30);
  REQUIRE(phone.button_template().has_value());
  CHECK(phone.button_template()->button_count == 4);
  REQUIRE(phone.lines().size() == 2);
  CHECK(phone.lines().at(2).dir_number == "102");
  CHECK(phone.speed_dials().at(1).number == "5001");
  REQUIRE(phone.pending().size() == 1);  // the idle SelectSoftKeys nobody expected yet
  CHECK(phone.expect(Id::SelectSoftKeys).ok());
  CHECK(phone.keepalive().ok());
  auto status = phone.unregister();
  REQUIRE(status.ok());
  CHECK(status.value() == 0);
  CHECK(phone.expect_closed().ok());
  cm.join();
  CHECK(cm.ids == std::vector<Id>{Id::Register, Id::CapabilitiesRes, Id::ButtonTemplateReq,
                                  Id::SoftKeyTemplateReq, Id::SoftKeySetReq, Id::LineStatReq,
                                  Id::LineStatReq, Id::SpeedDialStatReq, Id::FeatureStatReq,
                                  Id::RegisterAvailableLines, Id::TimeDateReq, Id::KeepAlive,
                                  Id::Unregister});
  CHECK(cm.register_payload == 124);
  REQUIRE(cm.headers.size() == cm.ids.size());
  CHECK(cm.headers[0] == 0);
  CHECK(cm.headers[1] == 17);
  CHECK(phone.decode_errors() == 0);
}

TEST_CASE("sccp test phone: a 7960 registers with its own sequence",
          "[runtime][sccp][test_phone][loopback]") {
  FakeCm cm;
  SccpTestPhone phone;
  register_phone(phone, cm, SccpModel::Phone7960, "00AABBCCDD60");
  CHECK(phone.protocol_version() == 11);
  CHECK(phone.lines().at(1).fully_qualified_name == "Line 101");
  CHECK(phone.unregister().ok());
  cm.join();
  CHECK(cm.ids == std::vector<Id>{Id::Register, Id::IpPort, Id::CapabilitiesRes,
                                  Id::ButtonTemplateReq, Id::SoftKeyTemplateReq, Id::SoftKeySetReq,
                                  Id::LineStatReq, Id::ForwardStatReq, Id::LineStatReq,
                                  Id::ForwardStatReq, Id::SpeedDialStatReq, Id::TimeDateReq,
                                  Id::Unregister});
  CHECK(cm.register_payload == 68);
  CHECK(cm.headers[1] == 11);
}

TEST_CASE("sccp test phone: rejects, timeouts and a framing error are reported",
          "[runtime][sccp][test_phone][loopback]") {
  SECTION("RegisterReject") {
    FakeCm cm;
    SccpTestPhone phone;
    REQUIRE(phone.connect("127.0.0.1", cm.port()).ok());
    auto registered = phone.register_as(SccpModel::Phone7941, "000000000000");
    REQUIRE_FALSE(registered.ok());
    CHECK(registered.error() == "RegisterReject: Device Unknown");
    phone.close();
  }
  SECTION("a silent server: expect() times out") {
    FakeCm cm(true);
    SccpTestPhone phone;
    REQUIRE(phone.connect("127.0.0.1", cm.port()).ok());
    const auto start = std::chrono::steady_clock::now();
    auto registered =
        phone.register_as(SccpModel::Phone7941, "001122AABB01", std::chrono::milliseconds(200));
    const auto waited = std::chrono::steady_clock::now() - start;
    REQUIRE_FALSE(registered.ok());
    CHECK(registered.error().find("timed out") != std::string::npos);
    CHECK(waited < std::chrono::seconds(2));
    phone.close();
  }
  SECTION("a bad length closes the session") {
    FakeCm cm;
    SccpTestPhone phone;
    REQUIRE(phone.connect("127.0.0.1", cm.port()).ok());
    REQUIRE(phone.send_raw(sccp::Bytes{2, 0, 0, 0, 0, 0, 0, 0, 0, 0}).ok());
    CHECK(phone.expect_closed().ok());
    cm.join();
    CHECK(cm.framing_error);
  }
  SECTION("nobody listening") {
    SccpTestPhone phone;
    FakeCm cm(true);
    const auto port = cm.port();
    SccpTestPhone first;
    REQUIRE(first.connect("127.0.0.1", port).ok());  // lets the server thread end
    first.close();
    cm.join();
    CHECK_FALSE(phone.connect("127.0.0.1", port, std::chrono::milliseconds(500)).ok());
  }
}
