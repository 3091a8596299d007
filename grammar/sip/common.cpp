// Spirit-free helpers of the SIP grammars (common.hpp).

#include "grammar/sip/common.hpp"

#include <arpa/inet.h>

#include <array>

namespace cme::grammar::sip {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool valid_ipv4(std::string_view text) {
  int octets = 0;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t digits = 0;
    unsigned value = 0;
    while (i < text.size() && is_digit(text[i]) && digits < 4) {
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
      ++i;
      ++digits;
    }
    if (digits == 0 || digits > 3 || value > 255) {
      return false;
    }
    ++octets;
    if (i == text.size()) {
      break;
    }
    if (text[i] != '.') {
      return false;
    }
    ++i;
  }
  return octets == 4;
}

bool valid_hostname(std::string_view text) {
  if (!text.empty() && text.back() == '.') {
    text.remove_suffix(1);
  }
  if (text.empty()) {
    return false;
  }
  std::size_t label_start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '.') {
      if (i == label_start) {
        return false;  // empty label
      }
      label_start = i + 1;
      continue;
    }
    char const c = text[i];
    if (!is_alpha(c) && !is_digit(c) && c != '-' && c != '_') {
      return false;
    }
  }
  std::size_t const last = text.rfind('.');
  return is_alpha(text[last == std::string_view::npos ? 0 : last + 1]);
}

}  // namespace

void unescape(std::string& text) {
  std::size_t out = text.find('%');
  if (out == std::string::npos) {
    return;
  }
  for (std::size_t i = out; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      text[out++] = static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      text[out++] = text[i];
    }
  }
  text.resize(out);
}

bool unquote(std::string_view text, std::string& out) {
  out.clear();
  if (text.size() < 2 || text.front() != '"' || text.back() != '"') {
    return false;
  }
  std::string_view const inner = text.substr(1, text.size() - 2);
  if (inner.find_first_of("\"\\") == std::string_view::npos) {
    out.assign(inner);
    return true;
  }
  out.reserve(inner.size());
  for (std::size_t i = 0; i < inner.size(); ++i) {
    char c = inner[i];
    if (c == '"') {
      return false;
    }
    if (c == '\\') {
      if (i + 1 >= inner.size()) {
        return false;  // the closing quote is escaped
      }
      c = inner[++i];
    }
    out.push_back(c);
  }
  return true;
}

std::size_t count_char(std::string_view text, char c) {
  std::size_t n = 0;
  for (std::size_t at = text.find(c); at != std::string_view::npos; at = text.find(c, at + 1)) {
    ++n;
  }
  return n;
}

void to_lower(std::string& text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
}

bool valid_host(std::string_view host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    std::string const address(host.substr(1, host.size() - 2));
    std::array<unsigned char, 16> bytes{};
    return inet_pton(AF_INET6, address.c_str(), bytes.data()) == 1;
  }
  bool const numeric = !host.empty() && (is_digit(host.back()) || host.back() == '.');
  bool dotted_digits = true;
  for (char const c : host) {
    dotted_digits = dotted_digits && (is_digit(c) || c == '.');
  }
  if (numeric && dotted_digits) {
    return valid_ipv4(host);
  }
  return valid_hostname(host);
}

void cook_host(std::string& host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host.pop_back();
    host.erase(0, 1);
  }
  to_lower(host);
}

bool cook_param(ParamAst& param, bool unescape_text) {
  param.has_value = !param.value.empty();
  if (param.has_value && param.value.front() == '"') {
    std::string_view const text = param.value;
    bool const simple = text.size() >= 2 && text.back() == '"' &&
                        text.substr(1, text.size() - 2).find_first_of("\"\\") == std::string::npos;
    if (simple) {  // unquote in place
      param.value.pop_back();
      param.value.erase(0, 1);
    } else {
      std::string unquoted;
      if (!unquote(param.value, unquoted)) {
        return false;
      }
      param.value = std::move(unquoted);
    }
    param.quoted = true;
    return true;
  }
  if (unescape_text) {
    unescape(param.name);
    unescape(param.value);
  }
  return true;
}

}  // namespace cme::grammar::sip
