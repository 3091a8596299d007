#include "runtime/sccp/registry/registry_history.hpp"


namespace cme::runtime::sccp {

namespace {

model::Ipv4 ipv4_of(const std::string& text) {
  return model::ipv4_from_text(text).value_or(model::Ipv4{});
}

/// `Last=` reason of the registration that ended (ios-texts.md §2.H list).
std::string last_reason(const EphoneSession& s, SessionEnd why) {
  switch (why) {
    case SessionEnd::Reset:
      return s.reset_type() == 2 ? "Reset-Restart" : "Reset-Reset";
    case SessionEnd::KeepaliveLost:
      return "TCP-timeout";
    case SessionEnd::Unregistered:
    case SessionEnd::ConnectionLost:
      return "CM-closed-TCP";
    case SessionEnd::Disconnected:
    case SessionEnd::Replaced:
      return "CM-reset-TCP";
    default:
      return "CM-bad-state";
  }
}

}  // namespace

std::string model_text(std::uint32_t device_type) {
  switch (device_type) {
    case 6:
      return "Telecaster 7910";
    case 7:
      return "Telecaster 7960";
    case 8:
      return "Telecaster 7940";
    default:
      break;
  }
  const auto* m = model_by_device_type(device_type);
  return m ? std::string(m->type) : std::string();
}

void EphoneRegistry::History::registered(const EphoneSession& session) {
  const auto& r = *session.registration();
  if (!last.load.empty() && last.load != r.firmware_load_name) {
    last.previous_load = last.load;
  }
  last.tag = session.profile()->tag;
  last.mac = session.mac();
  last.state = model::EphoneState::Registered;
  last.address = ipv4_of(session.address());
  last.device_type = r.device_type;
  last.model = model_text(r.device_type);
  last.phone_version = r.protocol_version;
  last.negotiated_version = session.protocol();
  last.max_streams = r.max_streams;
  last.load = r.firmware_load_name;
  last.keepalive_interval = std::chrono::seconds(session.profile()->keepalive.seconds);
  last.registered_at = session.registered_at();
}

void EphoneRegistry::History::ended(const EphoneSession& session, SessionEnd why) {
  last.state = why == SessionEnd::KeepaliveLost ? model::EphoneState::Deceased
                                                : model::EphoneState::Unregistered;
  last.socket = -1;
  last.last_reset = last_reason(session, why);
  last.reset_sent = false;
}

model::EphoneStatus live_status(const EphoneSession& session, const model::EphoneStatus& last) {
  model::EphoneStatus s = last;
  const auto& p = *session.profile();
  s.socket = static_cast<int>(session.socket());
  s.keepalives = session.counters().keepalives;
  s.caps = static_cast<unsigned>(session.capabilities().size());
  s.reset_sent = session.reset_sent();
  // `max_line`: the buttons of the phone's template; `available_line`: those without a line.
  const auto lines = static_cast<unsigned>(p.buttons.size());
  s.max_lines = lines;
  for (const auto& line : p.lines) {
    model::ButtonStatus b;
    b.button = line.button;
    b.dn = line.dns.empty() ? 0 : line.dns.front();
    b.number = line.number;
    b.overlay = line.dns.size() > 1;
    s.buttons.push_back(std::move(b));
  }
  s.available_lines = lines > s.buttons.size() ? lines - static_cast<unsigned>(s.buttons.size()) : 0;
  for (const auto& sd : p.speed_dials) {
    s.speed_dials.push_back({sd.instance, sd.number, sd.label});
  }
  return s;
}

}  // namespace cme::runtime::sccp
