// request_core (headers.hpp): the headers every request must carry, checked and parsed once.

#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {
namespace {

/// Largest Max-Forwards value (RFC 3261 §20.22: 0-255).
constexpr unsigned kMaxForwardsLimit = 255;

ParseError missing(std::string_view name) {
  return ParseError{"Missing " + std::string(name) + " header"};
}

ParseError bad(std::string_view name) {
  return ParseError{"Bad " + std::string(name) + " header"};
}

/// callid = word ["@" word]: non-empty, no blanks or control characters.
bool valid_call_id(std::string_view value) {
  if (value.empty()) {
    return false;
  }
  for (char const c : value) {
    auto const byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f) {
      return false;
    }
  }
  return true;
}

/// Max-Forwards = 1*DIGIT, 0-255 (leading zeros allowed).
std::optional<unsigned> parse_max_forwards(std::string_view value) {
  if (value.empty() || value.size() > 10) {
    return std::nullopt;
  }
  unsigned number = 0;
  for (char const c : value) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    number = number * 10 + static_cast<unsigned>(c - '0');
  }
  if (number > kMaxForwardsLimit) {
    return std::nullopt;
  }
  return number;
}

/// From or To, a name-addr that is not '*', parsed into `out` (in place: a NameAddr is large);
/// the error, or nullopt.
std::optional<ParseError> address(const Message& request, std::string_view name, NameAddr& out) {
  auto value = request.header(name);
  if (!value) {
    return missing(name);
  }
  auto parsed = parse_name_addr(*value);
  if (!parsed || parsed->star) {
    return bad(name);
  }
  out = std::move(parsed).value();
  return std::nullopt;
}

/// The CSeq, whose method must be the request's (RFC 3261 §8.1.1.5).
Result<CSeq, ParseError> cseq_of(const Message& request) {
  auto text = request.header("CSeq");
  if (!text) {
    return Err{missing("CSeq")};
  }
  auto cseq = parse_cseq(*text);
  if (!cseq) {
    return Err{bad("CSeq")};
  }
  if (cseq->method != request.method) {
    return Err{ParseError{"CSeq method mismatch"}};
  }
  return std::move(cseq).value();
}

}  // namespace

Result<RequestCore, ParseError> request_core(const Message& request) {
  RequestCore core;
  auto via = request.header("Via");
  if (!via) {
    return Err{missing("Via")};
  }
  auto top_via = parse_via(*via);
  if (!top_via) {
    return Err{bad("Via")};
  }
  core.top_via = std::move(top_via).value();
  if (auto error = address(request, "From", core.from)) {
    return Err{std::move(*error)};
  }
  if (auto error = address(request, "To", core.to)) {
    return Err{std::move(*error)};
  }
  auto call_id = request.header("Call-ID");
  if (!call_id || !valid_call_id(*call_id)) {
    return Err{call_id ? bad("Call-ID") : missing("Call-ID")};
  }
  core.call_id = std::string(*call_id);
  auto cseq = cseq_of(request);
  if (!cseq) {
    return Err{std::move(cseq).error()};
  }
  core.cseq = std::move(cseq).value();
  if (auto max_forwards = request.header("Max-Forwards")) {
    core.max_forwards = parse_max_forwards(*max_forwards);
    if (!core.max_forwards) {
      return Err{bad("Max-Forwards")};
    }
  }
  return core;
}

}  // namespace cme::runtime::sip
