// The ephone views and the `show ephone` blocks (ephone_view.hpp; ios-texts.md §1.A, §1.K,
// §1.O).
#include "modes/tables/ephone_view.hpp"

#include <fmt/format.h>

#include <array>
#include <map>

namespace cme::modes {

namespace {

constexpr std::array<std::string_view, 5> kEphoneConditions = {
    kDebugEphoneRegister, kDebugEphoneKeepalive, kDebugEphoneState, kDebugEphoneDetail,
    kDebugEphoneRaw};

/// The status of a configured ephone the service does not report.
model::EphoneStatus configured_status(const model::Ephone& e) {
  model::EphoneStatus s;
  s.tag = e.tag;
  s.mac = e.mac_address.value_or(model::MacAddress{});
  s.last_reset = "Initialized";
  return s;
}

/// "CH1   IDLE         CH2   IDLE         ": `CH<n>` + 3 spaces + state in 13 columns (§1.Y).
std::string channel_columns(const std::vector<model::ChannelState>& channels) {
  std::string out;
  for (std::size_t i = 0; i < channels.size(); ++i) {
    out += fmt::format("CH{}   {:<13}", i + 1, model::to_string(channels[i]));
  }
  return out;
}

/// `button 1: cw:1 ccw:(0 0) ` and `  dn 6  number 6006 CH1 ... overlay shared ` (§1.A).
std::string button_lines(const model::ButtonStatus& b) {
  std::string ccw;
  for (std::size_t i = 0; i < b.channels.size(); ++i) {
    ccw += i == 0 ? "0" : " 0";
  }
  std::string out =
      fmt::format("button {}: cw:{} ccw:({}) \n", b.button, b.call_waiting ? 1 : 0, ccw);
  out += fmt::format("  dn {:<2} number {} {}", b.dn, b.number, channel_columns(b.channels));
  out += b.overlay ? "overlay " : "";
  out += b.shared ? "shared " : "";
  return out + "\n";
}

/// "IP:10.4.188.99 * 50007 7965  keepalive 8424 max_line 2 available_line 2".
std::string ip_line(const model::EphoneStatus& s) {
  return fmt::format("IP:{} * {} {}  keepalive {} max_line {} available_line {}\n",
                     model::to_string(s.address), s.port, s.model.empty() ? "Unknown 0" : s.model,
                     s.keepalives, s.max_lines, s.available_lines);
}

/// The ephone's `codec` option without `dspfarm-assist`, g711ulaw by default.
/// "ephone-8[7] Mac:000A.B7B1.444A TCP socket:[5] activeLine:0 whisperLine:0 REGISTERED".
std::string header(const EphoneView& v) {
  const auto& s = v.status;
  return fmt::format("ephone-{}[{}] Mac:{} TCP socket:[{}] activeLine:{} whisperLine:0 {}", v.tag,
                     v.tag - 1, model::to_string(s.mac), s.socket, s.active_line,
                     model::to_string(s.state));
}

/// "mediaActive:0 whisper_mediaActive:0 startMedia:0 offhook:0 ringing:0 reset:0 reset_sent:0"
/// then " paging 0 debug:D" (`show ephone`, §1.A) or " debug:D" (`show ephone summary`, §1.K).
std::string flags_line(const model::EphoneStatus& s, bool debug, bool paging) {
  const int media = s.media_active ? 1 : 0;
  return fmt::format(
      "mediaActive:{} whisper_mediaActive:0 startMedia:{} offhook:{} ringing:{} reset:{} "
      "reset_sent:{}{} debug:{}",
      media, media, s.offhook ? 1 : 0, s.ringing ? 1 : 0, s.reset_pending ? 1 : 0,
      s.reset_sent ? 1 : 0, paging ? " paging 0" : "", debug ? 1 : 0);
}

std::string preferred_codec(const EphoneView& v) {
  const std::string codec =
      v.config ? v.config->options.value("codec", "g711ulaw") : std::string("g711ulaw");
  return codec.substr(0, codec.find(' '));
}

}  // namespace

std::vector<EphoneView> ephone_views(const model::Config& config, const model::SccpStatus* sccp) {
  std::map<unsigned, EphoneView> views;
  for (const auto& [tag, e] : config.cme.ephones) {
    views[tag] = EphoneView{tag, &e, configured_status(e), false};
  }
  if (sccp != nullptr) {
    for (auto& s : sccp->ephones()) {
      auto& v = views[s.tag];
      v.tag = s.tag;
      v.status = std::move(s);
      v.reported = true;
    }
  }
  std::vector<EphoneView> out;
  out.reserve(views.size());
  for (auto& [tag, v] : views) {
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<model::ChannelState> dn_channels(const model::SccpStatus* sccp, unsigned tag) {
  if (sccp != nullptr) {
    for (auto& dn : sccp->ephone_dns()) {
      if (dn.tag == tag && !dn.channels.empty()) {
        return std::move(dn.channels);
      }
    }
  }
  return {model::ChannelState::Down};
}

bool ephone_debug_on(const DebugFlags& flags, const model::MacAddress& mac) {
  const auto text = model::to_string(mac);
  for (auto condition : kEphoneConditions) {
    if (flags.is_on(condition, text)) {
      return true;
    }
  }
  return false;
}

std::string ephone_block(const EphoneView& v, bool debug) {
  const auto& s = v.status;
  std::string out = header(v);
  if (s.state == model::EphoneState::Registered) {
    out += fmt::format(" in SCCP ver {}/{} max_streams={}", s.phone_version, s.negotiated_version,
                       s.max_streams);
  }
  out += "\n" + flags_line(s, debug, true) + fmt::format(" caps:{}\n", s.caps);
  out += ip_line(s);
  if (!v.reported) {
    return out;
  }
  for (const auto& b : s.buttons) {
    out += button_lines(b);
  }
  for (const auto& d : s.speed_dials) {
    out += fmt::format("speed dial {}:{}{}\n", d.index, d.number,
                       d.label.empty() ? "" : " " + d.label);
  }
  out += "Preferred Codec: " + preferred_codec(v) + " \n";
  out += "Lpcor Type: none\n";
  return out;
}

std::string ephone_summary_block(const EphoneView& v, bool debug) {
  const auto& s = v.status;
  std::string out = header(v) + "\n" + flags_line(s, debug, false);
  if (!s.buttons.empty()) {
    out += fmt::format("  primary_dn: {}*", s.buttons.front().dn);
  }
  out += fmt::format("\nIP:{} * {}  keepalive {}   music 0", model::to_string(s.address),
                     s.model.empty() ? "Unknown 0" : s.model, s.keepalives);
  for (const auto& b : s.buttons) {
    out += fmt::format("  {}:{}", b.button, b.dn);
  }
  return out + "\n";
}

std::string attempt_time(const std::string& clock_text) {
  std::string out = clock_text;
  if (!out.empty() && out.front() == '*') {
    out.erase(0, 1);
  }
  const auto dot = out.find('.');
  const auto space = out.find(' ');
  if (dot != std::string::npos && space != std::string::npos && dot < space) {
    out.erase(dot, space - dot);
  }
  return out;
}

}  // namespace cme::modes
