#include "runtime/sip/auth/digest_algorithm.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <cassert>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/ascii.hpp"

namespace cme::runtime::sip {
namespace {

/// The hash implementations, fetched from the default provider once per process. OpenSSL 3
/// fetches the implementation again on every EVP_Digest call given EVP_md5() (a name lookup under
/// a lock), which cost more than hashing a SIP digest's few dozen bytes.
struct FetchedDigests {
  FetchedDigests()
      : md5(EVP_MD_fetch(nullptr, "MD5", nullptr)),
        sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr)) {}
  ~FetchedDigests() {
    EVP_MD_free(md5);
    EVP_MD_free(sha256);
  }
  FetchedDigests(const FetchedDigests&) = delete;
  FetchedDigests& operator=(const FetchedDigests&) = delete;
  EVP_MD* md5;
  EVP_MD* sha256;
};

const EVP_MD* evp_for(DigestAlgorithm algorithm) {
  static const FetchedDigests fetched;
  switch (algorithm) {
    case DigestAlgorithm::Md5:
    case DigestAlgorithm::Md5Sess:
      return fetched.md5;
    case DigestAlgorithm::Sha256:
    case DigestAlgorithm::Sha256Sess:
      return fetched.sha256;
  }
  return fetched.md5;
}

/// One digest context per thread, reused by every digest_hex call of that thread.
EVP_MD_CTX* thread_digest_context() {
  thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
      EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  return context.get();
}

constexpr std::array<DigestAlgorithm, 4> kAlgorithms = {
    DigestAlgorithm::Md5, DigestAlgorithm::Md5Sess, DigestAlgorithm::Sha256,
    DigestAlgorithm::Sha256Sess};

}  // namespace

std::string_view algorithm_text(DigestAlgorithm algorithm) {
  switch (algorithm) {
    case DigestAlgorithm::Md5:
      return "MD5";
    case DigestAlgorithm::Md5Sess:
      return "MD5-sess";
    case DigestAlgorithm::Sha256:
      return "SHA-256";
    case DigestAlgorithm::Sha256Sess:
      return "SHA-256-sess";
  }
  return "MD5";
}

std::optional<DigestAlgorithm> algorithm_from_text(std::string_view text) {
  for (const DigestAlgorithm algorithm : kAlgorithms) {
    if (equal_ci(text, algorithm_text(algorithm))) {
      return algorithm;
    }
  }
  return std::nullopt;
}

bool is_session_algorithm(DigestAlgorithm algorithm) {
  return algorithm == DigestAlgorithm::Md5Sess || algorithm == DigestAlgorithm::Sha256Sess;
}

std::string digest_hex(DigestAlgorithm algorithm, std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
  unsigned int size = 0;
  // These fail only on allocation failure or a missing provider: both are environment faults
  // that no input can cause, so an empty result (never equal to a response) is enough.
  EVP_MD_CTX* context = thread_digest_context();
  const EVP_MD* md = evp_for(algorithm);
  if (context == nullptr || md == nullptr || EVP_DigestInit_ex2(context, md, nullptr) != 1 ||
      EVP_DigestUpdate(context, data.data(), data.size()) != 1 ||
      EVP_DigestFinal_ex(context, out.data(), &size) != 1) {
    return {};
  }
  return to_hex(out.data(), size);
}

std::array<std::uint8_t, 32> hmac_sha256(std::string_view key, std::string_view data) {
  std::array<std::uint8_t, 32> out{};
  unsigned int size = 0;
  const unsigned char* done =
      HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(data.data()), data.size(), out.data(), &size);
  assert(done != nullptr && size == out.size());
  (void)done;
  return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string to_hex(const std::uint8_t* bytes, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out.push_back(kDigits[bytes[i] >> 4]);
    out.push_back(kDigits[bytes[i] & 0x0f]);
  }
  return out;
}

}  // namespace cme::runtime::sip
