// The header-section parser (detail/head.hpp): start line, header field lines, folding,
// comma splitting and Content-Length (RFC 3261 §7.1-§7.3, §25.1).

#include "runtime/sip/message/detail/head.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "common/ascii.hpp"
#include "runtime/sip/message/detail/header_names.hpp"
#include "runtime/sip/message/detail/token_chars.hpp"

namespace cme::runtime::sip::detail {
namespace {

/// The headers a 400 answer copies (RFC 3261 §8.2.6.2): HeadInfo::core has bit i for name i.
constexpr std::array<std::string_view, 5> kCoreHeaders = {"Via", "From", "To", "Call-ID", "CSeq"};

/// Average header line length assumed when reserving the header list (a guess, not a limit).
constexpr std::size_t kBytesPerHeaderGuess = 40;

/// Longest Content-Length accepted, in digits (far above any datagram or framer limit).
constexpr std::size_t kMaxLengthDigits = 18;

bool is_token(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return is_token_char(c);
  });
}

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_blank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equal_ci(text.substr(0, prefix.size()), prefix);
}

/// A NUL that is not the second byte of a quoted-pair ("\" NUL, RFC 3261 §25.1, as in RFC 4475
/// intmeth): TEXT-UTF8char excludes it, and it would cut the value short wherever the value is
/// handed on as a C string. The header is still kept, so that a 400 can copy the core headers.
bool has_bare_nul(std::string_view value) {
  for (std::size_t at = value.find('\0'); at != std::string_view::npos;
       at = value.find('\0', at + 1)) {
    if (at == 0 || value[at - 1] != '\\') {
      return true;
    }
  }
  return false;
}

/// Physical lines of the header section, ending at the first empty line.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}
  /// The next line without its CRLF / LF; false at the end or at an empty line.
  bool next(std::string_view& line) {
    if (pos_ >= text_.size()) {
      return false;
    }
    std::size_t const nl = text_.find('\n', pos_);
    std::size_t const end = nl == std::string_view::npos ? text_.size() : nl;
    line = text_.substr(pos_, end - pos_);
    pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      pos_ = text_.size();
      return false;
    }
    return true;
  }
  /// The next line continues the current header field (starts with SP or HTAB).
  bool continuation() const { return pos_ < text_.size() && is_blank(text_[pos_]); }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

/// Records the first error only.
void fail(MessageError& error, bool& ok, MessageError::Kind kind, std::string_view reason) {
  if (ok) {
    error.kind = kind;
    error.reason = std::string(reason);
    ok = false;
  }
}

/// "SIP/" 1*DIGIT "." 1*DIGIT, any case.
bool looks_like_version(std::string_view text) {
  if (!starts_with_ci(text, "SIP/")) {
    return false;
  }
  std::string_view const number = text.substr(4);
  std::size_t const dot = number.find('.');
  auto digits = [](std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return dot != std::string_view::npos && digits(number.substr(0, dot)) &&
         digits(number.substr(dot + 1));
}

/// A Request-URI as a datagram parser can check it cheaply: "scheme:" then printable
/// characters other than '<', '>' and '"'; for sip/sips no headers ('?' after the host part,
/// RFC 3261 §19.1.5). The full grammar is parse_uri().
bool valid_request_uri(std::string_view uri) {
  std::size_t const colon = uri.find(':');
  if (colon == 0 || colon == std::string_view::npos || !is_alpha(uri[0])) {
    return false;
  }
  bool const scheme_ok = std::all_of(uri.begin(), uri.begin() + colon, [](char c) {
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
  });
  if (!scheme_ok) {
    return false;
  }
  for (char const c : uri) {
    auto const byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f || c == '<' || c == '>' || c == '"') {
      return false;
    }
  }
  std::string_view const scheme = uri.substr(0, colon);
  if (equal_ci(scheme, "sip") || equal_ci(scheme, "sips")) {
    std::string_view const rest = uri.substr(colon + 1);
    std::size_t const at = rest.rfind('@');
    std::string_view const host_part = at == std::string_view::npos ? rest : rest.substr(at + 1);
    // A host is required (RFC 3261 §19.1.1): "sip:", "sip:1001@", "sip::5060" are not URIs.
    return !host_part.empty() && host_part[0] != ':' && host_part[0] != ';' &&
           host_part.find('?') == std::string_view::npos;
  }
  return true;
}

