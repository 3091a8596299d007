#include "runtime/sip/auth/hmac_sha256.hpp"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstdio>
#include <cstdlib>

namespace cme::runtime::sip {
namespace {

[[noreturn]] void fatal(const char* what) {
  std::fprintf(stderr, "opencme: fatal: OpenSSL HMAC-SHA-256: %s failed\n", what);
  std::abort();
}

}  // namespace

struct HmacSha256::Context {
  EVP_MAC* mac = nullptr;
  EVP_MAC_CTX* context = nullptr;
  ~Context() {
    EVP_MAC_CTX_free(context);
    EVP_MAC_free(mac);
  }
};

HmacSha256::HmacSha256(std::string_view key) : context_(std::make_unique<Context>()) {
  context_->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  if (context_->mac == nullptr) {
    fatal("EVP_MAC_fetch");
  }
  context_->context = EVP_MAC_CTX_new(context_->mac);
  if (context_->context == nullptr) {
    fatal("EVP_MAC_CTX_new");
  }
  char digest[] = "SHA256";
  const OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
  // An empty key is legal in HMAC; OpenSSL wants a non-null pointer for it.
  static const unsigned char kEmpty = 0;
  const auto* bytes = key.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(key.data());
  if (EVP_MAC_init(context_->context, bytes, key.size(), params) != 1) {
    fatal("EVP_MAC_init");
  }
}

HmacSha256::~HmacSha256() = default;

std::array<std::uint8_t, 32> HmacSha256::mac(std::string_view data) const {
  std::array<std::uint8_t, 32> out{};
  std::size_t size = 0;
  // A null key re-initialises the context with the key it already holds (OpenSSL 3 HMAC).
  if (EVP_MAC_init(context_->context, nullptr, 0, nullptr) != 1 ||
      EVP_MAC_update(context_->context, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size()) != 1 ||
      EVP_MAC_final(context_->context, out.data(), &size, out.size()) != 1 || size != out.size()) {
    fatal("EVP_MAC_update/final");
  }
  return out;
}

}  // namespace cme::runtime::sip
