#pragma once
// Loads the SIP message corpus of tests/data/sip (RFC 4475 torture messages, stored with their
// exact bytes: CRLF line ends, NUL and non-UTF-8 octets).

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace cme::test {

/// The bytes of tests/data/sip/<name>.sip; empty when the file is missing.
inline std::string sip_corpus(const std::string& name) {
  std::ifstream in(std::string(OPENCME_SOURCE_DIR) + "/tests/data/sip/" + name + ".sip",
                   std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Every corpus file name (without ".sip").
inline const std::vector<std::string>& sip_corpus_names() {
  static const std::vector<std::string> names = {
      "wsinv",    "intmeth",    "esc01",      "escnull",  "esc02",     "lwsdisp",  "longreq",
      "dblreq",   "semiuri",    "transports", "mpart01",  "unreason",  "noreason", "badinv01",
      "clerr",    "ncl",        "scalar02",   "scalarlg", "quotbal",   "ltgtruri", "lwsruri",
      "lwsstart", "trws",       "escruri",    "baddate",  "regbadct",  "badaspec", "baddn",
      "badvers",  "mismatch01", "mismatch02", "bigcode",  "badbranch", "insuf"};
  return names;
}

}  // namespace cme::test
