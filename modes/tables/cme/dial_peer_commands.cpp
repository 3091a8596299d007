// dial-peer voice commands with typed fields (seed 001's SIP dial-peer: preference,
// destination-pattern, session protocol sipv2, session target ipv4:A, dtmf-relay; b2bua from
// the command reference).
#include <fmt/format.h>

#include "grammar/values/values.hpp"
#include "modes/detail/cme_values.hpp"
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

namespace {

using model::DialPeer;
using model::SessionTarget;

/// Reads a port after ':' (1-65535) from the end of `text`; true when there is none.
bool take_port(std::string_view& text, std::optional<unsigned>& port) {
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos) {
    return true;
  }
  const auto digits = text.substr(colon + 1);
  if (digits.empty() || digits.size() > 5 ||
      digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return false;
  }
  const auto value = std::stoul(std::string(digits));
  if (value < 1 || value > 65535) {
    return false;
  }
  port = static_cast<unsigned>(value);
  text = text.substr(0, colon);
  return true;
}

/// `ipv4:A.B.C.D[:port]`, `dns:host[:port]`, `registrar`, `sip-server`.
std::optional<SessionTarget> parse_target(std::string_view text) {
  SessionTarget t;
  if (text == "registrar" || text == "sip-server") {
    t.kind = text == "registrar" ? SessionTarget::Kind::Registrar : SessionTarget::Kind::SipServer;
    return t;
  }
  const bool ipv4 = text.starts_with("ipv4:");
  if (!ipv4 && !text.starts_with("dns:")) {
    return std::nullopt;
  }
  text.remove_prefix(ipv4 ? 5 : 4);
  if (!take_port(text, t.port) || text.empty()) {
    return std::nullopt;
  }
  if (ipv4) {
    const auto ip = grammar::values::parse_ipv4(text);
    if (!ip) {
      return std::nullopt;
    }
    t.address = model::Ipv4{ip->address};
  } else {
    t.kind = SessionTarget::Kind::Dns;
    t.host = std::string(text);
  }
  return t;
}

ActionResult session_target(CommandContext& ctx, DialPeer& d) {
  if (ctx.negated()) {
    d.session_target.reset();
    return Unit{};
  }
  const auto text = ctx.args.get("target");
  const auto target = parse_target(text);
  if (!target) {
    return Err{make_semantic(fmt::format(
        "% Invalid session target {}: use ipv4:A.B.C.D[:port], dns:host[:port], registrar or "
        "sip-server",
        text))};
  }
  d.session_target = *target;
  return Unit{};
}

ActionResult dtmf_relay(CommandContext& ctx, DialPeer& d) {
  if (ctx.negated()) {
    d.dtmf_relay.reset();
    return Unit{};
  }
  std::string methods;
  const auto& words = ctx.args.words();
  for (std::size_t i = 1; i < words.size(); ++i) {
    methods += (methods.empty() ? "" : " ") + words[i];
  }
  d.dtmf_relay = methods;
  return Unit{};
}

}  // namespace

void add_dial_peer_commands(ObjectTable<DialPeer>& t) {
  t.field("description LINE$text", {"Description of the dial peer", "Text"},
          &DialPeer::description);
  t.field("preference <0-10>$order",
          {"Order among dial peers with the same pattern", "Preference, 0 is the highest"},
          &DialPeer::preference);
  t.field("destination-pattern PATTERN$pattern",
          {"Numbers this dial peer routes", "Dial pattern (digits, '.', 'T', [ranges])"},
          &DialPeer::destination_pattern);
  t.field("session protocol {sipv2 | cisco}$protocol",
          {"Session settings", "Signaling protocol of the call legs", "SIP (RFC 3261)",
           "Cisco session protocol"},
          &DialPeer::session_protocol);
  t.config(
      "session target WORD$target",
      {"", "Where calls are sent", "ipv4:A.B.C.D[:port], dns:host[:port], registrar or sip-server"},
      session_target);
  t.config(
      "dtmf-relay [cisco-rtp] [h245-alphanumeric] [h245-signal] [rtp-nte] [sip-info] "
      "[sip-kpml] [sip-notify]",
      {"How DTMF digits are relayed", "Cisco proprietary RTP", "H.245 alphanumeric", "H.245 signal",
       "RFC 2833 named telephone events", "SIP INFO", "SIP KPML", "SIP NOTIFY"},
      dtmf_relay);
  t.flag("b2bua", {"Act as a back-to-back user agent for calls of this dial peer"},
         &DialPeer::b2bua);
}

}  // namespace cme::modes
