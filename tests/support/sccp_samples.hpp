#pragma once
// Sample SCCP messages for tests, the tshark check and the fuzz seed corpus: one of every typed
// message (message.hpp), with distinct non-default values in every field so that a shifted or
// dropped field shows up.

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/sccp/codec/message.hpp"

namespace cme::test {

/// One of each alternative of sccp::Message, in variant order.
std::vector<runtime::sccp::Message> sccp_sample_messages();

/// A Register as the given model sends it: `device_type` (7941 = 115, 7960 = 7),
/// `protocol_version` (17, 11), device name "SEP" + `mac` (12 hex digits), and the payload size
/// the model sends (124 for protocol >= 17, else 68), from sccp.md §4.1.
runtime::sccp::Register sccp_sample_register(const std::string& mac, std::uint32_t device_type,
                                             std::uint8_t protocol_version);

/// What the test phone and bench/sccp_register answer to CapabilitiesReq: G.711 mu-law,
/// G.711 A-law, G.729 Annex A.
runtime::sccp::CapabilitiesRes sccp_sample_capabilities();

}  // namespace cme::test
