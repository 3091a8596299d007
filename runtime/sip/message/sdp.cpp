// parse_sdp and to_string(Sdp) (sdp.hpp), RFC 4566 §5.

#include "runtime/sip/message/sdp.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace cme::runtime::sip {
namespace {

/// Space-separated fields of a line (runs of blanks count as one separator).
std::vector<std::string_view> fields(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t const start = text.find_first_not_of(' ', pos);
    if (start == std::string_view::npos) {
      break;
    }
    std::size_t const end = std::min(text.find(' ', start), text.size());
    out.push_back(text.substr(start, end - start));
    pos = end;
  }
  return out;
}

template <class T>
bool parse_number(std::string_view text, T& out) {
  auto const result = std::from_chars(text.data(), text.data() + text.size(), out);
  return !text.empty() && result.ec == std::errc() && result.ptr == text.data() + text.size();
}

ParseError error(std::string_view what) {
  return ParseError{"Bad SDP " + std::string(what)};
}

bool parse_origin(std::string_view value, SdpOrigin& out) {
  auto const f = fields(value);
  if (f.size() != 6 || !parse_number(f[2], out.session_version)) {
    return false;
  }
  out.username = std::string(f[0]);
  out.session_id = std::string(f[1]);
  out.net_type = std::string(f[3]);
  out.address_type = std::string(f[4]);
  out.address = std::string(f[5]);
  return true;
}

bool parse_connection(std::string_view value, SdpConnection& out) {
  auto const f = fields(value);
  if (f.size() != 3) {
    return false;
  }
  out = SdpConnection{std::string(f[0]), std::string(f[1]), std::string(f[2])};
  return true;
}

bool parse_media(std::string_view value, SdpMedia& out) {
  auto const f = fields(value);
  if (f.size() < 3) {
    return false;
  }
  out.media = std::string(f[0]);
  std::string_view port = f[1];
  if (std::size_t const slash = port.find('/'); slash != std::string_view::npos) {
    unsigned count = 0;
    if (!parse_number(port.substr(slash + 1), count)) {
      return false;
    }
    out.port_count = count;
    port = port.substr(0, slash);
  }
  if (!parse_number(port, out.port)) {
    return false;
  }
  out.proto = std::string(f[2]);
  for (std::size_t i = 3; i < f.size(); ++i) {
    out.formats.emplace_back(f[i]);
  }
  return true;
}

SdpAttribute parse_attribute(std::string_view value) {
  std::size_t const colon = value.find(':');
  if (colon == std::string_view::npos) {
    return SdpAttribute{std::string(value), std::nullopt};
  }
  return SdpAttribute{std::string(value.substr(0, colon)), std::string(value.substr(colon + 1))};
}

/// Adds one `type=value` line after the header lines (v, o) to the session or the last media.
bool add_line(char type, std::string_view value, Sdp& sdp, bool& has_name) {
  SdpMedia* media = sdp.media.empty() ? nullptr : &sdp.media.back();
  switch (type) {
    case 'm':
      sdp.media.emplace_back();
      return parse_media(value, sdp.media.back());
    case 'c': {
      SdpConnection c;
      if (!parse_connection(value, c)) {
        return false;
      }
      if (media != nullptr) {
        media->connection = std::move(c);
        media->connection_index = media->other.size();
      } else {
        sdp.connection = std::move(c);
        sdp.connection_index = sdp.other.size();
      }
      return true;
    }
    case 'a':
      (media != nullptr ? media->attributes : sdp.attributes).push_back(parse_attribute(value));
      return true;
    case 's':
      if (media == nullptr && !has_name) {
        sdp.session_name = std::string(value);
        has_name = true;
        return true;
      }
      break;
    default:
      break;
  }
  (media != nullptr ? media->other : sdp.other).push_back(SdpLine{type, std::string(value)});
  return true;
}

void append_line(std::string& out, char type, std::string_view value) {
  out.push_back(type);
  out.push_back('=');
  out += value;
  out += "\r\n";
}

void append_connection(std::string& out, const std::optional<SdpConnection>& c) {
  if (c) {
    append_line(out, 'c', c->net_type + ' ' + c->address_type + ' ' + c->address);
  }
}

/// The kept lines, with c= written before other[index] (or after the last).
void append_section_lines(std::string& out, const std::vector<SdpLine>& other,
                          const std::optional<SdpConnection>& c, std::size_t index) {
  for (std::size_t i = 0; i <= other.size(); ++i) {
    if (i == std::min(index, other.size())) {
      append_connection(out, c);
    }
    if (i < other.size()) {
      append_line(out, other[i].type, other[i].value);
    }
  }
}

void append_attributes(std::string& out, const std::vector<SdpAttribute>& attributes) {
  for (const auto& a : attributes) {
    append_line(out, 'a', a.value ? a.name + ':' + *a.value : a.name);
  }
}

void append_media(std::string& out, const SdpMedia& m) {
  std::string line = m.media + ' ' + std::to_string(m.port);
  if (m.port_count) {
    line += '/' + std::to_string(*m.port_count);
  }
  line += ' ' + m.proto;
  for (const auto& format : m.formats) {
    line += ' ' + format;
  }
  append_line(out, 'm', line);
  append_section_lines(out, m.other, m.connection, m.connection_index);
  append_attributes(out, m.attributes);
}

}  // namespace

Result<Sdp, ParseError> parse_sdp(std::string_view text) {
  Sdp sdp;
  bool has_name = false;
  std::size_t index = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t const nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, (nl == std::string_view::npos ? text.size() : nl) - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      continue;
    }
    if (line.size() < 2 || line[1] != '=' || !std::isalpha(static_cast<unsigned char>(line[0]))) {
      return Err{error("line")};
    }
    char const type = line[0];
    std::string_view const value = line.substr(2);
    if (index == 0 && (type != 'v' || value != "0")) {
      return Err{error("version")};
    }
    if (index == 1 && (type != 'o' || !parse_origin(value, sdp.origin))) {
      return Err{error("origin")};
    }
    if (index >= 2 && !add_line(type, value, sdp, has_name)) {
      return Err{error(type == 'c' ? "connection" : "media")};
    }
    ++index;
  }
  if (index < 2) {
    return Err{error(index == 0 ? "version" : "origin")};
  }
  return sdp;
}

std::string to_string(const Sdp& sdp) {
  std::string out;
  out.reserve(256);
  append_line(out, 'v', std::to_string(sdp.version));
  const auto& o = sdp.origin;
  append_line(out, 'o',
              o.username + ' ' + o.session_id + ' ' + std::to_string(o.session_version) + ' ' +
                  o.net_type + ' ' + o.address_type + ' ' + o.address);
  append_line(out, 's', sdp.session_name);
  append_section_lines(out, sdp.other, sdp.connection, sdp.connection_index);
  append_attributes(out, sdp.attributes);
  for (const auto& m : sdp.media) {
    append_media(out, m);
  }
  return out;
}

}  // namespace cme::runtime::sip
