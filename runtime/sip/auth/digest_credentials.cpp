#include "runtime/sip/auth/digest_credentials.hpp"

#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "common/ascii.hpp"
#include "runtime/sip/message/headers.hpp"

namespace cme::runtime::sip {
namespace {

using Field = std::optional<std::string> DigestCredentials::*;

constexpr std::array<std::pair<std::string_view, Field>, 11> kFields = {{
    {"username", &DigestCredentials::username},
    {"realm", &DigestCredentials::realm},
    {"nonce", &DigestCredentials::nonce},
    {"uri", &DigestCredentials::uri},
    {"response", &DigestCredentials::response},
    {"algorithm", &DigestCredentials::algorithm},
    {"cnonce", &DigestCredentials::cnonce},
    {"qop", &DigestCredentials::qop},
    {"nc", &DigestCredentials::nc},
    {"opaque", &DigestCredentials::opaque},
    {"userhash", &DigestCredentials::userhash},
}};

}  // namespace

DigestCredentials credentials_from_digest(DigestParams params) {
  DigestCredentials out;
  out.malformed = !equal_ci(params.scheme, "Digest");
  for (Param& p : params.params) {
    for (const auto& [name, field] : kFields) {
      if (!equal_ci(p.name, name)) {
        continue;
      }
      if ((out.*field).has_value()) {
        out.malformed = true;
      }
      out.*field = std::move(p.value).value_or(std::string{});
    }
  }
  return out;
}

}  // namespace cme::runtime::sip
