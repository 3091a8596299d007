#include "bench/sccp_register/phone_fleet.hpp"

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <variant>

#include "bench/sccp_register/startup_config.hpp"
#include "runtime/sccp/codec/codec.hpp"
#include "runtime/sccp/codec/frame_reader.hpp"
#include "tests/support/sccp_samples.hpp"

namespace cme::bench {

namespace sccp = runtime::sccp;
using boost::asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::uint32_t kProtocol = 17;               ///< a 7941 with firmware 8.5 (sccp.md §5.1)
constexpr auto kTick = std::chrono::milliseconds(1);  // keepalives batched at most 1 ms
constexpr auto kAckGrace = std::chrono::seconds(2);

std::uint32_t id_of(sccp::MessageId id) {
  return static_cast<std::uint32_t>(id);
}

/// The Register of a 7941 (device type 115) as the SCCP test phone sends it.
sccp::Bytes register_frame(std::size_t index) {
  return sccp::encode(test::sccp_sample_register(phone_mac(index), 115, kProtocol), 0);
}

/// What the phone sends on RegisterAck, in one write: CapabilitiesRes (G.711 mu-law and A-law,
/// G.729a), the template requests, LineStatReq for its one line, RegisterAvailableLines,
/// TimeDateReq.
sccp::Bytes pipelined_requests() {
  const std::array<sccp::Message, 7> requests = {test::sccp_sample_capabilities(),
                                                 sccp::ButtonTemplateReq{},
                                                 sccp::SoftKeyTemplateReq{},
                                                 sccp::SoftKeySetReq{},
                                                 sccp::LineStatReq{1},
                                                 sccp::RegisterAvailableLines{1},
                                                 sccp::TimeDateReq{}};
  sccp::Bytes out;
  for (const auto& m : requests) {
    const auto frame = sccp::encode(m, kProtocol);
    out.insert(out.end(), frame.begin(), frame.end());
  }
  return out;
}

}  // namespace

struct PhoneFleet::Phone {
  enum class State { Idle, Registering, Registered, Failed };
  Phone(boost::asio::io_context& io, std::size_t i) : socket(io), index(i) {}
  tcp::socket socket;
  std::size_t index;
  State state = State::Idle;
  sccp::FrameReader reader;
  std::array<std::uint8_t, 2048> chunk{};
};

PhoneFleet::PhoneFleet(boost::asio::io_context& io, FleetOptions options)
    : io_(io),
      options_(std::move(options)),
      pipelined_(pipelined_requests()),
      keepalive_(sccp::encode(sccp::KeepAlive{}, kProtocol)) {
  phones_.reserve(options_.phones);
  for (std::size_t i = 0; i < options_.phones; ++i) {
    phones_.push_back(std::make_unique<Phone>(io_, i));
  }
}

PhoneFleet::~PhoneFleet() {
  close_all();
}

RegistrationResult PhoneFleet::register_all() {
  const auto start = Clock::now();
  for (std::size_t i = 0; i < std::min(options_.concurrency, phones_.size()); ++i) {
    start_next();
  }
  boost::asio::steady_timer deadline(io_, options_.register_timeout);
  deadline.async_wait([this](boost::system::error_code ec) {
    if (!ec) {
      io_.stop();
    }
  });
  if (done_ < phones_.size()) {
    io_.restart();
    io_.run();
  }
  deadline.cancel();
  registration_.unfinished = phones_.size() - done_;
  const auto end = registration_.unfinished == 0 ? last_registered_ : Clock::now();
  registration_.seconds = std::chrono::duration<double>(end - start).count();
  return registration_;
}

void PhoneFleet::start_next() {
  if (next_ < phones_.size()) {
    connect(*phones_[next_++]);
  }
}

void PhoneFleet::connect(Phone& phone) {
  phone.state = Phone::State::Registering;
  const tcp::endpoint server(boost::asio::ip::make_address(options_.address), options_.port);
  phone.socket.async_connect(server, [this, &phone](boost::system::error_code ec) {
    if (ec) {
      fail(phone, "connect: " + ec.message(), false);
      return;
    }
    phone.socket.set_option(tcp::no_delay(true), ec);
    send(phone, register_frame(phone.index));
    read(phone);
  });
}

void PhoneFleet::read(Phone& phone) {
  phone.socket.async_read_some(boost::asio::buffer(phone.chunk),
                               [this, &phone](boost::system::error_code ec, std::size_t n) {
                                 if (ec) {
                                   fail(phone, "read: " + ec.message(), false);
                                   return;
                                 }
                                 phone.reader.feed(std::span(phone.chunk.data(), n));
                                 for (auto r = phone.reader.next();
                                      phone.state != Phone::State::Failed;
                                      r = phone.reader.next()) {
                                   if (!r.ok()) {
                                     fail(phone, "framing: " + r.error().reason, false);
                                     return;
                                   }
                                   if (!r.value()) {
                                     break;
                                   }
                                   on_frame(phone, r.value()->message_id, r.value()->payload);
                                 }
                                 if (phone.state != Phone::State::Failed) {
                                   read(phone);
                                 }
                               });
}

