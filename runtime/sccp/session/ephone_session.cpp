#include "runtime/sccp/session/ephone_session.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "runtime/sccp/session/sccp_debug.hpp"

namespace cme::runtime::sccp {

bool valid_device_name(std::string_view name) {
  return name.size() == 15 && name.substr(0, 3) == "SEP" &&
         std::all_of(name.begin() + 3, name.end(),
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

std::optional<model::MacAddress> device_mac(std::string_view name) {
  if (!valid_device_name(name)) {
    return std::nullopt;
  }
  model::MacAddress mac;
  for (std::size_t i = 0; i < mac.bytes.size(); ++i) {
    const char* first = name.data() + 3 + 2 * i;
    std::from_chars(first, first + 2, mac.bytes[i], 16);
  }
  return mac;
}

EphoneSession::EphoneSession(unsigned socket, std::string address, SessionLink& link,
                             SessionOwner& owner, const Clock& clock, TimerService& timers)
    : socket_(socket),
      address_(std::move(address)),
      link_(link),
      owner_(owner),
      clock_(clock),
      timers_(timers) {
  timer_ = timers_.schedule(kRegisterTimeout, [this] {
    timer_ = 0;
    if (state_ == SessionState::Connected) {
      end(SessionEnd::IdleTimeout);
    }
  });
}

EphoneSession::~EphoneSession() {
  if (timer_ != 0) {
    timers_.cancel(timer_);
  }
}

void EphoneSession::receive(std::span<const std::uint8_t> bytes) {
  if (state_ == SessionState::Ended) {
    return;
  }
  reader_.feed(bytes);
  while (state_ != SessionState::Ended) {
    auto next = reader_.next();
    if (!next) {
      owner_.log(bad_input_text(next.error().reason + ": connection closed"));
      end(SessionEnd::ProtocolError);
      return;
    }
    if (!next.value()) {
      return;  // more bytes needed
    }
    const Frame& frame = *next.value();
    ++counters_.frames_in;
    if (owner_.debugging("raw", *this)) {
      for (const auto& line : raw_received_lines(frame, socket_)) {
        owner_.trace(line);
      }
    }
    auto decoded = decode(frame, protocol_);
    if (!decoded) {
      if (counters_.unknown_messages++ == 0) {  // the first one is logged, all are counted
        owner_.log(bad_input_text(decoded.error().reason + " (further ones counted)"));
      }
      continue;
    }
    if (decoded->short_payload) {
      ++counters_.short_payloads;
    }
    handle(*decoded);
  }
}

void EphoneSession::handle(const Decoded& decoded) {
  const auto& m = decoded.message;
  if (const auto* r = std::get_if<Register>(&m)) {
    handle_register(*r);
    return;
  }
  if (state_ != SessionState::Registered) {
    // Before Register only Register counts (and a KeepAlive is not answered: chan_skinny).
    ++counters_.unhandled;
    return;
  }
  if (std::holds_alternative<KeepAlive>(m)) {
    ++counters_.keepalives;
    last_keepalive_ = clock_.steady_now();
    if (owner_.debugging("keepalive", *this)) {
      owner_.trace(prefix() + "Keepalive socket[" + std::to_string(socket_) + "] " +
                   device_name_ + " ");
    }
    send(KeepAliveAck{});
    return;
  }
  if (const auto* u = std::get_if<Unregister>(&m)) {
    (void)u;
    send(UnregisterAck{0});
    end(SessionEnd::Unregistered);
    return;
  }
  handle_request(m);
}

void EphoneSession::handle_register(const Register& r) {
  if (state_ != SessionState::Connected) {
    ++counters_.unhandled;  // a second Register on a live session is ignored
    return;
  }
  if (!valid_device_name(r.device_name)) {
    owner_.log(bad_input_text("Register with a bad DeviceName: connection closed"));
    end(SessionEnd::ProtocolError);
    return;
  }
  device_name_ = r.device_name;
  mac_ = *device_mac(device_name_);
  mac_text_ = model::to_string(mac_);
  register_ = r;
  if (owner_.debugging("register", *this)) {
    for (const auto& line : register_lines(r, socket_, address_)) {
      owner_.trace(line);
    }
  }
  auto admitted = owner_.admit(*this, r);
  if (!admitted) {
    send(RegisterReject{admitted.error()});
    end(SessionEnd::Rejected);
    return;
  }
  profile_ = std::move(admitted).value();
  protocol_ = std::min<std::uint32_t>(r.protocol_version, kMaxProtocolVersion);
  RegisterAck ack;
  ack.keepalive_interval = ack.secondary_keepalive_interval = profile_->keepalive.seconds;
  ack.date_template = profile_->date_template;
  send(ack);
  send(CapabilitiesReq{});
  state_ = SessionState::Registered;
  registered_at_ = clock_.system_now();
  last_keepalive_ = clock_.steady_now();
  if (owner_.debugging("register", *this)) {
    owner_.trace(prefix() + "RegisterAck sent to ephone " + std::to_string(profile_->tag) +
                 ": keepalive period " + std::to_string(profile_->keepalive.seconds));
  }
  if (timer_ != 0) {
    timers_.cancel(std::exchange(timer_, 0));
  }
  arm_keepalive_timer(std::chrono::seconds(kMissedKeepalives * profile_->keepalive.seconds));
  owner_.registered(*this);
}

void EphoneSession::arm_keepalive_timer(std::chrono::milliseconds delay) {
  timer_ = timers_.schedule(delay, [this] {
    timer_ = 0;
    keepalive_check();
  });
}

void EphoneSession::keepalive_check() {
  if (state_ != SessionState::Registered) {
    return;
  }
  // One timer per phone, moved only when it fires: a KeepAlive costs no timer operation.
  const auto limit = std::chrono::seconds(kMissedKeepalives * profile_->keepalive.seconds);
  const auto idle = clock_.steady_now() - last_keepalive_;
  if (idle >= limit) {
    end(SessionEnd::KeepaliveLost);
    return;
  }
  arm_keepalive_timer(std::chrono::duration_cast<std::chrono::milliseconds>(limit - idle));
}

void EphoneSession::connection_closed() {
  if (state_ != SessionState::Ended) {
    end(reset_sent_ != 0 ? SessionEnd::Reset : SessionEnd::ConnectionLost);
  }
}

void EphoneSession::reset(std::uint32_t type) {
  if (state_ != SessionState::Registered) {
    return;
  }
  reset_sent_ = type;
  send(Reset{type});
}

void EphoneSession::disconnect(SessionEnd why) {
  if (state_ != SessionState::Ended) {
    end(why);
  }
}

void EphoneSession::send(const Message& m) {
  auto bytes = encode(m, protocol_);
  ++counters_.frames_out;
  if (owner_.debugging("raw", *this)) {
    for (const auto& line : raw_sent_lines(bytes, socket_)) {
      owner_.trace(line);
    }
  }
  link_.send(std::move(bytes));
}

void EphoneSession::end(SessionEnd why) {
  state_ = SessionState::Ended;
  if (timer_ != 0) {
    timers_.cancel(std::exchange(timer_, 0));
  }
  link_.close();
  owner_.ended(*this, why);
}

std::string EphoneSession::bad_input_text(const std::string& what) const {
  return "%SCCP-4-BADMSG: socket [" + std::to_string(socket_) + "] " + address_ +
         (device_name_.empty() ? std::string() : " " + device_name_) + ": " + what;
}

std::string EphoneSession::prefix() const {
  return debug_prefix(profile_ ? profile_->tag : 0, socket_);
}

}  // namespace cme::runtime::sccp