void parse_status_line(std::string_view line, Message& out, MessageError& error, bool& ok) {
  out.request = false;
  std::size_t const sp = line.find(' ');
  std::string_view const version = line.substr(0, sp);
  if (!equal_ci(version, "SIP/2.0")) {
    fail(error, ok,
         looks_like_version(version) ? MessageError::Kind::Version : MessageError::Kind::StartLine,
         "Bad Status-Line");
    return;
  }
  std::string_view const rest = sp == std::string_view::npos ? "" : line.substr(sp + 1);
  bool const three_digits =
      rest.size() >= 3 &&
      std::all_of(rest.begin(), rest.begin() + 3, [](char c) { return c >= '0' && c <= '9'; });
  if (!three_digits || (rest.size() > 3 && rest[3] != ' ') || rest[0] < '1' || rest[0] > '6') {
    fail(error, ok, MessageError::Kind::StartLine, "Bad Status-Line");
    return;
  }
  out.status =
      static_cast<unsigned>((rest[0] - '0') * 100 + (rest[1] - '0') * 10 + (rest[2] - '0'));
  out.reason = std::string(rest.size() > 4 ? rest.substr(4) : "");
}

void parse_request_line(std::string_view line, Message& out, MessageError& error, bool& ok) {
  out.request = true;
  std::size_t const sp1 = line.find(' ');
  std::string_view const method = line.substr(0, sp1);
  std::string_view const trimmed = trim(line);
  std::string_view const last_word = trimmed.substr(trimmed.rfind(' ') + 1);
  if (!method.empty() && sp1 != std::string_view::npos && starts_with_ci(last_word, "SIP/")) {
    // A request line even when the method is not a token (a NUL in it, say): with the core
    // headers readable, the sender gets a 400 (RFC 3261 §8.2) rather than silence.
    out.method = std::string(method);
    out.method_id = method_from_text(method);
    error.request_line = true;
  }
  std::size_t const sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  if (!error.request_line || !is_token(method) || sp2 == std::string_view::npos ||
      line.find(' ', sp2 + 1) != std::string_view::npos) {
    fail(error, ok, MessageError::Kind::StartLine, "Bad Request-Line");
    return;
  }
  std::string_view const uri = line.substr(sp1 + 1, sp2 - sp1 - 1);
  std::string_view const version = line.substr(sp2 + 1);
  if (!equal_ci(version, "SIP/2.0")) {
    fail(error, ok,
         looks_like_version(version) ? MessageError::Kind::Version : MessageError::Kind::StartLine,
         looks_like_version(version) ? "Version Not Supported" : "Bad Request-Line");
    return;
  }
  if (!valid_request_uri(uri)) {
    fail(error, ok, MessageError::Kind::StartLine, "Bad Request-URI");
    return;
  }
  out.request_uri = std::string(uri);
}

/// Splits a list value on commas outside quoted strings and angle brackets and appends one
/// header per non-empty element (one empty header when every element is empty). An unclosed
/// quote or bracket runs to the end of the value, which stays one element.
void add_list(std::string_view name, std::string_view value, Message& out) {
  if (value.find(',') == std::string_view::npos) {
    out.headers.push_back(Header{std::string(name), std::string(value)});
    return;
  }
  bool quoted = false;
  bool escaped = false;
  int angle = 0;
  std::size_t start = 0;
  std::size_t added = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    char const c = i < value.size() ? value[i] : '\0';
    bool const end = i == value.size();
    if (!end && escaped) {
      escaped = false;
    } else if (!end && quoted) {
      escaped = c == '\\';
      quoted = c != '"';
    } else if (!end && c == '"') {
      quoted = true;
    } else if (!end && c == '<') {
      ++angle;
    } else if (!end && c == '>' && angle > 0) {
      --angle;
    } else if (end || (c == ',' && angle == 0)) {
      std::string_view const element = trim(value.substr(start, i - start));
      if (!element.empty()) {
        out.headers.push_back(Header{std::string(name), std::string(element)});
        ++added;
      }
      start = i + 1;
    }
  }
  if (added == 0) {
    out.headers.push_back(Header{std::string(name), std::string()});
  }
}