void PhoneFleet::on_frame(Phone& phone, std::uint32_t id,
                          const std::vector<std::uint8_t>& payload) {
  if (phone.state == Phone::State::Registered) {
    keepalive_result_.acked += id == id_of(sccp::MessageId::KeepAliveAck) ? 1 : 0;
    return;
  }
  if (options_.mode == FleetMode::Anchor) {
    on_registered(phone);
  } else if (id == id_of(sccp::MessageId::RegisterAck)) {
    send(phone, pipelined_);
  } else if (id == id_of(sccp::MessageId::DefineTimeDate)) {
    on_registered(phone);
  } else if (id == id_of(sccp::MessageId::RegisterReject)) {
    sccp::Frame frame{0, id, payload};
    const auto reject = sccp::decode(frame, 0);
    const auto* text =
        reject.ok() ? std::get_if<sccp::RegisterReject>(&reject.value().message) : nullptr;
    fail(phone, "RegisterReject: " + (text ? text->text : std::string("?")), true);
  }
}

void PhoneFleet::on_registered(Phone& phone) {
  phone.state = Phone::State::Registered;
  ++registration_.registered;
  last_registered_ = Clock::now();
  finish_one();
}

void PhoneFleet::fail(Phone& phone, const std::string& why, bool rejected) {
  if (phone.state == Phone::State::Failed || closing_) {
    return;
  }
  const bool was_registered = phone.state == Phone::State::Registered;
  phone.state = Phone::State::Failed;
  boost::system::error_code ignored;
  phone.socket.close(ignored);
  if (was_registered) {
    ++keepalive_result_.lost_phones;
    return;
  }
  (rejected ? registration_.rejected : registration_.failed) += 1;
  if (registration_.first_error.empty()) {
    registration_.first_error = "SEP" + phone_mac(phone.index) + ": " + why;
  }
  finish_one();
}

void PhoneFleet::send(Phone& phone, const std::vector<std::uint8_t>& bytes) {
  // A few hundred bytes into an idle socket's send buffer: a blocking write returns at once.
  boost::system::error_code ec;
  boost::asio::write(phone.socket, boost::asio::buffer(bytes), ec);
  if (ec) {
    fail(phone, "write: " + ec.message(), false);
  }
}

void PhoneFleet::finish_one() {
  if (++done_ == phones_.size()) {
    io_.stop();
  } else {
    start_next();
  }
}

KeepaliveResult PhoneFleet::keep_alive(std::chrono::milliseconds interval,
                                       std::chrono::milliseconds window) {
  keepalive_result_ = {};
  keepalive_cursor_ = 0;
  ticker_ = std::make_unique<boost::asio::steady_timer>(io_);
  const auto start = Clock::now();
  tick(start, interval, window);
  io_.restart();
  io_.run();
  return keepalive_result_;
}

void PhoneFleet::tick(Clock::time_point start, std::chrono::milliseconds interval,
                      std::chrono::milliseconds window) {
  const auto elapsed = Clock::now() - start;
  send_due(std::min<Clock::duration>(elapsed, window), interval);
  const bool all_acked = keepalive_result_.acked >= keepalive_result_.sent;
  if (elapsed >= window && (all_acked || elapsed >= window + kAckGrace)) {
    keepalive_result_.seconds = std::chrono::duration<double>(elapsed).count();
    io_.stop();
    return;
  }
  ticker_->expires_after(kTick);
  ticker_->async_wait([this, start, interval, window](boost::system::error_code ec) {
    if (!ec) {
      tick(start, interval, window);
    }
  });
}

void PhoneFleet::send_due(Clock::duration elapsed, std::chrono::milliseconds interval) {
  // Phone i sends at (k * N + i) / N intervals from the start: the N phones evenly over each.
  using std::chrono::microseconds;
  const auto n = static_cast<std::uint64_t>(phones_.size());
  const auto us =
      static_cast<std::uint64_t>(std::chrono::duration_cast<microseconds>(elapsed).count());
  const auto per =
      static_cast<std::uint64_t>(std::chrono::duration_cast<microseconds>(interval).count());
  const auto due = static_cast<std::size_t>(n * us / per);
  for (; keepalive_cursor_ < due; ++keepalive_cursor_) {
    Phone& phone = *phones_[keepalive_cursor_ % phones_.size()];
    if (phone.state == Phone::State::Registered) {
      ++keepalive_result_.sent;
      send(phone, keepalive_);
    }
  }
}

void PhoneFleet::close_all() {
  closing_ = true;
  if (ticker_) {
    ticker_->cancel();
  }
  for (auto& phone : phones_) {
    boost::system::error_code ignored;
    phone->socket.close(ignored);
  }
  io_.restart();
  io_.poll();  // the aborted handlers run while the phones still exist
}

}  // namespace cme::bench
