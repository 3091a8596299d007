// Message methods, method names and header-name canonicalisation (message.hpp).

#include "runtime/sip/message/message.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "common/ascii.hpp"
#include "runtime/sip/message/detail/header_names.hpp"

namespace cme::runtime::sip {
namespace detail {
namespace {

// Known names; `list`: the ABNF is a comma-separated list. Kept in alphabetical order.
constexpr std::array<HeaderName, 77> kHeaders{{
    {"accept", "Accept", true},
    {"accept-contact", "Accept-Contact", true},
    {"accept-encoding", "Accept-Encoding", true},
    {"accept-language", "Accept-Language", true},
    {"accept-resource-priority", "Accept-Resource-Priority", true},
    {"alert-info", "Alert-Info", true},
    {"allow", "Allow", true},
    {"allow-events", "Allow-Events", true},
    {"authentication-info", "Authentication-Info", false},
    {"authorization", "Authorization", false},
    {"call-id", "Call-ID", false},
    {"call-info", "Call-Info", true},
    {"contact", "Contact", true},
    {"content-disposition", "Content-Disposition", false},
    {"content-encoding", "Content-Encoding", true},
    {"content-language", "Content-Language", true},
    {"content-length", "Content-Length", false},
    {"content-type", "Content-Type", false},
    {"cseq", "CSeq", false},
    {"date", "Date", false},
    {"diversion", "Diversion", true},
    {"error-info", "Error-Info", true},
    {"event", "Event", false},
    {"expires", "Expires", false},
    {"from", "From", false},
    {"history-info", "History-Info", true},
    {"identity", "Identity", false},
    {"identity-info", "Identity-Info", false},
    {"in-reply-to", "In-Reply-To", true},
    {"join", "Join", false},
    {"max-forwards", "Max-Forwards", false},
    {"mime-version", "MIME-Version", false},
    {"min-expires", "Min-Expires", false},
    {"min-se", "Min-SE", false},
    {"organization", "Organization", false},
    {"p-asserted-identity", "P-Asserted-Identity", true},
    {"p-preferred-identity", "P-Preferred-Identity", true},
    {"path", "Path", true},
    {"priority", "Priority", false},
    {"privacy", "Privacy", false},
    {"proxy-authenticate", "Proxy-Authenticate", false},
    {"proxy-authorization", "Proxy-Authorization", false},
    {"proxy-require", "Proxy-Require", true},
    {"rack", "RAck", false},
    {"reason", "Reason", true},
    {"record-route", "Record-Route", true},
    {"refer-sub", "Refer-Sub", false},
    {"refer-to", "Refer-To", false},
    {"referred-by", "Referred-By", false},
    {"reject-contact", "Reject-Contact", true},
    {"remote-party-id", "Remote-Party-ID", true},
    {"replaces", "Replaces", false},
    {"reply-to", "Reply-To", false},
    {"request-disposition", "Request-Disposition", true},
    {"require", "Require", true},
    {"retry-after", "Retry-After", false},
    {"route", "Route", true},
    {"rseq", "RSeq", false},
    {"security-client", "Security-Client", true},
    {"security-server", "Security-Server", true},
    {"security-verify", "Security-Verify", true},
    {"server", "Server", false},
    {"service-route", "Service-Route", true},
    {"session-expires", "Session-Expires", false},
    {"sip-etag", "SIP-ETag", false},
    {"sip-if-match", "SIP-If-Match", false},
    {"subject", "Subject", false},
    {"subscription-state", "Subscription-State", false},
    {"supported", "Supported", true},
    {"target-dialog", "Target-Dialog", false},
    {"timestamp", "Timestamp", false},
    {"to", "To", false},
    {"unsupported", "Unsupported", true},
    {"user-agent", "User-Agent", false},
    {"via", "Via", true},
    {"warning", "Warning", true},
    {"www-authenticate", "WWW-Authenticate", false},
}};

/// Compact forms a-z (RFC 3261 §7.3.3, RFC 3841, RFC 4028, RFC 4474, RFC 3515, RFC 3892,
/// RFC 6665): the long lower-case name, or "" when the letter is not assigned.
constexpr std::array<std::string_view, 26> kCompact{{
    "accept-contact",
    "referred-by",
    "content-type",
    "request-disposition",
    "content-encoding",
    "from",
    "",
    "",
    "call-id",
    "reject-contact",
    "supported",
    "content-length",
    "contact",
    "identity-info",
    "event",
    "",
    "",
    "refer-to",
    "subject",
    "to",
    "allow-events",
    "via",
    "",
    "session-expires",
    "identity",
    "",
}};

constexpr std::size_t kMaxKnownName = 32;

/// FNV-1a of a lower-case name: the key of the open-addressing index below.
constexpr std::uint32_t name_hash(std::string_view lower) {
  std::uint32_t hash = 2166136261u;
  for (char const c : lower) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  return hash;
}

constexpr std::size_t kSlots = 256;  // power of two, about 3x the number of names
constexpr std::uint8_t kEmpty = 0xff;

/// kHeaders positions by hash, linear probing.
constexpr std::array<std::uint8_t, kSlots> kIndex = [] {
  std::array<std::uint8_t, kSlots> index{};
  index.fill(kEmpty);
  for (std::size_t i = 0; i < kHeaders.size(); ++i) {
    std::size_t slot = name_hash(kHeaders[i].lower) & (kSlots - 1);
    while (index[slot] != kEmpty) {
      slot = (slot + 1) & (kSlots - 1);
    }
    index[slot] = static_cast<std::uint8_t>(i);
  }
  return index;
}();

const HeaderName* find_lower(std::string_view lower) {
  std::size_t slot = name_hash(lower) & (kSlots - 1);
  while (kIndex[slot] != kEmpty) {
    const HeaderName& candidate = kHeaders[kIndex[slot]];
    if (candidate.lower == lower) {
      return &candidate;
    }
    slot = (slot + 1) & (kSlots - 1);
  }
  return nullptr;
}

}  // namespace

const HeaderName* find_header_name(std::string_view name) {
  if (name.empty() || name.size() > kMaxKnownName) {
    return nullptr;
  }
  if (name.size() == 1) {
    char const letter = lower_ascii(name[0]);
    if (letter < 'a' || letter > 'z' || kCompact[letter - 'a'].empty()) {
      return nullptr;
    }
    return find_lower(kCompact[letter - 'a']);
  }
  std::array<char, kMaxKnownName> buffer{};
  for (std::size_t i = 0; i < name.size(); ++i) {
    buffer[i] = lower_ascii(name[i]);
  }
  return find_lower(std::string_view(buffer.data(), name.size()));
}

}  // namespace detail

namespace {

constexpr std::array<std::string_view, 14> kMethods{{
    "INVITE",
    "ACK",
    "BYE",
    "CANCEL",
    "REGISTER",
    "OPTIONS",
    "INFO",
    "UPDATE",
    "PRACK",
    "SUBSCRIBE",
    "NOTIFY",
    "PUBLISH",
    "REFER",
    "MESSAGE",
}};

/// The name to compare stored header names with: the canonical form of a known name, else the
/// name itself (compared without regard to case).
std::string_view lookup_key(std::string_view name) {
  const auto* known = detail::find_header_name(name);
  return known != nullptr ? known->canonical : name;
}

}  // namespace

Method method_from_text(std::string_view text) {
  for (std::size_t i = 0; i < kMethods.size(); ++i) {
    if (kMethods[i] == text) {
      return static_cast<Method>(i);
    }
  }
  return Method::Other;
}

std::string_view method_text(Method m) {
  auto const index = static_cast<std::size_t>(m);
  return index < kMethods.size() ? kMethods[index] : std::string_view{};
}

std::string canonical_header_name(std::string_view name) {
  if (const auto* known = detail::find_header_name(name)) {
    return std::string(known->canonical);
  }
  std::string out(name);
  bool word_start = true;
  for (char& c : out) {
    c = word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32)
        : word_start                       ? c
                                           : lower_ascii(c);
    word_start = c == '-';
  }
  return out;
}

