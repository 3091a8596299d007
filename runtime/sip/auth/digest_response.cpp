#include "runtime/sip/auth/digest_response.hpp"

#include <string>

#include "runtime/sip/auth/digest_algorithm.hpp"

namespace cme::runtime::sip {

std::string digest_ha1(const DigestInput& input) {
  std::string a1 = input.username + ':' + input.realm + ':' + input.password;
  std::string ha1 = digest_hex(input.algorithm, a1);
  if (is_session_algorithm(input.algorithm)) {
    ha1 = digest_hex(input.algorithm, ha1 + ':' + input.nonce + ':' + input.cnonce);
  }
  return ha1;
}

std::string digest_response(const DigestInput& input) {
  // One buffer for A2 and then for the response's input: no temporary per '+'.
  std::string data;
  data.reserve(128 + input.uri.size() + input.nonce.size() + input.cnonce.size());
  ((data += input.method) += ':') += input.uri;
  const std::string ha2 = digest_hex(input.algorithm, data);
  data.assign(digest_ha1(input));  // keeps the reserved capacity
  (data += ':') += input.nonce;
  data += ':';
  if (input.qop_auth) {
    (((data += input.nc) += ':') += input.cnonce) += ":auth:";
  }
  data += ha2;
  return digest_hex(input.algorithm, data);
}

}  // namespace cme::runtime::sip
