// `show ephone-dn [N | summary]` and `show telephony-service ephone` (ephone_show.hpp). Texts:
// ios-texts.md §1.Q, §1.S and §1.W.
//
// Choices where the samples say nothing:
// - `show ephone-dn` state line: a DOWN dn prints `CH1 DOWN ` (§1.Q, 50/0/1); otherwise every
//   channel is `CH<n> ` + its state in 10 columns, the last in 12 (§1.Q, 50/0/2). Operation
//   State is UP for a DOWN dn and DORMANT otherwise, as in that sample.
// - `show ephone-dn N` of a dn that is not configured prints nothing.
// - `show ephone-dn summary` VPM STATE: EFXS_ONHOOK while the dn's first channel is DOWN, IDLE
//   or RINGING, EFXS_OFFHOOK otherwise (the IOS voice-port word for a lifted handset).
// - `show telephony-service ephone` prints §1.W's lines for the values OpenCME keeps (MAC, type,
//   buttons, keepalive, codec) and the defaults of the others; no feature-button, lpcor lines.
#include <fmt/format.h>

#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/ephone_show.hpp"
#include "modes/tables/ephone_view.hpp"

namespace cme::modes {

namespace {

using model::ChannelState;

/// "50/0/2 CH1 IDLE      CH2 IDLE        " or "50/0/1 CH1 DOWN ".
std::string state_line(unsigned tag, const std::vector<ChannelState>& channels) {
  std::string out = fmt::format("50/0/{} ", tag);
  if (channels.front() == ChannelState::Down) {
    return out + "CH1 DOWN \n";
  }
  for (std::size_t i = 0; i < channels.size(); ++i) {
    const auto width = i + 1 == channels.size() ? 12 : 10;
    out += fmt::format("CH{} {:<{}}", i + 1, model::to_string(channels[i]), width);
  }
  return out + "\n";
}

/// The EFXS voice-port dump of §1.Q for dn `tag`.
std::string voice_port_dump(const model::EphoneDn& dn, bool down, const std::string& ringing) {
  std::string out = fmt::format(
      "EFXS 50/0/{0} Slot is 50, Sub-unit is 0, Port is {0}\n"
      " Type of VoicePort is EFXS\n"
      " Operation State is {1}\n"
      " Administrative State is UP\n"
      " No Interface Down Failure\n"
      " Description is not set\n"
      " Noise Regeneration is enabled\n"
      " Non Linear Processing is enabled\n"
      " Non Linear Mute is disabled\n"
      " Non Linear Threshold is -21 dB\n"
      " Music On Hold Threshold is Set to -38 dBm\n"
      " In Gain is Set to 0 dB\n"
      " Out Attenuation is Set to 0 dB\n"
      " Echo Cancellation is enabled\n"
      " Echo Cancellation NLP mute is disabled\n"
      " Echo Cancellation NLP threshold is -21 dB\n"
      " Echo Cancel Coverage is set to 8 ms\n",
      dn.tag, down ? "UP" : "DORMANT");
  out +=
      " Playout-delay Mode is set to adaptive\n"
      " Playout-delay Nominal is set to 60 ms\n"
      " Playout-delay Maximum is set to 200 ms\n"
      " Playout-delay Minimum mode is set to default, value 40 ms \n"
      " Playout-delay Fax is set to 300 ms\n"
      " Connection Mode is normal\n"
      " Connection Number is not set\n"
      " Initial Time Out is set to 10 s\n"
      " Interdigit Time Out is set to 10 s\n"
      " Call Disconnect Time Out is set to 60 s\n";
  out += fmt::format(
      " Ringing Time Out is set to {} s\n"
      " Wait Release Time Out is set to 30 s\n"
      " Companding Type is u-law\n"
      " Region Tone is set for US\n"
      " Station name {}, Station number {}\n"
      " Caller ID Info Follows:\n"
      " Standard BELLCORE\n"
      " Translation profile (Incoming): \n"
      " Translation profile (Outgoing): \n"
      " Digit Duration Timing is set to 100 ms\n",
      ringing, dn.name.value_or("None"), dn.number ? dn.number->number : std::string("None"));
  return out;
}

ActionResult show_ephone_dn(CommandContext& ctx) {
  const auto& cme = ctx.view().cme;
  const std::string ringing = cme.telephony_service
                                  ? cme.telephony_service->options.value("timeouts ringing", "180")
                                  : std::string("180");
  const bool one = ctx.args.has("dn");
  const auto wanted = static_cast<unsigned>(ctx.args.get_int("dn"));
  for (const auto& [tag, dn] : cme.ephone_dns) {
    if (one && tag != wanted) {
      continue;
    }
    const auto channels = dn_channels(ctx.device.sccp(), tag);
    ctx.out += state_line(tag, channels);
    ctx.out += voice_port_dump(dn, channels.front() == ChannelState::Down, ringing);
  }
  return Unit{};
}

const char* vpm_state(ChannelState s) {
  switch (s) {
    case ChannelState::Down:
    case ChannelState::Idle:
    case ChannelState::Ringing:
      return "EFXS_ONHOOK";
    default:
      return "EFXS_OFFHOOK";
  }
}

/// §1.W: one ephone's block, ended by `!`.
std::string service_ephone_block(const model::Ephone& e, const model::Config& config) {
  const auto& ts = config.cme.telephony_service;
  const unsigned keepalive = e.keepalive.value_or(
      ts && ts->keepalive ? *ts->keepalive : model::kTelephonyKeepaliveDefault);
  std::string out = fmt::format("ephone {}\nDevice Security Mode: Non-Secure\n", e.tag);
  if (e.mac_address) {
    out += "mac-address " + model::to_string(*e.mac_address) + "\n";
  }
  if (e.type) {
    out += "type " + model::args(*e.type) + "\n";
  }
  if (!e.button.empty()) {
    out += "button  " + model::args(e.button) + "\n";
  }
  const std::string codec = e.options.value("codec", "g711ulaw");
  out += fmt::format(
      "keepalive {} auxiliary 30\n"
      "multicast-moh\n"
      "max-calls-per-button 8\n"
      "busy-trigger-per-button 0\n"
      "Always send media packets to this router: No\n"
      "Preferred codec: {}\n"
      "conference drop-mode never\n"
      "conference add-mode all\n"
      "conference admin: No\n"
      "privacy: Yes\n"
      "user-locale US\n"
      "network-locale US\n"
      "!\n",
      keepalive, codec.substr(0, codec.find(' ')));
  return out;
}

ActionResult show_service_ephone(CommandContext& ctx) {
  const auto& config = ctx.view();
  std::size_t registered = 0;
  for (const auto& v : ephone_views(config, ctx.device.sccp())) {
    registered += v.config && v.status.state == model::EphoneState::Registered ? 1 : 0;
  }
  ctx.out += fmt::format("Number of Configured ephones {} (Registered {})\n",
                         config.cme.ephones.size(), registered);
  for (const auto& [tag, e] : config.cme.ephones) {
    ctx.out += service_ephone_block(e, config);
  }
  return Unit{};
}

}  // namespace

std::string ephone_dn_summary_text(const model::Config& config, const model::SccpStatus* sccp) {
  std::string out =
      "PORT     DN STATE    CODEC    VAD VTSP STATE            VPM STATE\n"
      "======== ==========  ======== === ===================== =========\n";
  bool first = true;
  for (const auto& [tag, dn] : config.cme.ephone_dns) {
    const auto state = dn_channels(sccp, tag).front();
    out += first ? "" : " \n";
    first = false;
    out += fmt::format("{:<9}{:<12}-         -  -                     {:<24}\n",
                       fmt::format("50/0/{}", tag), model::to_string(state), vpm_state(state));
  }
  return out;
}

void add_ephone_dn_show_commands(CommandTable& t) {
  t.show("show ephone-dn [<1-15000>$dn]", {"", "ephone directory numbers", "ephone-dn tag"},
         show_ephone_dn);
  t.show("show ephone-dn summary", {"", "", "One line per ephone-dn voice port"},
         [](CommandContext& ctx) -> ActionResult {
           ctx.out += ephone_dn_summary_text(ctx.view(), ctx.device.sccp());
           return Unit{};
         });
  t.show("show telephony-service ephone", {"", "", "Configuration of each ephone"},
         show_service_ephone);
}

}  // namespace cme::modes
