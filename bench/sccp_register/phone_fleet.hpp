#pragma once
// PhoneFleet: N SCCP phones on one io_context, each its own TCP connection, no thread per phone.
//
// Registration (FleetMode::Sccp, a 7941 at protocol 17, sccp.md §5.1): connect, Register; on
// RegisterAck send CapabilitiesRes, ButtonTemplateReq, SoftKeyTemplateReq, SoftKeySetReq,
// LineStatReq 1, RegisterAvailableLines and TimeDateReq in one write (pipelined); the phone
// counts as registered when DefineTimeDate arrives. FleetMode::Anchor: the phone counts as
// registered at the first answer to its Register (the anchor answers one frame per frame).
// At most `concurrency` phones are between connect and registered at a time (OpenCME keeps at
// most EphoneRegistry::kMaxUnregistered = 256 unregistered connections).
//
// Keepalive: every phone sends one KeepAlive per interval, the N phones spread evenly over it
// (phone i at i/N of the interval), and counts KeepAliveAcks.

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cme::bench {

enum class FleetMode { Sccp, Anchor };

struct FleetOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 0;
  std::size_t phones = 5000;
  std::size_t concurrency = 200;
  FleetMode mode = FleetMode::Sccp;
  std::chrono::seconds register_timeout{60};
};

struct RegistrationResult {
  std::size_t registered = 0;
  std::size_t rejected = 0;    ///< RegisterReject
  std::size_t failed = 0;      ///< connect errors, closed connections, framing errors
  std::size_t unfinished = 0;  ///< still registering at the timeout
  double seconds = 0;          ///< first connect to the last phone registered (or the timeout)
  std::string first_error;
};

struct KeepaliveResult {
  std::size_t sent = 0;
  std::size_t acked = 0;
  std::size_t lost_phones = 0;  ///< connections closed during the window
  double seconds = 0;           ///< the window plus the wait for the last acks
};

class PhoneFleet {
 public:
  PhoneFleet(boost::asio::io_context& io, FleetOptions options);
  ~PhoneFleet();
  PhoneFleet(const PhoneFleet&) = delete;
  PhoneFleet& operator=(const PhoneFleet&) = delete;

  /// Registers every phone; returns when all are done (registered or failed) or at the timeout.
  RegistrationResult register_all();
  /// Keeps the registered phones alive for `window` with one KeepAlive per phone per
  /// `interval`, then waits up to 2 s for the outstanding acks.
  KeepaliveResult keep_alive(std::chrono::milliseconds interval, std::chrono::milliseconds window);
  /// Closes every connection.
  void close_all();

  struct Phone;

 private:
  void start_next();
  void connect(Phone& phone);
  void read(Phone& phone);
  void on_frame(Phone& phone, std::uint32_t message_id, const std::vector<std::uint8_t>& payload);
  void on_registered(Phone& phone);
  void fail(Phone& phone, const std::string& why, bool rejected);
  void send(Phone& phone, const std::vector<std::uint8_t>& bytes);
  void finish_one();
  void tick(std::chrono::steady_clock::time_point start, std::chrono::milliseconds interval,
            std::chrono::milliseconds window);
  /// Sends the KeepAlives due `elapsed` into the window.
  void send_due(std::chrono::steady_clock::duration elapsed, std::chrono::milliseconds interval);

  boost::asio::io_context& io_;
  FleetOptions options_;
  std::vector<std::unique_ptr<Phone>> phones_;
  std::vector<std::uint8_t> pipelined_;  ///< the requests sent on RegisterAck
  std::vector<std::uint8_t> keepalive_;  ///< one KeepAlive frame
  std::size_t next_ = 0;                 ///< next phone to start registering
  std::size_t done_ = 0;                 ///< registered or failed
  std::chrono::steady_clock::time_point last_registered_{};
  RegistrationResult registration_;
  KeepaliveResult keepalive_result_;
  std::size_t keepalive_cursor_ = 0;  ///< keepalives scheduled so far in the window
  bool closing_ = false;              ///< close_all(): closed sockets are not failures
  std::unique_ptr<boost::asio::steady_timer> ticker_;
};

}  // namespace cme::bench
