#pragma once
// Checking SCCP bytes with Wireshark's skinny dissector (sccp.md §12): frames are written into
// one pcap (Ethernet/IPv4/TCP, phone port 40000, CM port 2000, one segment per frame, sequence
// numbers per direction) and decoded by a single tshark run in PDML form.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "runtime/sccp/codec/message_id.hpp"
#include "runtime/sccp/codec/wire_types.hpp"

namespace cme::test {

/// One TCP segment of the capture: Up = phone -> CM, Down = CM -> phone.
struct SccpSegment {
  runtime::sccp::Direction direction = runtime::sccp::Direction::Down;
  runtime::sccp::Bytes bytes;
};

/// The fields tshark showed for one packet: field name -> every `show` value, in order
/// (repeated fields, e.g. one per button slot, give several values).
using TsharkFields = std::map<std::string, std::vector<std::string>>;

/// Writes `segments` as a classic pcap file at `path`. Errors: the file cannot be written.
Result<Unit, std::string> write_sccp_pcap(const std::string& path,
                                          const std::vector<SccpSegment>& segments);

/// Runs `tshark -r pcap -d tcp.port==2000,skinny -T pdml` once and returns the fields of every
/// packet, in capture order. Errors: tshark is not on PATH (sccp.md §12: `apt-get install
/// tshark`), it fails, or its output has another packet count than `expected_packets`.
Result<std::vector<TsharkFields>, std::string> tshark_decode(const std::string& pcap,
                                                             std::size_t expected_packets);

}  // namespace cme::test
