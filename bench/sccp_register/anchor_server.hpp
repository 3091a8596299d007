#pragma once
// The anchor of the SCCP registration bench: the most trivial Asio TCP server that a phone can
// "register" with. It accepts every connection and answers each received SCCP frame (12-byte
// header + payload, sccp.md §1) with one 12-byte KeepAliveAck: one answer to the Register, one
// to each KeepAlive. One io_context, one thread, as OpenCME.

#include <string>

namespace cme::bench {

/// Listens on `address` port 0, prints "anchor: SCCP listening on ADDR port N" on stdout and
/// serves until SIGTERM/SIGINT. Returns the exit status (1 when it cannot bind).
int run_anchor(const std::string& address);

}  // namespace cme::bench
