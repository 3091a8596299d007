// parse_* of the typed header views (headers.hpp): the grammar/sip ASTs turned into runtime
// values. Rendering is in header_text.cpp, request_core() in request_core.cpp.

#include "runtime/sip/message/headers.hpp"

#include "common/ascii.hpp"
#include "grammar/sip/auth/auth.hpp"
#include "grammar/sip/cseq/cseq.hpp"
#include "grammar/sip/name_addr/name_addr.hpp"
#include "grammar/sip/uri/uri.hpp"
#include "grammar/sip/via/via.hpp"

namespace cme::runtime::sip {
namespace {

namespace g = cme::grammar::sip;

Params to_params(std::vector<g::ParamAst>&& in) {
  Params out;
  out.reserve(in.size());
  for (auto& p : in) {
    Param param{std::move(p.name), std::nullopt, p.quoted};
    if (p.has_value) {
      param.value = std::move(p.value);
    }
    out.push_back(std::move(param));
  }
  return out;
}

std::optional<std::uint16_t> to_port(unsigned port) {
  if (port == g::kNoPort) {
    return std::nullopt;
  }
  return static_cast<std::uint16_t>(port);
}

/// Fills `out` from `in` (in place: a Uri is large, and moving it again costs).
void to_uri(g::UriAst&& in, Uri& out) {
  out.scheme = std::move(in.scheme);
  out.user = std::move(in.userinfo.user);
  out.password = std::move(in.userinfo.password);
  out.host = std::move(in.host);
  out.port = to_port(in.port);
  out.params = to_params(std::move(in.params));
  out.headers.reserve(in.headers.size());
  for (auto& h : in.headers) {
    out.headers.emplace_back(std::move(h.name), std::move(h.value));
  }
  out.opaque = std::move(in.opaque);
}

/// "Bad URI", "Bad URI host", "Bad URI port" from a grammar error.
std::string uri_reason(const g::SyntaxError& error) {
  if (error.what == "host") {
    return "Bad URI host";
  }
  if (error.what == "port") {
    return "Bad URI port";
  }
  return "Bad URI";
}

}  // namespace

std::optional<std::string_view> param(const Params& params, std::string_view name) {
  for (const auto& p : params) {
    if (equal_ci(p.name, name)) {
      return p.value ? std::string_view(*p.value) : std::string_view();
    }
  }
  return std::nullopt;
}

Result<Uri, ParseError> parse_uri(std::string_view text) {
  auto parsed = g::parse_uri(text);
  if (!parsed) {
    return Err{ParseError{uri_reason(parsed.error())}};
  }
  Uri out;
  to_uri(std::move(parsed).value(), out);
  return out;
}

Result<NameAddr, ParseError> parse_name_addr(std::string_view text) {
  auto parsed = g::parse_name_addr(text);
  if (!parsed) {
    const auto& what = parsed.error().what;
    bool const in_uri = what == "URI" || what == "host" || what == "port" || what == "scheme";
    return Err{ParseError{in_uri ? uri_reason(parsed.error()) : "Bad name-addr"}};
  }
  auto& ast = parsed.value();
  NameAddr out;
  out.star = ast.star;
  out.display = std::move(ast.display);
  if (!ast.star) {
    to_uri(std::move(ast.uri), out.uri);
  }
  out.params = to_params(std::move(ast.params));
  return out;
}

Result<Via, ParseError> parse_via(std::string_view text) {
  auto parsed = g::parse_via(text);
  if (!parsed) {
    const auto& what = parsed.error().what;
    return Err{ParseError{what == "host"   ? "Bad Via host"
                          : what == "port" ? "Bad Via port"
                                           : "Bad Via header"}};
  }
  auto& ast = parsed.value();
  if (!equal_ci(ast.protocol, "SIP") || ast.version != "2.0") {
    return Err{ParseError{"Bad Via header"}};
  }
  Via out;
  out.transport = std::move(ast.transport);
  out.host = std::move(ast.host);
  out.port = to_port(ast.port);
  out.params = to_params(std::move(ast.params));
  return out;
}

Result<CSeq, ParseError> parse_cseq(std::string_view text) {
  auto parsed = g::parse_cseq(text);
  if (!parsed) {
    return Err{ParseError{"Bad CSeq header"}};
  }
  return CSeq{static_cast<std::uint32_t>(parsed->number), std::move(parsed->method)};
}

Result<DigestParams, ParseError> parse_digest(std::string_view text) {
  auto parsed = g::parse_auth(text);
  if (!parsed) {
    return Err{ParseError{"Bad credentials"}};
  }
  return DigestParams{std::move(parsed->scheme), to_params(std::move(parsed->params))};
}

}  // namespace cme::runtime::sip