/// Content-Length = 1*DIGIT; stored as a plain decimal. Copies must agree.
void add_content_length(std::string_view value, Message& out, HeadInfo& info, MessageError& error,
                        bool& ok) {
  bool const digits =
      !value.empty() && value.size() <= kMaxLengthDigits &&
      std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) {
    fail(error, ok, MessageError::Kind::ContentLength, "Bad Content-Length");
    out.headers.push_back(Header{"Content-Length", std::string(value)});
    return;
  }
  std::uint64_t length = 0;
  for (char const c : value) {
    length = length * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (info.content_length) {
    if (*info.content_length != length) {
      fail(error, ok, MessageError::Kind::ContentLength, "Conflicting Content-Length");
    }
    return;  // one copy is enough
  }
  info.content_length = length;
  out.headers.push_back(Header{"Content-Length", std::to_string(length)});
}

void add_header(std::string_view name, std::string_view value, Message& out, HeadInfo& info,
                MessageError& error, bool& ok) {
  const HeaderName* known = find_header_name(name);
  if (known != nullptr && !value.empty()) {
    for (std::size_t i = 0; i < kCoreHeaders.size(); ++i) {
      info.core |= known->canonical == kCoreHeaders[i] ? 1u << i : 0u;
    }
  }
  if (known == nullptr) {
    out.headers.push_back(Header{canonical_header_name(name), std::string(value)});
  } else if (known->list) {
    add_list(known->canonical, value, out);
  } else if (known->canonical == "Content-Length") {
    add_content_length(value, out, info, error, ok);
  } else {
    out.headers.push_back(Header{std::string(known->canonical), std::string(value)});
  }
}

}  // namespace

std::size_t leading_line_breaks(std::string_view bytes) {
  std::size_t n = 0;
  while (n < bytes.size() && (bytes[n] == '\r' || bytes[n] == '\n')) {
    ++n;
  }
  return n;
}

std::size_t find_head_end(std::string_view bytes, std::size_t& scanned) {
  std::size_t pos = scanned;
  while (pos < bytes.size()) {
    if (bytes[pos] == '\n') {
      return pos + 1;
    }
    if (bytes[pos] == '\r' && pos + 1 < bytes.size() && bytes[pos + 1] == '\n') {
      return pos + 2;
    }
    scanned = pos;
    const void* nl = std::memchr(bytes.data() + pos, '\n', bytes.size() - pos);
    if (nl == nullptr) {
      return std::string_view::npos;
    }
    pos = static_cast<std::size_t>(static_cast<const char*>(nl) - bytes.data()) + 1;
  }
  scanned = pos;
  return std::string_view::npos;
}

bool parse_head(std::string_view head, Message& out, HeadInfo& info, MessageError& error) {
  bool ok = true;
  Lines lines(head);
  std::string_view line;
  if (!lines.next(line)) {
    fail(error, ok, MessageError::Kind::Empty, "Empty message");
    return false;
  }
  if (starts_with_ci(line, "SIP/")) {
    parse_status_line(line, out, error, ok);
  } else {
    parse_request_line(line, out, error, ok);
  }
  out.headers.reserve(head.size() / kBytesPerHeaderGuess + 8);
  std::string folded;
  while (lines.next(line)) {
    std::size_t const colon = line.find(':');
    std::string_view const name =
        colon == std::string_view::npos ? line : trim(line.substr(0, colon));
    bool const good_name = colon != std::string_view::npos && !is_blank(line[0]) && is_token(name);
    std::string_view value = good_name ? line.substr(colon + 1) : std::string_view();
    if (lines.continuation()) {
      folded.assign(value);
      std::string_view more;
      while (lines.continuation() && lines.next(more)) {
        folded.push_back(' ');
        folded += trim(more);
      }
      value = folded;
    }
    if (!good_name) {
      fail(error, ok, MessageError::Kind::HeaderSyntax, "Bad header line");
      continue;
    }
    if (has_bare_nul(value)) {
      fail(error, ok, MessageError::Kind::HeaderSyntax, "NUL in header value");
    }
    add_header(name, trim(value), out, info, error, ok);
  }
  error.core_headers = out.request && info.core == (1u << kCoreHeaders.size()) - 1;
  return ok;
}

}  // namespace cme::runtime::sip::detail
