// parse_uri (uri.hpp) on top of the rules in uri_def.hpp.

#include "grammar/sip/uri/uri.hpp"

#include "grammar/sip/detail/parse_whole.hpp"
#include "grammar/sip/uri/uri_def.hpp"

namespace cme::grammar::sip {
namespace {

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Length of the scheme ("sip" in "sip:..."), 0 when `text` does not start with one.
std::size_t scheme_length(std::string_view text) {
  if (text.empty() || !is_alpha(text[0])) {
    return 0;
  }
  for (std::size_t i = 1; i < text.size(); ++i) {
    char const c = text[i];
    if (c == ':') {
      return i;
    }
    if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
      return 0;
    }
  }
  return 0;
}

/// RFC 3261 absoluteURI characters after the scheme: reserved, unreserved, escaped, '#'.
bool valid_opaque(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  for (char const c : text) {
    bool const ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::string_view(";/?:@&=+$,-_.!~*'()%#[]").find(c) != std::string_view::npos;
    if (!ok) {
      return false;
    }
  }
  return true;
}

/// Checks and cooks a parsed SIP URI in place; false with `error` set when host or port is bad.
bool finish_sip(UriAst& uri, std::size_t base, SyntaxError& error) {
  if (!valid_host(uri.host)) {
    error = SyntaxError{base, "host"};
    return false;
  }
  if (uri.port != kNoPort && uri.port > kMaxPort) {
    error = SyntaxError{base, "port"};
    return false;
  }
  cook_host(uri.host);
  unescape(uri.userinfo.user);
  unescape(uri.userinfo.password);
  for (auto& param : uri.params) {
    cook_param(param, true);
  }
  for (auto& header : uri.headers) {
    unescape(header.name);
    unescape(header.value);
  }
  return true;
}

}  // namespace

Result<UriAst, SyntaxError> parse_uri(std::string_view text) {
  std::size_t const length = scheme_length(text);
  if (length == 0) {
    return Err{SyntaxError{0, "scheme"}};
  }
  std::string scheme(text.substr(0, length));
  to_lower(scheme);
  std::string_view const rest = text.substr(length + 1);
  std::size_t offset = 0;
  if (scheme == "sip" || scheme == "sips") {
    UriAst uri;
    uri.params.reserve(count_char(rest, ';'));
    if (!detail::parse_whole(rest, uri_rules::sip_uri, uri, offset)) {
      return Err{SyntaxError{length + 1 + offset, "URI"}};
    }
    uri.scheme = std::move(scheme);
    SyntaxError error;
    if (!finish_sip(uri, length + 1, error)) {
      return Err{std::move(error)};
    }
    return uri;
  }
  UriAst uri;
  if (scheme == "tel") {
    TelAst tel;
    if (!detail::parse_whole(rest, uri_rules::tel_uri, tel, offset)) {
      return Err{SyntaxError{length + 1 + offset, "URI"}};
    }
    uri.userinfo.user = std::move(tel.number);
    uri.params = std::move(tel.params);
    for (auto& param : uri.params) {
      cook_param(param, true);
    }
  } else if (valid_opaque(rest)) {
    uri.opaque = std::string(rest);
  } else {
    return Err{SyntaxError{length + 1, "URI"}};
  }
  uri.scheme = std::move(scheme);
  return uri;
}

}  // namespace cme::grammar::sip
