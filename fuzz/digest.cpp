// Fuzz target: the digest Authorization header (RFC 7616, RFC 3261 §22.4): parsed, turned into
// credentials and verified like the registrar does, nonce checks included.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/sip/auth/digest_authenticator.hpp"
#include "runtime/sip/auth/digest_credentials.hpp"
#include "runtime/sip/message/headers.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/seeded_random.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto params = cme::runtime::sip::parse_digest(text);
  if (!params) {
    return 0;
  }
  static cme::test::ManualClock clock;
  static cme::test::SeededRandom random{3};
  static cme::runtime::sip::DigestAuthenticator authenticator(clock, random);
  const auto credentials = cme::runtime::sip::credentials_from_digest(std::move(*params));
  const cme::runtime::sip::DigestRequest request{"REGISTER", "sip:10.0.0.1", "cisco"};
  (void)authenticator.verify(credentials, request, [](std::string_view user) {
    return user == "u1" ? std::optional<std::string>("p1") : std::nullopt;
  });
  return 0;
}
