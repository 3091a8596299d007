#pragma once
// Builders of SIP requests and responses for transaction-layer tests, made field by field with
// the Message API (no parser involved), so a test states exactly what is on the wire.

#include <cstdint>
#include <string>
#include <utility>

#include "runtime/sip/message/message.hpp"

namespace cme::test {

struct RequestSpec {
  std::string method = "INVITE";
  std::string uri = "sip:2001@10.0.0.1:5060";
  std::string via = "SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bKinv1;rport";
  std::string from = "<sip:1001@10.0.0.1>;tag=from1";
  std::string to = "<sip:2001@10.0.0.1>";
  std::string call_id = "call-1@10.0.0.5";
  std::uint32_t cseq = 1;
  std::string cseq_method;  ///< "" = method
};

/// The default spec with `method`, from the phone at 10.0.0.5:5060 with `branch` and rport.
inline RequestSpec phone_spec(const std::string& method, const std::string& branch) {
  RequestSpec spec;
  spec.method = method;
  spec.via = "SIP/2.0/UDP 10.0.0.5:5060;branch=" + branch + ";rport";
  return spec;
}

inline runtime::sip::Message make_test_request(const RequestSpec& spec) {
  runtime::sip::Message m;
  m.request = true;
  m.method = spec.method;
  m.method_id = runtime::sip::method_from_text(spec.method);
  m.request_uri = spec.uri;
  if (!spec.via.empty()) {
    m.add("Via", spec.via);
  }
  m.add("Max-Forwards", "70");
  m.add("From", spec.from);
  m.add("To", spec.to);
  m.add("Call-ID", spec.call_id);
  m.add("CSeq", std::to_string(spec.cseq) + ' ' +
                    (spec.cseq_method.empty() ? spec.method : spec.cseq_method));
  m.add("Content-Length", "0");
  return m;
}

/// A response to `request`: every Via, From, Call-ID and CSeq copied; To copied with `to_tag`
/// added when not empty and the To has no tag yet.
inline runtime::sip::Message make_test_response(const runtime::sip::Message& request,
                                                unsigned status, std::string reason = "Status",
                                                const std::string& to_tag = "to1") {
  runtime::sip::Message m;
  m.request = false;
  m.status = status;
  m.reason = std::move(reason);
  for (const auto via : request.headers_named("Via")) {
    m.add("Via", std::string(via));
  }
  m.add("From", std::string(request.header("From").value_or("")));
  std::string to(request.header("To").value_or(""));
  if (!to_tag.empty() && to.find(";tag=") == std::string::npos) {
    to += ";tag=" + to_tag;
  }
  m.add("To", to);
  m.add("Call-ID", std::string(request.header("Call-ID").value_or("")));
  m.add("CSeq", std::string(request.header("CSeq").value_or("")));
  m.add("Content-Length", "0");
  return m;
}

}  // namespace cme::test
