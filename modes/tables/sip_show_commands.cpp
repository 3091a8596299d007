// Show commands of the running SIP service: `show voice register statistics` (the reference's
// sample, byte for byte) and `show sip-ua status registrar`; and `show ip address trusted list`
// (the command reference's sample of `ip address trusted list`). Without a running SIP service
// (batch runs, --no-runtime) the counters are zero and the tables empty.
#include <fmt/format.h>

#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/exec_show.hpp"

namespace cme::modes {

namespace {

ActionResult show_statistics(CommandContext& ctx) {
  const auto s =
      ctx.device.sip() ? ctx.device.sip()->statistics() : model::RegistrationStatistics{};
  ctx.out += fmt::format(
      "Global statistics\n"
      "  Active registrations  : {}\n"
      "  Total SIP phones registered: {}\n"
      "  Total Registration Statistics\n"
      "    Registration requests  : {}\n"
      "    Registration success   : {}\n"
      "    Registration failed    : {}\n"
      "    Failed-digest blocked  : {}\n",
      s.active, s.phones, s.requests, s.success, s.failed, s.blocked);
  return Unit{};
}

/// The host of a contact URI: "10.0.0.5" of "sip:2201@10.0.0.5:5060;transport=udp".
std::string_view contact_host(std::string_view contact) {
  if (const auto at = contact.find('@'); at != std::string_view::npos) {
    contact.remove_prefix(at + 1);
  } else if (const auto colon = contact.find(':'); colon != std::string_view::npos) {
    contact.remove_prefix(colon + 1);
  }
  return contact.substr(0, contact.find_first_of(":;>"));
}

/// One entry per registered number, in the layout of a real CME (ios-texts.md §6.Q): the
/// number, where the phone registered from, the seconds left and the contact host; the Call-ID
/// (padded to 46 columns) and the peer below at column 14. The peer is IOS's dynamic dial-peer
/// of the number; OpenCME creates none and shows "-".
ActionResult show_registrar(CommandContext& ctx) {
  ctx.out +=
      "Line          destination      expires(sec)  contact\n"
      "              call-id\n"
      "              peer\n"
      "============================================================\n";
  if (const auto* sip = ctx.device.sip()) {
    for (const auto& c : sip->contacts()) {
      for (const auto& number : c.numbers) {
        ctx.out +=
            fmt::format("{:<13} {:<16} {:<13} {}\n{:14}{:<46}\n{:14}-\n\n", number, c.address,
                        c.expires.count(), contact_host(c.contact), "", c.call_id, "");
      }
    }
  }
  return Unit{};
}

/// The phones that tried to register without matching a pool (OpenCME's layout: the reference
/// has no sample), oldest first.
ActionResult show_attempts(CommandContext& ctx) {
  ctx.out += "MAC address     IP address       User                 Attempts  Last attempt\n";
  if (const auto* sip = ctx.device.sip()) {
    for (const auto& a : sip->attempts()) {
      ctx.out +=
          fmt::format("{:<15} {:<16} {:<20} {:<9} {}\n", a.mac.empty() ? "-" : a.mac, a.address,
                      a.user.empty() ? "-" : a.user, a.attempts, Device::timestamp(a.last));
    }
  }
  return Unit{};
}

/// One leg in the layout of IOS `show sip-ua calls` (the fields OpenCME knows).
std::string call_leg(std::size_t n, const model::CallStatus& c, bool uac) {
  return fmt::format(
      "Call {}\n"
      "SIP Call ID                : {}\n"
      "   State of the call       : STATE_{}\n"
      "   Calling Number          : {}\n"
      "   Called Number           : {}\n"
      "   Route                   : {}\n"
      "   Remote Addr:Port        : {}\n"
      "   Call Duration           : {} sec\n"
      "   Session Expires         : {}\n\n",
      n, uac ? c.b_call_id : c.a_call_id, c.state, c.calling, c.called, c.target,
      uac ? c.b_peer : c.a_peer, c.duration.count(),
      c.session_expires.count() == 0 ? std::string("none")
                                     : std::to_string(c.session_expires.count()) + " sec");
}

ActionResult show_calls(CommandContext& ctx) {
  const auto calls =
      ctx.device.sip() ? ctx.device.sip()->calls() : std::vector<model::CallStatus>{};
  ctx.out += fmt::format("Total SIP call legs:{}, User Agent Client:{}, User Agent Server:{}\n",
                         calls.size() * 2, calls.size(), calls.size());
  for (bool uac : {true, false}) {
    ctx.out += uac ? "SIP UAC CALL INFO\n" : "SIP UAS CALL INFO\n";
    for (std::size_t i = 0; i < calls.size(); ++i) {
      ctx.out += call_leg(i + 1, calls[i], uac);
    }
  }
  return Unit{};
}

/// The trusted-address settings of voice service voip (defaults without it: authentication on,
/// cause 21). The reference's sample names cause 21 only; other causes print as their number.
ActionResult show_trusted_list(CommandContext& ctx) {
  const auto& voip = ctx.view().cme.voice_service_voip;
  const model::OptionList none;
  const auto& options = voip ? voip->options : none;
  const auto* authenticate = options.find("ip address trusted authenticate");
  const char* state = authenticate && authenticate->text.starts_with("no ") ? "DOWN" : "UP";
  std::string cause = options.value("ip address trusted call-block cause", "21");
  if (cause == "21") {
    cause = "call-reject (21)";
  }
  ctx.out += fmt::format(
      "IP Address Trusted Authentication\n"
      " Administration State: {}\n"
      " Operation State:      {}\n\n"
      "IP Address Trusted Call Block Cause: {}\n\n"
      "IP Address Trusted List:\n",
      state, state, cause);
  if (voip && voip->trusted_list) {
    for (const auto& e : voip->trusted_list->ipv4) {
      ctx.out += " ipv4 " + args(e) + '\n';
    }
  }
  return Unit{};
}

ActionResult clear_attempts(CommandContext& ctx) {
  if (auto* sip = ctx.device.sip()) {
    sip->clear_attempts(std::string(ctx.args.get("ip")), std::string(ctx.args.get("mac")));
  }
  return Unit{};
}

}  // namespace

void add_sip_show_commands(CommandTable& priv) {
  priv.show("show voice register pool attempted-registrations",
            {"", "", "", "", "Phones that tried to register without a matching pool"},
            show_attempts);
  priv.plain("clear voice register attempted-registrations [{ip A.B.C.D$ip | mac H.H.H$mac}]",
             {"", "Voice information", "SIP phone registration",
              "Forget the phones that tried to register", "By IP address", "IP address",
              "By MAC address", "MAC address"},
             clear_attempts);
  priv.show("show voice register statistics", {"", "", "", "Registration statistics"},
            show_statistics);
  priv.show("show sip-ua calls", {"", "", "SIP UA calls"}, show_calls);
  priv.show("show ip address trusted list",
            {"", "IP information", "IP address information", "Trusted addresses for VoIP calls",
             "The trusted address list"},
            show_trusted_list);
  priv.show("show sip-ua status registrar",
            {"", "SIP User Agent", "SIP User Agent status", "Registrar status"}, show_registrar);
}

}  // namespace cme::modes
