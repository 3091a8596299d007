#pragma once
// The text of `debug ephone register` and `debug ephone raw` (ios-texts.md §3.M, §3.N;
// 12.1(5)YD-era captures, the only ones Cisco published): the line prefix, the Register
// description and the hex dump of each frame in and out.

#include <string>
#include <vector>

#include "runtime/sccp/codec/frame_reader.hpp"
#include "runtime/sccp/codec/registration_messages.hpp"

namespace cme::runtime::sccp {

/// "ephone-5[3]:" once the phone is matched to ephone 5 (socket 3), "ephone-(3)[3] " before.
std::string debug_prefix(unsigned tag, unsigned socket);

/// The lines IOS prints when a Register arrives on `socket` from `address` ("ephone-(1)[1]
/// Register StationIdentifier DeviceName SEP003094C3E1A8", "...deviceType 7", stationIpAddr,
/// maxStreams).
std::vector<std::string> register_lines(const Register& r, unsigned socket,
                                        const std::string& address);

/// A received frame: "skinny socket received N bytes on socket [S]", the bytes after the
/// length and header version fields in hex (no leading zeros, two spaces after each), an empty
/// line and "SkinnyMessageID = <decimal id>".
std::vector<std::string> raw_received_lines(const Frame& frame, unsigned socket);

/// A sent frame: "skinny send N bytes" (N: the length field), the whole frame in hex, then
/// "socket [S] sent M bytes OK (incl hdr) for ephone-(S)".
std::vector<std::string> raw_sent_lines(const Bytes& frame, unsigned socket);

}  // namespace cme::runtime::sccp
