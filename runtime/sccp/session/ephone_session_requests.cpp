// EphoneSession: the answers to a registered phone's requests and what its reports store
// (sccp.md §5.1 table: the CM answers each request whenever it arrives).
#include <chrono>

#include "runtime/sccp/session/ephone_session.hpp"
#include "runtime/sccp/session/profile_messages.hpp"
#include "runtime/sccp/session/soft_keys.hpp"

namespace cme::runtime::sccp {

namespace {

DefineTimeDate time_date(std::chrono::system_clock::time_point local,
                         std::chrono::system_clock::time_point utc) {
  using namespace std::chrono;
  const auto day = floor<days>(local);
  const year_month_day ymd{day};
  const hh_mm_ss hms{floor<milliseconds>(local - day)};
  DefineTimeDate t;
  t.year = static_cast<std::uint32_t>(static_cast<int>(ymd.year()));
  t.month = static_cast<unsigned>(ymd.month());
  t.day_of_week = weekday{day}.c_encoding();
  t.day = static_cast<unsigned>(ymd.day());
  t.hour = static_cast<std::uint32_t>(hms.hours().count());
  t.minute = static_cast<std::uint32_t>(hms.minutes().count());
  t.second = static_cast<std::uint32_t>(hms.seconds().count());
  t.milliseconds = static_cast<std::uint32_t>(hms.subseconds().count());
  t.system_time = static_cast<std::uint32_t>(duration_cast<seconds>(utc.time_since_epoch()).count());
  return t;
}

}  // namespace

void EphoneSession::handle_request(const Message& m) {
  const auto& p = *profile_;
  if (std::holds_alternative<ButtonTemplateReq>(m)) {
    send(button_template(p, protocol_));
  } else if (std::holds_alternative<SoftKeyTemplateReq>(m)) {
    send(p.soft_keys->templ);
  } else if (std::holds_alternative<SoftKeySetReq>(m)) {
    send(p.soft_keys->sets);
    send(SelectSoftKeys{0, 0, 0, 0xFFFFFFFF});  // the idle set (sccp.md §5.1 step 7)
  } else if (const auto* line = std::get_if<LineStatReq>(&m)) {
    send(line_stat(p, line->value));
  } else if (const auto* sd = std::get_if<SpeedDialStatReq>(&m)) {
    send(speed_dial_stat(p, sd->value));
  } else if (const auto* fwd = std::get_if<ForwardStatReq>(&m)) {
    send(forward_stat(fwd->value));
  } else if (const auto* feature = std::get_if<FeatureStatReq>(&m)) {
    send(feature_stat(p, feature->feature_index));
  } else if (std::holds_alternative<ConfigStatReq>(m)) {
    send(config_stat(p, device_name_));
  } else if (std::holds_alternative<TimeDateReq>(m)) {
    const auto utc = clock_.system_now();
    send(time_date(owner_.local_time(utc), utc));
  } else if (std::holds_alternative<VersionReq>(m)) {
    send(Version{p.load.empty() && register_ ? register_->firmware_load_name : p.load});
  } else {
    handle_report(m);
  }
}

void EphoneSession::handle_report(const Message& m) {
  if (const auto* port = std::get_if<IpPort>(&m)) {
    media_port_ = port->value;
  } else if (const auto* alarm = std::get_if<Alarm>(&m)) {
    // ios-texts.md §2.B: "%IPPHONE-6-REG_ALARM: 22: Name=SEP... Load=... Last=Reset-Reset"; the
    // phone's text carries Name/Load/Last, its first parameter the code.
    owner_.log("%IPPHONE-6-REG_ALARM: " + std::to_string(alarm->param1) + ": " + alarm->text);
  } else if (const auto* caps = std::get_if<CapabilitiesRes>(&m)) {
    capabilities_.clear();
    for (std::uint32_t i = 0; i < caps->count && i < CapabilitiesRes::kMaxCapabilities; ++i) {
      capabilities_.push_back(caps->capabilities[i].payload_capability);
    }
  } else if (std::holds_alternative<HeadsetStatus>(m) ||
             std::holds_alternative<RegisterAvailableLines>(m)) {
    // Stored by the phone's state only when call control needs them (issue 19).
  } else {
    ++counters_.unhandled;
  }
}

}  // namespace cme::runtime::sccp
