#include "runtime/sip/call/session_expires.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "common/ascii.hpp"

namespace cme::runtime::sip {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

std::optional<std::chrono::seconds> delta_seconds(std::string_view text) {
  text = trim(text);
  std::uint32_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return std::chrono::seconds{value};
}

}  // namespace

std::optional<SessionExpires> session_expires(const Message& message) {
  const auto value = message.header("Session-Expires");
  if (!value) {
    return std::nullopt;
  }
  std::string_view rest = *value;
  const auto semi = rest.find(';');
  const auto interval = delta_seconds(rest.substr(0, semi));
  if (!interval || interval->count() == 0) {
    return std::nullopt;
  }
  SessionExpires out{*interval, std::nullopt};
  while (rest.find(';') != std::string_view::npos) {
    rest.remove_prefix(rest.find(';') + 1);
    const std::string_view item = trim(rest.substr(0, rest.find(';')));
    const auto eq = item.find('=');
    if (eq == std::string_view::npos || !equal_ci(trim(item.substr(0, eq)), "refresher")) {
      continue;
    }
    const auto who = trim(item.substr(eq + 1));
    if (equal_ci(who, "uac")) {
      out.refresher = Refresher::Uac;
    } else if (equal_ci(who, "uas")) {
      out.refresher = Refresher::Uas;
    }
  }
  return out;
}

std::string to_string(const SessionExpires& value) {
  std::string out = std::to_string(value.interval.count());
  if (value.refresher) {
    out += *value.refresher == Refresher::Uac ? ";refresher=uac" : ";refresher=uas";
  }
  return out;
}

std::optional<std::chrono::seconds> min_se(const Message& message) {
  const auto value = message.header("Min-SE");
  if (!value) {
    return std::nullopt;
  }
  return delta_seconds(value->substr(0, value->find(';')));
}

bool supports_timer(const Message& message) {
  for (const char* name : {"Supported", "Require"}) {
    for (const auto value : message.headers_named(name)) {
      if (equal_ci(trim(value), "timer")) {
        return true;
      }
    }
  }
  return false;
}

std::optional<std::chrono::seconds> too_small(const Message& request,
                                              std::chrono::seconds our_min) {
  const auto asked = session_expires(request);
  if (!asked) {
    return std::nullopt;
  }
  const auto floor = std::max(our_min, min_se(request).value_or(kMinSessionInterval));
  if (asked->interval >= floor) {
    return std::nullopt;
  }
  return floor;
}

std::optional<SessionExpires> uas_answer(const Message& request) {
  auto asked = session_expires(request);
  if (!asked) {
    return std::nullopt;
  }
  if (!asked->refresher) {
    asked->refresher = supports_timer(request) ? Refresher::Uac : Refresher::Uas;
  }
  return asked;
}

void add_session_expires(Message& response, const SessionExpires& value) {
  response.set("Session-Expires", to_string(value));
  if (value.refresher == Refresher::Uac) {
    bool listed = false;
    for (const auto v : response.headers_named("Require")) {
      listed = listed || equal_ci(trim(v), "timer");
    }
    if (!listed) {
      response.add("Require", "timer");
    }
  }
}

std::chrono::seconds expiry_delay(std::chrono::seconds interval) {
  return interval - std::min(std::chrono::seconds{32}, interval / 3);
}

}  // namespace cme::runtime::sip
