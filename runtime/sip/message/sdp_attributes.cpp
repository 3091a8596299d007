// SDP attribute helpers (sdp.hpp): direction, effective connection, rtpmap.

#include <algorithm>
#include <charconv>

#include "runtime/sip/message/sdp.hpp"

namespace cme::runtime::sip {
namespace {

constexpr std::string_view kDirections[] = {"sendrecv", "sendonly", "recvonly", "inactive"};

std::optional<SdpDirection> direction_of(const std::vector<SdpAttribute>& attributes) {
  for (const auto& a : attributes) {
    for (std::size_t i = 0; i < std::size(kDirections); ++i) {
      if (a.name == kDirections[i]) {
        return static_cast<SdpDirection>(i);
      }
    }
  }
  return std::nullopt;
}

bool parse_unsigned(std::string_view text, unsigned& out) {
  auto const result = std::from_chars(text.data(), text.data() + text.size(), out);
  return !text.empty() && result.ec == std::errc() && result.ptr == text.data() + text.size();
}

/// Parses "<payload> <encoding>/<rate>[/<channels>]".
std::optional<SdpRtpMap> parse_rtpmap(std::string_view value) {
  SdpRtpMap map;
  std::size_t const space = value.find(' ');
  if (space == std::string_view::npos || !parse_unsigned(value.substr(0, space), map.payload)) {
    return std::nullopt;
  }
  std::string_view rest = value.substr(space + 1);
  std::size_t const slash = rest.find('/');
  if (slash == std::string_view::npos || slash == 0) {
    return std::nullopt;
  }
  map.encoding = std::string(rest.substr(0, slash));
  rest = rest.substr(slash + 1);
  std::size_t const second = rest.find('/');
  if (!parse_unsigned(rest.substr(0, second), map.clock_rate)) {
    return std::nullopt;
  }
  if (second != std::string_view::npos) {
    unsigned channels = 0;
    if (!parse_unsigned(rest.substr(second + 1), channels)) {
      return std::nullopt;
    }
    map.channels = channels;
  }
  return map;
}

}  // namespace

std::optional<std::string_view> attribute(const std::vector<SdpAttribute>& attributes,
                                          std::string_view name) {
  for (const auto& a : attributes) {
    if (a.name == name) {
      return a.value ? std::string_view(*a.value) : std::string_view();
    }
  }
  return std::nullopt;
}

SdpDirection direction(const Sdp& sdp, const SdpMedia& media) {
  if (auto own = direction_of(media.attributes)) {
    return *own;
  }
  return direction_of(sdp.attributes).value_or(SdpDirection::SendRecv);
}

void set_direction(SdpMedia& media, SdpDirection value) {
  auto& attributes = media.attributes;
  attributes.erase(std::remove_if(attributes.begin(), attributes.end(),
                                  [](const SdpAttribute& a) {
                                    return std::find(std::begin(kDirections), std::end(kDirections),
                                                     a.name) != std::end(kDirections);
                                  }),
                   attributes.end());
  attributes.push_back(
      SdpAttribute{std::string(kDirections[static_cast<std::size_t>(value)]), std::nullopt});
}

const SdpConnection* connection(const Sdp& sdp, const SdpMedia& media) {
  if (media.connection) {
    return &*media.connection;
  }
  return sdp.connection ? &*sdp.connection : nullptr;
}

std::optional<SdpRtpMap> rtpmap(const SdpMedia& media, unsigned payload) {
  for (const auto& a : media.attributes) {
    if (a.name != "rtpmap" || !a.value) {
      continue;
    }
    auto map = parse_rtpmap(*a.value);
    if (map && map->payload == payload) {
      return map;
    }
  }
  return std::nullopt;
}

}  // namespace cme::runtime::sip
