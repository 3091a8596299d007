// serialize (serialize.hpp).

#include "runtime/sip/message/serialize.hpp"

#include <charconv>

#include "common/ascii.hpp"

namespace cme::runtime::sip {
namespace {

constexpr std::string_view kCrlf = "\r\n";
constexpr std::string_view kVersion = "SIP/2.0";
constexpr std::string_view kContentLength = "Content-Length";

void append_number(std::string& out, std::size_t value) {
  char buffer[24];
  auto const result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void append_start_line(std::string& out, const Message& m) {
  if (m.request) {
    out += m.method.empty() ? method_text(m.method_id) : std::string_view(m.method);
    out.push_back(' ');
    out += m.request_uri;
    out.push_back(' ');
    out += kVersion;
  } else {
    out += kVersion;
    out.push_back(' ');
    append_number(out, m.status);
    out.push_back(' ');
    out += m.reason;
  }
  out += kCrlf;
}

void append_content_length(std::string& out, std::size_t length) {
  out += kContentLength;
  out += ": ";
  append_number(out, length);
  out += kCrlf;
}

}  // namespace

std::string serialize(const Message& message) {
  std::size_t size = message.method.size() + message.request_uri.size() + message.reason.size() +
                     message.body.size() + 64;
  for (const auto& h : message.headers) {
    size += h.name.size() + h.value.size() + 4;
  }
  std::string out;
  out.reserve(size);
  append_start_line(out, message);
  bool length_written = false;
  for (const auto& h : message.headers) {
    if (equal_ci(h.name, kContentLength)) {
      if (!length_written) {
        append_content_length(out, message.body.size());
        length_written = true;
      }
      continue;
    }
    out += h.name;
    out += ": ";
    out += h.value;
    out += kCrlf;
  }
  if (!length_written) {
    append_content_length(out, message.body.size());
  }
  out += kCrlf;
  out += message.body;
  return out;
}

}  // namespace cme::runtime::sip
