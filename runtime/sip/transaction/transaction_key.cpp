#include "runtime/sip/transaction/transaction_key.hpp"

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "common/ascii.hpp"

namespace cme::runtime::sip {
namespace {

// RFC 2543 fallback id (RFC 3261 §17.2.3): Request-URI, From tag, Call-ID, CSeq number and the
// top Via value; see the header.
std::string rfc2543_id(const Message& request, std::uint32_t cseq_number) {
  std::string from_tag;
  if (const auto from = request.header("From")) {
    if (const auto parsed = parse_name_addr(*from)) {
      from_tag = std::string(param(parsed->params, "tag").value_or(""));
    }
  }
  std::string id = "rfc2543|";
  id += request.request_uri;
  id += '|' + from_tag;
  id += '|' + std::string(request.header("Call-ID").value_or(""));
  id += '|' + std::to_string(cseq_number);
  id += '|' + std::string(request.header("Via").value_or(""));
  return id;
}

}  // namespace

std::optional<Via> top_via(const Message& message) {
  const auto text = message.header("Via");
  if (!text) {
    return std::nullopt;
  }
  auto via = parse_via(*text);
  if (!via) {
    return std::nullopt;
  }
  return std::move(via).value();
}

bool has_magic_cookie(std::string_view branch) {
  return branch.size() > kBranchMagicCookie.size() && branch.starts_with(kBranchMagicCookie);
}

std::string top_via_branch(const Message& message) {
  const auto via = top_via(message);
  if (!via) {
    return {};
  }
  return std::string(param(via->params, "branch").value_or(""));
}

std::string sent_by(const Via& via) {
  const std::uint16_t default_port = to_lower(via.transport) == "tls" ? 5061 : 5060;
  return to_lower(via.host) + ':' + std::to_string(via.port.value_or(default_port));
}

std::optional<ClientKey> client_key(const Message& message) {
  const auto via = top_via(message);
  const auto cseq_text = message.header("CSeq");
  if (!via || !cseq_text) {
    return std::nullopt;
  }
  const auto cseq = parse_cseq(*cseq_text);
  const auto branch = param(via->params, "branch");
  if (!cseq || !branch || branch->empty()) {
    return std::nullopt;
  }
  return ClientKey{std::string(*branch), cseq->method};
}

Result<ServerKey, ParseError> server_key(const Message& request, const Via& top_via) {
  const auto cseq_text = request.header("CSeq");
  if (!cseq_text) {
    return Err{ParseError{"Missing CSeq"}};
  }
  const auto cseq = parse_cseq(*cseq_text);
  if (!cseq) {
    return Err{cseq.error()};
  }
  if (cseq->method != request.method) {
    return Err{ParseError{"CSeq method does not match the request method"}};
  }
  ServerKey key;
  const std::string branch(param(top_via.params, "branch").value_or(""));
  key.id = has_magic_cookie(branch) ? branch : rfc2543_id(request, cseq->number);
  key.sent_by = sent_by(top_via);
  key.method = request.method_id == Method::Ack ? std::string("INVITE") : request.method;
  return key;
}

namespace {

std::size_t combine(std::size_t seed, std::size_t value) {
  return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

}  // namespace

std::size_t ServerKeyHash::operator()(const ServerKey& key) const noexcept {
  const std::hash<std::string> h;
  return combine(combine(h(key.id), h(key.sent_by)), h(key.method));
}

}  // namespace cme::runtime::sip
