// to_string of the typed header views (headers.hpp): values rendered in their RFC 3261 §25.1
// syntax, with %HH escapes and quoted-strings where the grammar needs them.

#include <string_view>

#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {
namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// unreserved = alphanum / mark
bool is_unreserved(char c) {
  return is_alnum(c) || std::string_view("-_.!~*'()").find(c) != std::string_view::npos;
}

bool is_token_char(char c) {
  return is_alnum(c) || std::string_view("-.!%*_+`'~").find(c) != std::string_view::npos;
}

/// Appends `text`, %HH-escaping every byte that is neither unreserved nor in `allowed`.
void append_escaped(std::string& out, std::string_view text, std::string_view allowed) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char const c : text) {
    if (is_unreserved(c) || (c != '\0' && allowed.find(c) != std::string_view::npos)) {
      out.push_back(c);
    } else {
      auto const byte = static_cast<unsigned char>(c);
      out.push_back('%');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0x0f]);
    }
  }
}

/// Appends `text` as a quoted-string: '"' and '\' and control bytes as quoted-pairs; CR and LF,
/// which no quoted-pair can carry, become spaces.
void append_quoted(std::string& out, std::string_view text) {
  out.push_back('"');
  for (char const c : text) {
    auto const byte = static_cast<unsigned char>(c);
    if (c == '\r' || c == '\n') {
      out.push_back(' ');
      continue;
    }
    if (c == '"' || c == '\\' || (byte < 0x20 && c != '\t') || byte == 0x7f) {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  out.push_back('"');
}

/// A generic-param / auth-param value that can be written without quotes: token or host
/// characters only.
bool is_plain_value(std::string_view value) {
  if (value.empty()) {
    return false;
  }
  for (char const c : value) {
    if (!is_token_char(c) && c != ':' && c != '[' && c != ']') {
      return false;
    }
  }
  return true;
}

/// An auth-param value that can be written without quotes: no blanks, commas, quotes or
/// control characters (what parse_digest reads as an unquoted value).
bool is_plain_auth_value(std::string_view value) {
  if (value.empty()) {
    return false;
  }
  for (char const c : value) {
    auto const byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f || c == ',' || c == '"') {
      return false;
    }
  }
  return true;
}

/// Writes a parameter value as it was (quoted or not) when its text allows that.
void append_value(std::string& out, const Param& p, bool (*plain)(std::string_view)) {
  if (p.quoted || !plain(*p.value)) {
    append_quoted(out, *p.value);
  } else {
    out += *p.value;
  }
}

/// `;name[=value]` header parameters (generic-param).
void append_generic_params(std::string& out, const Params& params) {
  for (const auto& p : params) {
    out.push_back(';');
    out += p.name;
    if (p.value) {
      out.push_back('=');
      append_value(out, p, is_plain_value);
    }
  }
}

void append_host(std::string& out, std::string_view host) {
  if (host.find(':') != std::string_view::npos) {
    out.push_back('[');
    out += host;
    out.push_back(']');
  } else {
    out += host;
  }
}

void append_port(std::string& out, const std::optional<std::uint16_t>& port) {
  if (port) {
    out.push_back(':');
    out += std::to_string(*port);
  }
}

void append_sip_uri(std::string& out, const Uri& uri) {
  if (!uri.user.empty()) {
    append_escaped(out, uri.user, "&=+$,;?/");
    if (!uri.password.empty()) {
      out.push_back(':');
      append_escaped(out, uri.password, "&=+$,");
    }
    out.push_back('@');
  }
  append_host(out, uri.host);
  append_port(out, uri.port);
  for (const auto& p : uri.params) {
    out.push_back(';');
    append_escaped(out, p.name, "[]/:&+$");
    if (p.value) {
      out.push_back('=');
      append_escaped(out, *p.value, "[]/:&+$");
    }
  }
  char separator = '?';
  for (const auto& [name, value] : uri.headers) {
    out.push_back(separator);
    append_escaped(out, name, "[]/?:+$");
    out.push_back('=');
    append_escaped(out, value, "[]/?:+$");
    separator = '&';
  }
}

}  // namespace

std::string to_string(const Uri& uri) {
  std::string out = uri.scheme;
  out.push_back(':');
  if (uri.scheme == "sip" || uri.scheme == "sips") {
    append_sip_uri(out, uri);
  } else if (uri.scheme == "tel") {
    out += uri.user;
    for (const auto& p : uri.params) {
      out.push_back(';');
      append_escaped(out, p.name, "[]/:&+$");
      if (p.value) {
        out.push_back('=');
        append_escaped(out, *p.value, "[]/:&+$");
      }
    }
  } else {
    out += uri.opaque;
  }
  return out;
}

std::string to_string(const NameAddr& value) {
  if (value.star) {
    return "*";
  }
  std::string out;
  if (!value.display.empty()) {
    append_quoted(out, value.display);
    out.push_back(' ');
  }
  out.push_back('<');
  out += to_string(value.uri);
  out.push_back('>');
  append_generic_params(out, value.params);
  return out;
}

std::string to_string(const Via& via) {
  std::string out = "SIP/2.0/";
  out += via.transport;
  out.push_back(' ');
  append_host(out, via.host);
  append_port(out, via.port);
  append_generic_params(out, via.params);
  return out;
}

std::string to_string(const CSeq& cseq) {
  std::string out = std::to_string(cseq.number);
  out.push_back(' ');
  out += cseq.method;
  return out;
}

std::string to_string(const DigestParams& value) {
  std::string out = value.scheme;
  char const* separator = " ";
  for (const auto& p : value.params) {
    out += separator;
    out += p.name;
    out.push_back('=');
    if (p.value) {
      append_value(out, p, is_plain_auth_value);
    } else {
      out += "\"\"";
    }
    separator = ", ";
  }
  return out;
}

}  // namespace cme::runtime::sip
