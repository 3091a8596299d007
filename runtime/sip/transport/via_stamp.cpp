// stamp_top_via (via_stamp.hpp): the text path for the plain shape, and the parsed path for
// anything else.

#include "runtime/sip/transport/via_stamp.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "common/ascii.hpp"
#include "runtime/sip/message/detail/token_chars.hpp"
#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {
namespace {

/// A plain parameter name or value: token characters (RFC 3261 §25.1) and the ':' '[' ']' of
/// an unbracketed IPv6 `received` or `maddr`; not empty.
bool plain_run(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  for (char const c : text) {
    if (!detail::is_token_char(c) && c != ':' && c != '[' && c != ']') {
      return false;
    }
  }
  return true;
}

bool lower_host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

/// A port as to_string writes it: 1-5 digits, no leading zero, at most 65535.
bool plain_port(std::string_view text) {
  if (text.empty() || text.size() > 5 || (text[0] == '0' && text.size() > 1)) {
    return false;
  }
  unsigned value = 0;
  for (char const c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value <= 65535;
}

/// The sent-by host of a plain Via ("SIP/2.0/UDP host[:port];..."), and where its parameters
/// start; false when the text is not in the plain shape.
bool split_plain(std::string_view via, std::string_view& host, std::size_t& params_at) {
  constexpr std::string_view kPrefix = "SIP/2.0/";
  if (via.substr(0, kPrefix.size()) != kPrefix) {
    return false;
  }
  std::size_t pos = kPrefix.size();
  const std::size_t transport_at = pos;
  while (pos < via.size() && via[pos] >= 'A' && via[pos] <= 'Z') {
    ++pos;
  }
  if (pos == transport_at || pos >= via.size() || via[pos] != ' ') {
    return false;
  }
  const std::size_t host_at = ++pos;
  while (pos < via.size() && lower_host_char(via[pos])) {
    ++pos;
  }
  host = via.substr(host_at, pos - host_at);
  if (host.empty()) {
    return false;
  }
  if (pos < via.size() && via[pos] == ':') {
    const std::size_t port_at = ++pos;
    while (pos < via.size() && via[pos] != ';') {
      ++pos;
    }
    if (!plain_port(via.substr(port_at, pos - port_at))) {
      return false;
    }
  }
  params_at = pos;
  return pos == via.size() || via[pos] == ';';
}

enum class TextStamp { NotPlain, Unchanged, Stamped };

/// The text path: writes `out` only when it returns Stamped.
TextStamp stamp_text(std::string_view via, const net::Endpoint& source, std::string& out) {
  std::string_view host;
  std::size_t params_at = 0;
  if (!split_plain(via, host, params_at)) {
    return TextStamp::NotPlain;
  }
  // Check every parameter first, so that a shape failure leaves `out` unwritten.
  bool wants_rport = false;
  for (std::size_t pos = params_at; pos < via.size();) {
    const std::size_t end = std::min(via.find(';', pos + 1), via.size());
    const std::string_view param = via.substr(pos + 1, end - pos - 1);
    const std::size_t eq = param.find('=');
    const std::string_view name = param.substr(0, eq);
    if (!plain_run(name) || (eq != std::string_view::npos && !plain_run(param.substr(eq + 1)))) {
      return TextStamp::NotPlain;
    }
    wants_rport = wants_rport || equal_ci(name, "rport");
    pos = end;
  }
  const bool add_received = host != source.address || wants_rport;
  if (!add_received) {
    return TextStamp::Unchanged;
  }
  const std::string port = std::to_string(source.port);
  out.assign(via.substr(0, params_at));
  bool received_done = false;
  bool rport_done = !wants_rport;
  for (std::size_t pos = params_at; pos < via.size();) {
    const std::size_t end = std::min(via.find(';', pos + 1), via.size());
    const std::string_view param = via.substr(pos + 1, end - pos - 1);
    const std::string_view name = param.substr(0, param.find('='));
    out.push_back(';');
    if (!received_done && equal_ci(name, "received")) {
      (out += name) += '=';
      out += source.address;
      received_done = true;
    } else if (!rport_done && equal_ci(name, "rport")) {
      (out += name) += '=';
      out += port;
      rport_done = true;
    } else {
      out += param;
    }
    pos = end;
  }
  if (!received_done) {
    out += ";received=";
    out += source.address;
  }
  return TextStamp::Stamped;
}

/// The parsed path: false when nothing changes or the Via does not parse.
bool stamp_parsed(std::string_view text, const net::Endpoint& source, std::string& out) {
  auto via = parse_via(text);
  if (!via.ok()) {
    return false;
  }
  bool changed = false;
  const auto set = [&](std::string_view name, std::string value) {
    for (auto& p : via->params) {
      if (equal_ci(p.name, name)) {
        p.value = std::move(value);
        changed = true;
        return;
      }
    }
    via->params.push_back(Param{std::string(name), std::move(value)});
    changed = true;
  };
  const bool wants_rport = param(via->params, "rport").has_value();
  if (via->host != source.address || wants_rport) {
    set("received", source.address);
  }
  if (wants_rport) {
    set("rport", std::to_string(source.port));
  }
  if (changed) {
    out = to_string(*via);
  }
  return changed;
}

}  // namespace

void stamp_top_via(Message& request, const net::Endpoint& source) {
  for (auto& header : request.headers) {
    if (header.name != "Via") {
      continue;
    }
    std::string stamped;
    const TextStamp text = stamp_text(header.value, source, stamped);
    if (text == TextStamp::Stamped ||
        (text == TextStamp::NotPlain && stamp_parsed(header.value, source, stamped))) {
      header.value = std::move(stamped);
    }
    return;
  }
}

}  // namespace cme::runtime::sip
