#include "runtime/sip/transaction/derived_requests.hpp"

#include <string>
#include <string_view>

#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {
namespace {

// The INVITE's CSeq with `method` instead of INVITE (number 0 if it does not parse, which the
// precondition excludes).
std::string cseq_for(const Message& invite, std::string_view method) {
  CSeq cseq;
  if (const auto text = invite.header("CSeq")) {
    if (const auto parsed = parse_cseq(*text)) {
      cseq.number = parsed->number;
    }
  }
  cseq.method = std::string(method);
  return to_string(cseq);
}

void copy_first(const Message& from, Message& to, std::string_view name) {
  if (const auto value = from.header(name)) {
    to.add(name, std::string(*value));
  }
}

// Request line, top Via and Route set shared by the CANCEL and the ACK.
Message derived_request(const Message& invite, Method method) {
  Message out;
  out.request = true;
  out.method_id = method;
  out.method = std::string(method_text(method));
  out.request_uri = invite.request_uri;
  copy_first(invite, out, "Via");
  for (const auto route : invite.headers_named("Route")) {
    out.add("Route", std::string(route));
  }
  out.add("Max-Forwards", "70");
  return out;
}

}  // namespace

Message make_cancel(const Message& invite) {
  Message cancel = derived_request(invite, Method::Cancel);
  copy_first(invite, cancel, "From");
  copy_first(invite, cancel, "To");
  copy_first(invite, cancel, "Call-ID");
  cancel.add("CSeq", cseq_for(invite, "CANCEL"));
  return cancel;
}

Message make_ack(const Message& invite, const Message& response) {
  Message ack = derived_request(invite, Method::Ack);
  copy_first(invite, ack, "From");
  copy_first(response, ack, "To");
  copy_first(invite, ack, "Call-ID");
  ack.add("CSeq", cseq_for(invite, "ACK"));
  return ack;
}

}  // namespace cme::runtime::sip
