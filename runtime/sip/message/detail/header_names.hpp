#pragma once
// The table of known SIP header names (RFC 3261 §20 and the extensions OpenCME meets): canonical
// spelling, compact form (RFC 3261 §7.3.3 and the IANA SIP parameters registry) and whether the
// value is a comma-separated list that the parser splits into one entry per value.

#include <string_view>

namespace cme::runtime::sip::detail {

struct HeaderName {
  std::string_view lower;      ///< lower-case long form, the lookup key
  std::string_view canonical;  ///< as RFC 3261 spells it ("Call-ID", "CSeq", "WWW-Authenticate")
  bool list = false;           ///< `1#value` / `*#value` grammar: split on top-level commas
};

/// The known header `name` (long or compact form, any letter case), or nullptr.
const HeaderName* find_header_name(std::string_view name);

}  // namespace cme::runtime::sip::detail
