#include "runtime/sip/dialog/dialog.hpp"

#include <algorithm>
#include <utility>

namespace cme::runtime::sip {

namespace {

/// `address` without its tag parameter.
NameAddr without_tag(NameAddr address) {
  std::erase_if(address.params, [](const Param& p) { return p.name == "tag"; });
  return address;
}

/// `address` with `;tag=tag` (no tag when `tag` is empty).
std::string with_tag(const NameAddr& address, const std::string& tag) {
  NameAddr out = address;
  if (!tag.empty()) {
    out.params.push_back(Param{"tag", tag});
  }
  return to_string(out);
}

/// The URI of the first parsable Contact of `message`, re-rendered; nullopt when none.
std::optional<std::string> contact_uri(const Message& message) {
  const auto value = message.header("Contact");
  if (!value) {
    return std::nullopt;
  }
  auto contact = parse_name_addr(*value);
  if (!contact || contact->star) {
    return std::nullopt;
  }
  contact->uri.headers.clear();
  return to_string(contact->uri);
}

std::vector<std::string> record_route(const Message& message) {
  std::vector<std::string> out;
  for (const auto value : message.headers_named("Record-Route")) {
    out.emplace_back(value);
  }
  return out;
}

}  // namespace

Dialog uas_dialog(const Message& request, const RequestCore& core, std::string local_tag,
                  const net::Endpoint& source, std::string contact) {
  Dialog d;
  d.call_id = core.call_id;
  d.local_tag = std::move(local_tag);
  d.remote_tag = std::string(param(core.from.params, "tag").value_or(""));
  d.local = without_tag(core.to);
  d.remote = without_tag(core.from);
  d.remote_cseq = core.cseq.number;
  d.remote_target = contact_uri(request).value_or(to_string(core.from.uri));
  d.route_set = record_route(request);
  d.peer = source;
  d.contact = std::move(contact);
  return d;
}

bool establish_uac(Dialog& dialog, const Message& response) {
  const auto to = response.header("To");
  if (!to) {
    return false;
  }
  const auto parsed = parse_name_addr(*to);
  if (!parsed) {
    return false;
  }
  const auto tag = param(parsed->params, "tag");
  if (!tag || tag->empty()) {
    return false;
  }
  dialog.remote_tag = std::string(*tag);
  if (auto target = contact_uri(response)) {
    dialog.remote_target = std::move(*target);
  }
  dialog.route_set = record_route(response);
  std::reverse(dialog.route_set.begin(), dialog.route_set.end());
  return true;
}

void refresh_target(Dialog& dialog, const Message& message) {
  if (auto target = contact_uri(message)) {
    dialog.remote_target = std::move(*target);
  }
}

Message dialog_request(Dialog& dialog, Method method) {
  Message m;
  m.request = true;
  m.method_id = method;
  m.method = std::string(method_text(method));
  m.request_uri = dialog.remote_target;
  for (const auto& route : dialog.route_set) {
    m.add("Route", route);
  }
  m.add("Max-Forwards", "70");
  m.add("From", with_tag(dialog.local, dialog.local_tag));
  m.add("To", with_tag(dialog.remote, dialog.remote_tag));
  m.add("Call-ID", dialog.call_id);
  m.add("CSeq", std::to_string(++dialog.local_cseq) + ' ' + m.method);
  if (!dialog.contact.empty()) {
    m.add("Contact", dialog.contact);
  }
  return m;
}

Message dialog_ack(const Dialog& dialog, std::uint32_t invite_cseq) {
  Dialog copy = dialog;
  copy.local_cseq = invite_cseq - 1;
  Message ack = dialog_request(copy, Method::Ack);
  ack.remove("Contact");
  return ack;
}

bool accept_remote_cseq(Dialog& dialog, std::uint32_t cseq) {
  if (dialog.remote_cseq && cseq < *dialog.remote_cseq) {
    return false;
  }
  dialog.remote_cseq = cseq;
  return true;
}

}  // namespace cme::runtime::sip
