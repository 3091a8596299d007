#include "runtime/sip/auth/nonce_service.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/sip/auth/digest_algorithm.hpp"

namespace cme::runtime::sip {
namespace {

constexpr std::size_t kFieldDigits = 16;  // one 64-bit field in hex
constexpr std::size_t kMacBytes = 16;     // HMAC-SHA-256 truncated to 128 bits
constexpr std::size_t kNonceDigits = 2 * kFieldDigits + 2 * kMacBytes;

/// Appends `value` as 16 lower-case hex digits (in place: a 16-character std::string would
/// not fit the small-string buffer, and nonces are built per challenge).
void append_hex64(std::string& out, std::uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  const std::size_t at = out.size();
  out.resize(at + kFieldDigits);
  for (std::size_t i = kFieldDigits; i-- > 0;) {
    out[at + i] = kDigits[value & 0x0f];
    value >>= 4;
  }
}

std::optional<std::uint64_t> parse_hex64(std::string_view text) {
  if (text.size() != kFieldDigits) {
    return std::nullopt;
  }
  std::uint64_t value = 0;
  for (const char c : text) {
    unsigned digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<unsigned>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<unsigned>(c - 'a' + 10);
    } else {
      return std::nullopt;
    }
    value = (value << 4) | digit;
  }
  return value;
}

}  // namespace

std::optional<NonceService::NonceId> NonceService::id_of(std::string_view nonce) {
  if (nonce.size() != kNonceDigits) {
    return std::nullopt;
  }
  const auto issued = parse_hex64(nonce.substr(0, kFieldDigits));
  const auto salt = parse_hex64(nonce.substr(kFieldDigits, kFieldDigits));
  const auto mac = parse_hex64(nonce.substr(2 * kFieldDigits, kFieldDigits));
  if (!issued || !salt || !mac) {
    return std::nullopt;
  }
  return NonceId{*issued, *salt, *mac};
}

std::optional<std::uint64_t> nonce_issue_ms(std::string_view nonce) {
  if (nonce.size() != kNonceDigits) {
    return std::nullopt;
  }
  return parse_hex64(nonce.substr(0, kFieldDigits));
}

namespace {

/// 256 bits from `random`.
std::string draw_secret(RandomSource& random) {
  std::string secret;
  secret.reserve(32);
  for (int i = 0; i < 4; ++i) {
    std::uint64_t word = random.next();
    for (int b = 0; b < 8; ++b) {
      secret.push_back(static_cast<char>(word & 0xff));
      word >>= 8;
    }
  }
  return secret;
}

}  // namespace

NonceService::NonceService(const Clock& clock, RandomSource& random, NonceOptions options)
    : clock_(clock),
      random_(random),
      options_(options),
      secret_(draw_secret(random)),
      mac_(secret_) {
  if (options_.max_tracked == 0) {
    options_.max_tracked = 1;
  }
  const auto mac = mac_.mac("opencme dummy digest password");
  dummy_password_ = to_hex(mac.data(), 8);
}

NonceService::Millis NonceService::now_ms() const {
  const auto since_epoch = clock_.steady_now().time_since_epoch();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count();
  return ms < 0 ? 0 : static_cast<Millis>(ms);
}

std::string NonceService::mac_hex(Millis issued, std::uint64_t salt, std::string_view realm) const {
  std::string data;
  data.reserve(2 * kFieldDigits + 2 + realm.size());
  append_hex64(data, issued);
  data += ':';
  append_hex64(data, salt);
  data += ':';
  data.append(realm);
  const auto mac = mac_.mac(data);
  return to_hex(mac.data(), kMacBytes);
}

std::string NonceService::issue(std::string_view realm) {
  const Millis issued = now_ms();
  const std::uint64_t salt = random_.next();
  std::string nonce;
  nonce.reserve(kNonceDigits);
  append_hex64(nonce, issued);
  append_hex64(nonce, salt);
  nonce += mac_hex(issued, salt, realm);
  return nonce;
}

NonceStatus NonceService::check(std::string_view nonce, std::string_view realm) const {
  if (nonce.size() != kNonceDigits) {
    return NonceStatus::Invalid;
  }
  const auto issued = parse_hex64(nonce.substr(0, kFieldDigits));
  const auto salt = parse_hex64(nonce.substr(kFieldDigits, kFieldDigits));
  if (!issued || !salt) {
    return NonceStatus::Invalid;
  }
  const std::string expected = mac_hex(*issued, *salt, realm);
  if (!constant_time_equal(expected, nonce.substr(2 * kFieldDigits))) {
    return NonceStatus::Invalid;
  }
  const Millis now = now_ms();
  if (*issued > now) {
    return NonceStatus::Invalid;  // not issued by this clock: a forged or foreign nonce
  }
  const auto lifetime_ms = static_cast<Millis>(
      std::chrono::duration_cast<std::chrono::milliseconds>(options_.lifetime).count());
  if (now - *issued >= lifetime_ms) {
    return NonceStatus::Stale;
  }
  if (floor_set_ && *issued <= floor_ && tracked_id(nonce) == nullptr) {
    return NonceStatus::Stale;  // its nc history may have been dropped
  }
  return NonceStatus::Valid;
}

void NonceService::prune(Millis now) {
  const auto lifetime_ms = static_cast<Millis>(
      std::chrono::duration_cast<std::chrono::milliseconds>(options_.lifetime).count());
  while (!by_first_use_.empty() && now - by_first_use_.front().issued >= lifetime_ms) {
    highest_nc_.erase(by_first_use_.front());
    by_first_use_.pop_front();
  }
  while (by_first_use_.size() >= options_.max_tracked) {
    const NonceId& oldest = by_first_use_.front();
    if (!floor_set_ || oldest.issued > floor_) {
      floor_ = oldest.issued;
      floor_set_ = true;
    }
    highest_nc_.erase(oldest);
    by_first_use_.pop_front();
  }
}

const std::uint32_t* NonceService::tracked_id(std::string_view nonce) const {
  const auto id = id_of(nonce);
  if (!id) {
    return nullptr;
  }
  const auto found = highest_nc_.find(*id);
  return found == highest_nc_.end() ? nullptr : &found->second;
}

bool NonceService::accept_nc(std::string_view nonce, std::uint32_t nc) {
  const auto id = id_of(nonce);
  if (!id) {
    return false;
  }
  const auto found = highest_nc_.find(*id);
  if (found != highest_nc_.end()) {
    if (nc <= found->second) {
      return false;
    }
    found->second = nc;
    return true;
  }
  if (floor_set_ && id->issued <= floor_) {
    return false;
  }
  prune(now_ms());
  highest_nc_.emplace(*id, nc);
  by_first_use_.push_back(*id);
  return true;
}

}  // namespace cme::runtime::sip
