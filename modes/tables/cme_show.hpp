#pragma once
// The CME show commands that need only the configuration (privileged EXEC): presence, the
// telephony-service, ephone-dns and the voice register objects. Fields that need the runtime
// (registration state, subscriptions) print what a router with no registered phone shows.
//
// Each *_text() function returns the whole output of its command; lines end with '\n'.

#include <optional>
#include <string>

#include "modes/command_table.hpp"
#include "model/status/sip_status.hpp"

namespace cme::model {
struct Config;
}

namespace cme::modes {

/// The CME version the CONFIG header lines show ("CONFIG (Version=8.7)"); the reference's
/// `show telephony-service all` sample. Its `show voice register` samples show 8.1: one router
/// has one version, so both print this.
inline constexpr const char* kCmeShowVersion = "8.7";

/// Adds `show presence global`, `show telephony-service`,
/// `show voice register global`, `show voice register pool {N | all}` and
/// `show voice register dn {N | all}` to the privileged EXEC table, and
/// `show voice register dn summary` (sip_dn_summary.hpp).
void add_cme_show_commands(CommandTable& privileged);

/// `show presence global`: byte for byte the text of seed 001 (its blank first line, the
/// "=====" line and the irregular column of colons). Feature enable is TRUE when `presence`
/// exists; the number of subscriptions is 0; the router mode is "CME mode" unless the router is
/// a SIP SRST router (see cme_show_commands.cpp).
std::string presence_global_text(const model::Config& config);

/// `show telephony-service`: the lines of the reference's `show telephony-service all` sample
/// ("CONFIG (Version=…)", "=====", ip source-address (or, when it is not configured,
/// "ip source-address not configured: no ephone can register"), max-ephones, max-dn,
/// max-conferences, cnf-file location) with the model's values or defaults, then `keepalive`. Empty
/// when `telephony-service` is not configured.
std::string telephony_service_text(const model::Config& config);

/// `show voice register global`: the reference sample ("CONFIG [Version=…]", mode, max-pool,
/// max-dn, source-address, time/date format, time zone, tftp path) plus one "Load for" line per
/// `load`. Empty when `voice register global` is not configured.
std::string voice_register_global_text(const model::Config& config);

/// `show voice register pool N`: the reference sample ("Pool Tag N", "Config:", id, type,
/// numbers, DTMF relay, call waiting, template, transport). Empty when pool N does not exist;
/// `all` (no tag) gives every pool, separated by an empty line.
std::string voice_register_pool_text(const model::Config& config, std::optional<unsigned> tag,
                                     const model::SipStatus* sip = nullptr);

/// `show voice register dn N`: the reference sample ("Dn Tag N", "Config:", number, preference,
/// huntstop, translation profile, allow watch, the pools using the dn). Empty when dn N does
/// not exist; `all` (no tag) gives every dn, separated by an empty line.
std::string voice_register_dn_text(const model::Config& config, std::optional<unsigned> tag);

}  // namespace cme::modes
