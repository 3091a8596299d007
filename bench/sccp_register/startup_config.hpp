#pragma once
// The startup-config of the SCCP registration bench: telephony-service sized for `ephones`
// phones, one ephone-dn and one ephone (MAC, button 1:K) per phone.

#include <cstddef>
#include <cstdint>
#include <string>

namespace cme::bench {

/// The 12 hex digits of phone `index`'s MAC (index from 0): 0200 then 8 hex digits of index + 1.
std::string phone_mac(std::size_t index);

/// The startup-config text for `ephones` phones with `keepalive` seconds (10-65535).
std::string sccp_startup_config(std::size_t ephones, std::uint32_t keepalive);

}  // namespace cme::bench
