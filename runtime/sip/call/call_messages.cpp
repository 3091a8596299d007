#include "runtime/sip/call/call_messages.hpp"

#include <algorithm>

#include "common/ascii.hpp"
#include "runtime/sip/call/call_settings.hpp"
#include "runtime/sip/call/session_expires.hpp"
#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/response.hpp"

namespace cme::runtime::sip {

std::string contact_for(std::string_view user, const SentBy& address, net::Protocol protocol) {
  const bool tcp = protocol == net::Protocol::Tcp;
  std::string out = "<sip:";
  if (!user.empty()) {
    out += user;
    out += '@';
  }
  out += address.host + ':' + std::to_string(tcp ? address.tcp_port : address.udp_port);
  if (tcp) {
    out += ";transport=tcp";
  }
  return out + '>';
}

void copy_body(const Message& from, Message& to) {
  to.remove("Content-Type");
  to.remove("Content-Disposition");
  to.body = from.body;
  if (from.body.empty()) {
    return;
  }
  copy_headers(from, to, {"Content-Type", "Content-Disposition"});
}

void copy_headers(const Message& from, Message& to, std::initializer_list<std::string_view> names) {
  for (const auto name : names) {
    for (const auto value : from.headers_named(name)) {
      to.add(name, std::string(value));
    }
  }
}

unsigned caller_status(unsigned status) {
  if (status >= 300 && status < 400) {
    return 480;
  }
  if (status == 401 || status == 407) {
    return 403;
  }
  return status;
}

Message relayed_response(const Message& request, const Message& from, std::string_view to_tag,
                         const std::string& contact) {
  const unsigned status = from.status >= 300 ? caller_status(from.status) : from.status;
  Message out = make_response(request, status, status == from.status ? from.reason : "", to_tag);
  if (!contact.empty() && status > 100 && status < 300) {
    out.add("Contact", contact);
  }
  if (status > 100 && status < 300 && !to_tag.empty()) {
    copy_headers(request, out, {"Record-Route"});  // dialog-creating (RFC 3261 §12.1.1)
  }
  if (status >= 200 && status < 300) {
    out.add("Allow", kCallAllow);
  }
  copy_headers(from, out, {"Session-Expires", "Min-SE", "Retry-After", "Warning"});
  for (const auto value : from.headers_named("Require")) {
    if (equal_ci(value, "timer")) {  // never 100rel: PRACK is not relayed
      out.add("Require", std::string(value));
    }
  }
  copy_body(from, out);
  return out;
}

Message relayed_request(Dialog& dialog, const Message& request, std::chrono::seconds min_se_floor) {
  Message out = dialog_request(dialog, request.method_id);
  out.add("Allow", kCallAllow);
  for (const auto value : request.headers_named("Supported")) {
    if (!equal_ci(value, "100rel")) {
      out.add("Supported", std::string(value));
    }
  }
  if (const auto se = session_expires(request)) {
    out.add("Session-Expires", to_string(*se));
    const auto floor = std::max(min_se(request).value_or(kMinSessionInterval), min_se_floor);
    out.add("Min-SE", std::to_string(floor.count()));
  }
  copy_body(request, out);
  return out;
}

std::uint32_t cseq_number(const Message& message) {
  const auto value = message.header("CSeq");
  if (!value) {
    return 0;
  }
  const auto parsed = parse_cseq(*value);
  return parsed ? parsed->number : 0;
}

std::string uri_user(std::string_view name_addr) {
  const auto parsed = parse_name_addr(name_addr);
  return parsed ? parsed->uri.user : std::string();
}

}  // namespace cme::runtime::sip