std::optional<std::string_view> Message::header(std::string_view name) const {
  std::string_view const key = lookup_key(name);
  for (const auto& h : headers) {
    if (equal_ci(h.name, key)) {
      return std::string_view(h.value);
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> Message::headers_named(std::string_view name) const {
  std::string_view const key = lookup_key(name);
  std::vector<std::string_view> out;
  for (const auto& h : headers) {
    if (equal_ci(h.name, key)) {
      out.emplace_back(h.value);
    }
  }
  return out;
}

std::size_t Message::count(std::string_view name) const {
  std::string_view const key = lookup_key(name);
  return static_cast<std::size_t>(std::count_if(
      headers.begin(), headers.end(), [&](const Header& h) { return equal_ci(h.name, key); }));
}

void Message::add(std::string_view name, std::string value) {
  headers.push_back(Header{canonical_header_name(name), std::move(value)});
}

void Message::set(std::string_view name, std::string value) {
  std::string_view const key = lookup_key(name);
  auto first = std::find_if(headers.begin(), headers.end(),
                            [&](const Header& h) { return equal_ci(h.name, key); });
  if (first == headers.end()) {
    add(name, std::move(value));
    return;
  }
  first->value = std::move(value);
  headers.erase(std::remove_if(std::next(first), headers.end(),
                               [&](const Header& h) { return equal_ci(h.name, key); }),
                headers.end());
}

std::size_t Message::remove(std::string_view name) {
  std::string_view const key = lookup_key(name);
  auto const before = headers.size();
  headers.erase(std::remove_if(headers.begin(), headers.end(),
                               [&](const Header& h) { return equal_ci(h.name, key); }),
                headers.end());
  return before - headers.size();
}

bool Message::remove_first(std::string_view name) {
  std::string_view const key = lookup_key(name);
  auto it = std::find_if(headers.begin(), headers.end(),
                         [&](const Header& h) { return equal_ci(h.name, key); });
  if (it == headers.end()) {
    return false;
  }
  headers.erase(it);
  return true;
}

void Message::prepend(std::string_view name, std::string value) {
  std::string_view const key = lookup_key(name);
  auto it = std::find_if(headers.begin(), headers.end(),
                         [&](const Header& h) { return equal_ci(h.name, key); });
  if (it == headers.end()) {
    it = headers.begin();
  }
  headers.insert(it, Header{canonical_header_name(name), std::move(value)});
}

}  // namespace cme::runtime::sip
