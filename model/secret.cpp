// IOS password storage: type 5 (MD5-crypt through libxcrypt's crypt_r) and type 7 (Cisco's
// reversible XOR encoding with a fixed key).

#include "model/secret.hpp"

#include <crypt.h>

#include <array>
#include <memory>

namespace cme::model {

namespace {

constexpr std::string_view kType5Prefix = "$1$";
constexpr std::size_t kMaxSaltLength = 8;
constexpr std::size_t kType5DigestLength = 22;

/// Cisco's type 7 key ("xlat" table); encoding starts at the seed and wraps around.
constexpr std::string_view kType7Key = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";
constexpr unsigned kMaxType7Seed = 15;
constexpr std::string_view kInvalidType7 = "% Invalid encrypted password";

/// The crypt(3) alphabet [./0-9A-Za-z].
bool is_crypt_char(char c) {
  return c == '.' || c == '/' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         (c >= 'a' && c <= 'z');
}

bool all_crypt_chars(std::string_view s) {
  for (const char c : s) {
    if (!is_crypt_char(c)) {
      return false;
    }
  }
  return true;
}

bool is_valid_salt(std::string_view salt) {
  return !salt.empty() && salt.size() <= kMaxSaltLength && all_crypt_chars(salt);
}

/// Compares without an early exit, so that the time does not reveal where two hashes differ.
bool equal_constant_time(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  }
  return diff == 0;
}

/// Value of a hex digit (either case), or -1.
int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  return -1;
}

}  // namespace

std::string type5_hash(std::string_view plain, std::string_view salt) {
  if (!is_valid_salt(salt)) {
    return {};
  }
  const std::string phrase(plain);
  const std::string setting = std::string(kType5Prefix) + std::string(salt) + "$";
  // crypt_data is large (tens of KB): keep it off the stack; value-initialized means zeroed,
  // which is what crypt_r requires on first use.
  auto data = std::make_unique<crypt_data>();
  const char* out = crypt_r(phrase.c_str(), setting.c_str(), data.get());
  if (out == nullptr || out[0] == '*') {  // failure: null or a "*0"/"*1" token
    return {};
  }
  return out;
}

Result<std::string, std::string> type5_hash_secret(std::string_view plain, std::string_view salt) {
  if (plain.size() > kMaxSecretLength) {
    return Err{"% Secret too long: at most " + std::to_string(kMaxSecretLength) + " characters"};
  }
  return type5_hash(plain, salt);
}

bool is_type5(std::string_view hash) {
  if (!hash.starts_with(kType5Prefix)) {
    return false;
  }
  const auto rest = hash.substr(kType5Prefix.size());
  const auto dollar = rest.find('$');
  if (dollar == std::string_view::npos) {
    return false;
  }
  const auto digest = rest.substr(dollar + 1);
  return is_valid_salt(rest.substr(0, dollar)) && digest.size() == kType5DigestLength &&
         all_crypt_chars(digest);
}

bool type5_verify(std::string_view plain, std::string_view hash) {
  if (!is_type5(hash)) {
    return false;
  }
  const auto rest = hash.substr(kType5Prefix.size());
  const auto salt = rest.substr(0, rest.find('$'));
  const auto computed = type5_hash(plain, salt);
  return !computed.empty() && equal_constant_time(computed, hash);
}

std::string type7_encode(std::string_view plain, unsigned seed) {
  static constexpr std::array<char, 16> kHex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  seed %= kMaxType7Seed + 1;
  std::string out;
  out.reserve(2 + 2 * plain.size());
  out += static_cast<char>('0' + seed / 10);
  out += static_cast<char>('0' + seed % 10);
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const auto key = static_cast<unsigned char>(kType7Key[(seed + i) % kType7Key.size()]);
    const auto byte = static_cast<unsigned char>(static_cast<unsigned char>(plain[i]) ^ key);
    out += kHex[byte >> 4];
    out += kHex[byte & 0x0F];
  }
  return out;
}

Result<std::string, std::string> type7_decode(std::string_view encoded) {
  if (encoded.size() < 2 || encoded.size() % 2 != 0) {
    return Err{std::string(kInvalidType7)};
  }
  const char d0 = encoded[0];
  const char d1 = encoded[1];
  if (d0 < '0' || d0 > '9' || d1 < '0' || d1 > '9') {
    return Err{std::string(kInvalidType7)};
  }
  const auto seed = static_cast<unsigned>((d0 - '0') * 10 + (d1 - '0'));
  if (seed > kMaxType7Seed) {
    return Err{std::string(kInvalidType7)};
  }
  std::string plain;
  plain.reserve(encoded.size() / 2 - 1);
  for (std::size_t i = 2; i < encoded.size(); i += 2) {
    const int hi = hex_value(encoded[i]);
    const int lo = hex_value(encoded[i + 1]);
    if (hi < 0 || lo < 0) {
      return Err{std::string(kInvalidType7)};
    }
    const std::size_t index = (seed + i / 2 - 1) % kType7Key.size();
    const auto key = static_cast<unsigned char>(kType7Key[index]);
    plain += static_cast<char>(static_cast<unsigned char>(hi * 16 + lo) ^ key);
  }
  return plain;
}

}  // namespace cme::model
